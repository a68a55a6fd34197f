/**
 * What the search page's boot script (./boot.ts) asks for when the visitor
 * arrives with a query: the files Pagefind would otherwise fetch one after the
 * other (entry, then metadata and WebAssembly, then the index chunk holding
 * each word). Filled in after Pagefind has written the index, since the file
 * names carry its hashes.
 */
import { escapeHtml } from '../html';
import { chunksAttribute, preloadAttribute } from './boot';
import { mergedCacheTag } from './merged';
import type { PagefindMeta } from './pagefind-meta';

/** The part of pagefind-entry.json read here (written by Pagefind 1.x). */
export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The index of `language`, then the French one when the page merges French-only sections in; none for an unknown language. */
function indexesFor(entry: PagefindEntry, language: string, mergesFrench: boolean) {
	const index = entry.languages[language];
	const french = entry.languages.fr;
	if (!index) return { index: undefined, merged: undefined };
	return { index, merged: mergesFrench && language !== 'fr' ? french : undefined };
}

/**
 * The URLs to preload for a search in `language`, plus the French index when
 * the page merges French-only sections in (offers). `cacheTag` pins the entry
 * file's address (Pagefind's `metaCacheTag`), so that the preload matches it.
 */
export function searchPreloads(
	entry: PagefindEntry,
	language: string,
	mergesFrench: boolean,
	cacheTag: string,
	base = '/pagefind/',
): string[] {
	const { index, merged } = indexesFor(entry, language, mergesFrench);
	if (!index) return [];
	const urls = [
		`${base}pagefind-entry.json?ts=${cacheTag}`,
		`${base}pagefind.${index.hash}.pf_meta`,
		`${base}wasm.${index.wasm ?? 'unknown'}.pagefind`,
	];
	// The merged index reads the entry file again, under its own tag (boot.ts), so that this second read is preloaded too.
	if (merged) urls.push(`${base}pagefind-entry.json?ts=${mergedCacheTag(cacheTag)}`, `${base}pagefind.${merged.hash}.pf_meta`);
	return urls;
}

/** What the boot script picks from by the query: chunk URLs by word range and by filter name. */
export interface SearchChunks {
	/** [first word, last word, URL] */
	words: [string, string, string][];
	/** [filter name, URL] */
	filters: [string, string][];
}

/**
 * The chunks a search in `language` may need, plus the French index's where
 * the page merges French-only sections in. The boot script asks for the chunk
 * of each word of the query as Pagefind's `request_indexes` chooses it (the
 * chunk whose first and last words surround the word; pagefind_web/src/lib.rs
 * in CloudCannon/pagefind), and for the chunks of the filters the search uses.
 */
export function searchChunks(
	entry: PagefindEntry,
	language: string,
	mergesFrench: boolean,
	metaOf: (hash: string) => PagefindMeta,
	base = '/pagefind/',
): SearchChunks {
	const { index, merged } = indexesFor(entry, language, mergesFrench);
	const metas = [index, merged].flatMap((i) => (i ? [metaOf(i.hash)] : []));
	return {
		words: metas.flatMap((m) =>
			m.chunks.map(({ from, to, hash }): [string, string, string] => [from, to, `${base}index/${hash}.pf_index`]),
		),
		filters: metas.flatMap((m) => m.filters.map(({ name, hash }): [string, string] => [name, `${base}filter/${hash}.pf_filter`])),
	};
}

/**
 * Writes the cache tag, the preload list and the index chunks into a built
 * search page's boot script. Returns null when the page has no empty boot
 * script to fill.
 */
export function fillSearchBoot(
	html: string,
	entry: PagefindEntry,
	cacheTag: string,
	metaOf: (hash: string) => PagefindMeta = () => ({ chunks: [], filters: [] }),
): string | null {
	const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
	const emptyPreload = `${preloadAttribute}="[]"`;
	const emptyChunks = `${chunksAttribute}="{}"`;
	if (!language || !html.includes(emptyPreload) || !html.includes(emptyChunks) || !html.includes('data-cache-tag=""')) return null;
	const mergesFrench = !/data-merge-types="\[\]"/.test(html);
	const urls = searchPreloads(entry, language, mergesFrench, cacheTag);
	const chunks = searchChunks(entry, language, mergesFrench, metaOf);
	return html
		.replace(emptyPreload, `${preloadAttribute}="${escapeHtml(JSON.stringify(urls))}"`)
		.replace(emptyChunks, `${chunksAttribute}="${escapeHtml(JSON.stringify(chunks))}"`)
		.replace('data-cache-tag=""', `data-cache-tag="${escapeHtml(cacheTag)}"`);
}
