import { searchParamPrefix } from '../search-params';
import { frenchMatchPattern, letterPattern, mergedIndexFilter, mergedTagSuffix, sectionFilter } from './merged';

/**
 * The search page's first script, inlined in its <head> so that it costs no
 * request: when the address carries a query or a filter, it starts Pagefind
 * at once, while the rest of the page still downloads, and asks for the files
 * every first search needs (the entry file, the language's metadata and its
 * WebAssembly) in parallel rather than one after another, and keeps room for
 * the results. It also asks for the index chunk of each word of the query
 * (./preload.ts), normalised as Pagefind does before choosing chunks (lower
 * case, no punctuation, no diacritics), and for the chunks of the filters the
 * search will use. Without a query it only defines
 * `startPagefind`, which the search script calls on focus.
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
	const merge = JSON.parse(data.mergeTypes || '[]');
	const tag = data.cacheTag || undefined;
	let engine, ready, merged;
	const load = () =>
		(engine ??= import(data.pagefind).then(async (pf) => {
			await pf.options({ excerptLength: 24, noWorker: true, metaCacheTag: tag });
			return pf;
		}));
	window.startPagefind = () => (ready ??= load().then(async (pf) => (await pf.init(), pf)));
	// The French index, merged in only when the query could match a French page (merged.ts); once started, every
	// later search waits for it. It starts once the page's own index is ready: asked earlier, Pagefind waits for the
	// page's WebAssembly by checking every 50 ms.
	window.mergePagefind = (start) =>
		(merged ??=
			start && merge.length
				? window.startPagefind().then((pf) =>
						pf.mergeIndex(new URL('.', new URL(data.pagefind, location.href)).href, {
							language: 'fr',
							metaCacheTag: tag && tag + '${mergedTagSuffix}',
							mergeFilter: ${JSON.stringify(mergedIndexFilter)},
						}),
					)
				: undefined);
	const params = [...new URLSearchParams(location.search)];
	if (!params.some(([name, value]) => (name === 'q' && value.trim()) || name.startsWith('${searchParamPrefix}'))) return;
	// Results will fill the screen: keep room for them, so that the footer is not pushed down in view (search.css).
	document.documentElement.setAttribute('data-searching', '');
	const query = params.find(([name]) => name === 'q')?.[1] || '';
	const french = merge.length > 0 && (!/${letterPattern}/u.test(query) || /${frenchMatchPattern}/u.test(query));
	const words = query
		.toLocaleLowerCase()
		.replace(/[\\p{Pd}\\p{Pe}\\p{Pf}\\p{Pi}\\p{Po}\\p{Ps}]/gu, '')
		.normalize('NFD')
		.replace(/\\p{M}/gu, '')
		.split(/\\s+/)
		.filter(Boolean);
	// Filters of the address ("f-secteur"), and the one that leaves out the merged French duplicates (merged.ts).
	const filters = params.flatMap(([name]) => (name.startsWith('${searchParamPrefix}') ? [name.slice(${searchParamPrefix.length})] : []));
	if (french) filters.push('${sectionFilter}');
	const preload = JSON.parse(data.preload || '{}');
	const chunks = JSON.parse(data.chunks || '{}');
	const needed = (french ? ['index', 'merged'] : ['index']).flatMap((index) => [
		...(preload[index] || []),
		...(chunks[index]?.words || []).filter(([from, to]) => words.some((word) => from <= word && word <= to)).map((c) => c[2]),
		...(chunks[index]?.filters || []).filter(([name]) => filters.includes(name)).map((c) => c[1]),
	]);
	for (const href of new Set(needed)) {
		const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' });
		document.head.append(link);
	}
	window.startPagefind().catch(() => undefined);
	window.mergePagefind(french)?.catch(() => undefined);
})();`;

/** The attribute the index builder fills with the files a first search needs. */
export const preloadAttribute = 'data-preload';
/** The attribute the index builder fills with the index chunks, to pick by the words of the query. */
export const chunksAttribute = 'data-chunks';
