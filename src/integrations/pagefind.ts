import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { localeCodes } from '../lib/i18n/locales';
import { href, paths } from '../lib/routing';
import { readPagefindMeta } from '../lib/search/pagefind-meta';
import { fillSearchBoot, type PagefindEntry } from '../lib/search/preload';
import type { OfferSearchRecord } from '../lib/content/offer-search';
import { stageDocuments } from '../lib/search/offer-staging';
import { inBatches } from '../lib/batches';

/**
 * Builds the search index right after Astro writes the site, as part of
 * `npm run build`. Pagefind splits it by <html lang>, one index per locale;
 * only elements marked data-pagefind-body (content pages) are indexed.
 *
 * Offers come from data, not from their pages: the build writes their search
 * records (src/pages/offres/search-records/), indexed here through a staging
 * folder (src/lib/search/offer-staging.ts) and then deleted.
 * Every other page is read from dist/, except the offer folders, whose lists
 * carry nothing to index and whose offer pages the records stand for.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'metiers-du-lien:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const seconds = (since: number) => Math.round(performance.now() - since) / 1000;
				let since = performance.now();
				const pages = await addSitePages(index, root);
				const pagesTime = seconds(since);
				since = performance.now();
				const offers = await addOfferRecords(index, root);
				const offersTime = seconds(since);
				since = performance.now();
				const output = join(root, 'pagefind');
				await writeIndex(index, output);
				await fillSearchPages(root, output);
				const writeTime = seconds(since);
				logger.info(
					`search index: ${pages} pages read (${pagesTime.toFixed(1)} s), ${offers} offers from data (${offersTime.toFixed(1)} s), written in ${writeTime.toFixed(1)} s`,
				);
				// npm run bench reports each step (scripts/bench/build.mjs): whole-build times vary too much here to compare.
				const timings = process.env.BENCH_SEARCH_TIMINGS;
				if (timings)
					await writeFile(timings, JSON.stringify({ pages, offers, seconds: { pages: pagesTime, offers: offersTime, write: writeTime } }));
				await close();
			},
		},
	};
}

/** The offer folders of every language: /offres/, /en/offres/… (locale-less path from the registry). */
const offerFolders = (root: string) => new Set(localeCodes.map((l) => resolve(root, `.${href(l, paths.offers.list())}`)));

async function* htmlFiles(folder: string, skip: Set<string>): AsyncGenerator<string> {
	for (const entry of await readdir(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			if (!skip.has(path) && entry.name !== 'pagefind' && entry.name !== '_astro') yield* htmlFiles(path, skip);
		} else if (entry.name.endsWith('.html')) yield path;
	}
}

async function addSitePages(index: PagefindIndex, root: string): Promise<number> {
	let count = 0;
	await inBatches(htmlFiles(root, offerFolders(root)), 32, async (file) => {
		const sourcePath = relative(root, file).split(sep).join('/');
		const added = await index.addHTMLFile({ sourcePath, content: await readFile(file, 'utf8') });
		if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
		count += 1;
	});
	return count;
}

/** The offers, from their records files, through a staging folder (src/lib/search/offer-staging.ts). */
async function addOfferRecords(index: PagefindIndex, root: string): Promise<number> {
	const recordsFolder = join(root, paths.offers.searchRecords(1), '..');
	async function* chunks() {
		for (let chunk = 1; ; chunk++) {
			const text = await readFile(join(root, paths.offers.searchRecords(chunk)), 'utf8').catch(() => null);
			if (text === null) return;
			yield JSON.parse(text) as OfferSearchRecord[];
		}
	}
	const staged = await stageDocuments(chunks).finally(() => rm(recordsFolder, { recursive: true, force: true }));
	try {
		if (staged.count === 0) return 0;
		const added = await index.addDirectory({ path: staged.folder });
		if (added.errors.length) throw new Error(`Pagefind could not index the offers: ${added.errors.join('; ')}`);
		if (added.page_count !== staged.count) throw new Error(`Pagefind indexed ${added.page_count} offers out of ${staged.count}`);
		return staged.count;
	} finally {
		await rm(staged.folder, { recursive: true, force: true });
	}
}

/** Our search page uses Pagefind's core API only: its ready-made interfaces are left out. */
const unused = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/**
 * Pagefind writes the index itself (no copy of every file through Node). It was
 * once seen to answer before a file was complete (an empty pagefind.js), so the
 * result is checked, and written again from Node the slow way if it is not whole.
 */
async function writeIndex(index: PagefindIndex, output: string) {
	const written = await index.writeFiles({ outputPath: output });
	if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	if (!(await isWhole(output))) {
		const { files, errors } = await index.getFiles();
		if (errors.length) throw new Error(`Pagefind could not produce its index: ${errors.join('; ')}`);
		for (const file of files) await writeFile(join(output, file.path), file.content);
		if (!(await isWhole(output))) throw new Error('Pagefind produced no complete index (pagefind.js or pagefind-entry.json)');
	}
	for (const name of await readdir(output)) if (unused.test(name)) await rm(join(output, name));
}

async function isWhole(output: string): Promise<boolean> {
	try {
		const [script, entry] = await Promise.all([stat(join(output, 'pagefind.js')), readFile(join(output, 'pagefind-entry.json'), 'utf8')]);
		const languages = (JSON.parse(entry) as PagefindEntry).languages;
		const metas = await Promise.all(Object.values(languages).map((l) => stat(join(output, `pagefind.${l.hash}.pf_meta`))));
		return script.size > 0 && metas.every((m) => m.size > 0);
	} catch {
		return false;
	}
}

/**
 * Tells each search page which index files a first search needs, and which
 * index chunk holds which words, so that it asks for them all at once
 * (src/lib/search/boot.ts). The cache tag changes
 * with the index, so a browser never mixes an old entry file with new chunks.
 */
async function fillSearchPages(root: string, output: string) {
	const entryText = await readFile(join(output, 'pagefind-entry.json'));
	const entry = JSON.parse(entryText.toString('utf8')) as PagefindEntry;
	const cacheTag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
	const metaOf = (hash: string) => readPagefindMeta(readFileSync(join(output, `pagefind.${hash}.pf_meta`)));
	for (const locale of localeCodes) {
		const file = join(root, href(locale, paths.search()), 'index.html');
		const filled = fillSearchBoot(await readFile(file, 'utf8'), entry, cacheTag, metaOf);
		if (!filled) throw new Error(`The search page ${file} has no boot script to fill (src/lib/search/boot.ts)`);
		await writeFile(file, filled);
	}
}
