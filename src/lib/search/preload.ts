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

/**
 * The URLs to preload for a search in `language`. `cacheTag` pins the entry
 * file's address (Pagefind's `metaCacheTag`), so that the preload matches it.
 */
export function searchPreloads(entry: PagefindEntry, language: string, cacheTag: string, base = '/pagefind/'): string[] {
	const index = entry.languages[language];
	if (!index) return [];
	return [
		`${base}pagefind-entry.json?ts=${cacheTag}`,
		`${base}pagefind.${index.hash}.pf_meta`,
		`${base}wasm.${index.wasm ?? 'unknown'}.pagefind`,
	];
}

/**
 * The URLs to preload when another language's search merges the French index
 * in (French-only sections, offers): the merged index reads the entry file again,
 * under its own tag (boot.ts), then the French metadata. It uses the page's WebAssembly.
 */
export function mergedPreloads(entry: PagefindEntry, cacheTag: string, base = '/pagefind/'): string[] {
	const french = entry.languages.fr;
	return french ? [`${base}pagefind-entry.json?ts=${mergedCacheTag(cacheTag)}`, `${base}pagefind.${french.hash}.pf_meta`] : [];
}

/** What the boot script picks from by the query: chunk URLs by word range and by filter name. */
export interface SearchChunks {
	/** [first word, last word, URL] */
	words: [string, string, string][];
	/** [filter name, URL] */
	filters: [string, string][];
}

/**
 * The chunks of one index that a search may need. The boot script asks for the
 * chunk of each word of the query as Pagefind's `request_indexes` chooses it (the
 * chunk whose first and last words surround the word; pagefind_web/src/lib.rs
 * in CloudCannon/pagefind), and for the chunks of the filters the search uses.
 */
export function searchChunks(meta: PagefindMeta, base = '/pagefind/'): SearchChunks {
	return {
		words: meta.chunks.map(({ from, to, hash }): [string, string, string] => [from, to, `${base}index/${hash}.pf_index`]),
		filters: meta.filters.map(({ name, hash }): [string, string] => [name, `${base}filter/${hash}.pf_filter`]),
	};
}

/** The boot script's data, for the page's own index and, where the page merges it in, the French one. */
export interface SearchBootData<T> {
	index: T;
	merged?: T;
}

/**
 * Writes the cache tag, the preload lists and the index chunks into a built
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
	const emptyPreload = `${preloadAttribute}="{}"`;
	const emptyChunks = `${chunksAttribute}="{}"`;
	if (!language || !html.includes(emptyPreload) || !html.includes(emptyChunks) || !html.includes('data-cache-tag=""')) return null;
	const index = entry.languages[language];
	const french = entry.languages.fr;
	// The search page says whether it merges the French index (none in French: src/pages/[...locale]/recherche/).
	const merges = !/data-merge-types="\[\]"/.test(html) && index && french;
	const preload: SearchBootData<string[]> = { index: searchPreloads(entry, language, cacheTag) };
	const chunks: Partial<SearchBootData<SearchChunks>> = index ? { index: searchChunks(metaOf(index.hash)) } : {};
	if (merges) {
		preload.merged = mergedPreloads(entry, cacheTag);
		chunks.merged = searchChunks(metaOf(french.hash));
	}
	const attribute = (value: unknown) => escapeHtml(JSON.stringify(value));
	return html
		.replace(emptyPreload, `${preloadAttribute}="${attribute(preload)}"`)
		.replace(emptyChunks, `${chunksAttribute}="${attribute(chunks)}"`)
		.replace('data-cache-tag=""', `data-cache-tag="${escapeHtml(cacheTag)}"`);
}
