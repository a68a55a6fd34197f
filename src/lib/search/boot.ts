import { searchParamPrefix } from '../search-params';
import { mergedIndexFilter } from './merged';

/**
 * The search page's first script, inlined in its <head> so that it costs no
 * request: when the address carries a query or a filter, it starts Pagefind
 * at once, while the rest of the page still downloads, and asks for the files
 * every first search needs (the entry file, the language's metadata and its
 * WebAssembly) in parallel rather than one after another, and keeps room for
 * the results. Without a query it only defines `startPagefind`, which the
 * search script calls on focus.
 *
 * The file list and the cache tag are written into the tag's data attributes
 * after Pagefind has built the index (src/integrations/pagefind.ts); the text
 * below never changes, so the Content-Security-Policy allows it by its hash
 * (src/lib/security/headers.ts) and still refuses every other inline script.
 *
 * Plain JavaScript that every browser with ES modules runs: it is not bundled.
 */
export const searchBootScript = `(() => {
	const data = document.currentScript.dataset;
	let engine;
	window.startPagefind = () =>
		(engine ??= import(data.pagefind).then(async (pf) => {
			const tag = data.cacheTag || undefined;
			await pf.options({ excerptLength: 24, noWorker: true, metaCacheTag: tag });
			const merge = JSON.parse(data.mergeTypes || '[]');
			// The merged index starts as soon as the primary's WebAssembly is there, not after its init.
			await Promise.all([
				pf.init(),
				merge.length &&
					pf.mergeIndex(new URL('.', new URL(data.pagefind, location.href)).href, {
						language: 'fr',
						metaCacheTag: tag,
						mergeFilter: ${JSON.stringify(mergedIndexFilter)},
					}),
			]);
			return pf;
		}));
	const params = [...new URLSearchParams(location.search)];
	if (!params.some(([name, value]) => (name === 'q' && value.trim()) || name.startsWith('${searchParamPrefix}'))) return;
	// Results will fill the screen: keep room for them, so that the footer is not pushed down in view (search.css).
	document.documentElement.setAttribute('data-searching', '');
	for (const href of JSON.parse(data.preload || '[]')) {
		const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' });
		document.head.append(link);
	}
	window.startPagefind().catch(() => undefined);
})();`;

/** The attribute the index builder fills with the files a first search needs. */
export const preloadAttribute = 'data-preload';
