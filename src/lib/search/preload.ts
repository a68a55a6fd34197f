/**
 * What the search page's boot script (./boot.ts) asks for when the visitor
 * arrives with a query: the files Pagefind would otherwise fetch one after the
 * other (entry, then metadata and WebAssembly). Filled in after Pagefind has
 * written the index, since the metadata file names carry its hashes.
 */
import { escapeHtml } from '../html';
import { preloadAttribute } from './boot';

/** The part of pagefind-entry.json read here (written by Pagefind 1.x). */
export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
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
	const index = entry.languages[language];
	if (!index) return [];
	const urls = [
		`${base}pagefind-entry.json?ts=${cacheTag}`,
		`${base}pagefind.${index.hash}.pf_meta`,
		`${base}wasm.${index.wasm ?? 'unknown'}.pagefind`,
	];
	const french = entry.languages.fr;
	if (mergesFrench && language !== 'fr' && french) urls.push(`${base}pagefind.${french.hash}.pf_meta`);
	return urls;
}

/**
 * Writes the cache tag and the preload list into a built search page's boot
 * script. Returns null when the page has no empty boot script to fill.
 */
export function fillSearchBoot(html: string, entry: PagefindEntry, cacheTag: string): string | null {
	const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
	const emptyPreload = `${preloadAttribute}="[]"`;
	if (!language || !html.includes(emptyPreload) || !html.includes('data-cache-tag=""')) return null;
	const mergesFrench = !/data-merge-types="\[\]"/.test(html);
	const urls = searchPreloads(entry, language, mergesFrench, cacheTag);
	return html
		.replace(emptyPreload, `${preloadAttribute}="${escapeHtml(JSON.stringify(urls))}"`)
		.replace('data-cache-tag=""', `data-cache-tag="${escapeHtml(cacheTag)}"`);
}
