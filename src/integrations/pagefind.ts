import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { localeCodes } from '../lib/i18n/locales';
import { href, paths } from '../lib/routing';
import { fillSearchBoot, type PagefindEntry } from '../lib/search/preload';

/**
 * Builds the search index right after Astro writes the site, as part of
 * `npm run build`. Pagefind splits it by <html lang>, one index per locale;
 * only elements marked data-pagefind-body (content pages) are indexed.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'metiers-du-lien:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: root });
				if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				// Written by us rather than by Pagefind's writeFiles, which was seen to
				// answer before a file was complete (an empty pagefind.js now and then).
				const { files, errors: fileErrors } = await index.getFiles();
				if (fileErrors.length) throw new Error(`Pagefind could not produce its index: ${fileErrors.join('; ')}`);
				// Our search page uses Pagefind's core API only: its ready-made interfaces are left out.
				const unused = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;
				for (const file of files.filter((f) => !unused.test(f.path))) {
					const target = join(root, 'pagefind', file.path);
					await mkdir(dirname(target), { recursive: true });
					await writeFile(target, file.content);
				}
				if (!files.some((f) => f.path === 'pagefind.js' && f.content.length > 0)) throw new Error('Pagefind produced no pagefind.js');
				await fillSearchPages(root, files);
				logger.info(`search index: ${added.page_count} pages`);
				await close();
			},
		},
	};
}

/**
 * Tells each search page which index files a first search needs, so that it
 * asks for them all at once (src/lib/search/boot.ts). The cache tag changes
 * with the index, so a browser never mixes an old entry file with new chunks.
 */
async function fillSearchPages(root: string, files: { path: string; content: Uint8Array }[]) {
	const entryFile = files.find((f) => f.path === 'pagefind-entry.json');
	if (!entryFile) throw new Error('Pagefind produced no pagefind-entry.json');
	const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as PagefindEntry;
	const cacheTag = createHash('sha256').update(entryFile.content).digest('hex').slice(0, 12);
	for (const locale of localeCodes) {
		const file = join(root, href(locale, paths.search()), 'index.html');
		const filled = fillSearchBoot(await readFile(file, 'utf8'), entry, cacheTag);
		if (!filled) throw new Error(`The search page ${file} has no boot script to fill (src/lib/search/boot.ts)`);
		await writeFile(file, filled);
	}
}
