import type { Facet, FacetValue } from '../sections';
import type { Translate } from './i18n/strings';

/**
 * Facets are declared once per section (src/sections/); these pure helpers turn
 * a declaration into pre-built filter pages, search index filters and form options.
 */

/** The title of an entry a facet value names (a job profile), in the visitor's language when translated. */
export type RefLabel = (collection: 'profiles', id: string) => { text: string; lang?: string | undefined };

/** The words a visitor reads for a facet value: translated, the offer's French word, or an entry's title. */
export function facetValueLabel(value: FacetValue, t: Translate, refs?: RefLabel): { text: string; lang?: string | undefined } {
	if ('key' in value) {
		const text = t(value.key, value.vars);
		return { text: value.french && value.french !== text ? `${text} (${value.french})` : text };
	}
	if ('ref' in value) return refs ? refs(value.ref, value.value) : { text: value.value };
	return { text: value.text, lang: value.lang };
}

export function matchesFacet<Item>(facet: Facet<Item>, item: Item, value: string): boolean {
	return facet.valuesOf(item).includes(value);
}

export interface ActiveFilter<Item> {
	facet: Facet<Item>;
	value: FacetValue;
}

/** The entries a list shows: all of them, or those with the active filter's value. */
export function filterActive<Entry, Item>(
	entries: readonly Entry[],
	active: ActiveFilter<Item> | undefined,
	listing: (entry: Entry) => Item,
): readonly Entry[] {
	return active ? entries.filter((e) => matchesFacet(active.facet, listing(e), active.value.value)) : entries;
}

/** One pre-built list per value of a `prebuilt` facet that matches at least one item. */
export function prebuiltFilters<Item>(facets: readonly Facet<Item>[], items: readonly Item[]): ActiveFilter<Item>[] {
	return facets
		.filter((f) => f.prebuilt)
		.flatMap((facet) => valuesOver(facet, items).map((value) => ({ facet, value })))
		.filter(({ facet, value }) => items.some((item) => matchesFacet(facet, item, value.value)));
}

/** Search index filters of one entry: every facet under its id, values as declared. */
export function indexFilters<Item>(facets: readonly Facet<Item>[], item: Item): Record<string, readonly string[]> {
	return Object.fromEntries(facets.map((f) => [f.id, f.valuesOf(item)]));
}

export interface SearchGroup {
	name: string;
	legend: string;
	/** On a form that mixes sections, the section's name: its groups are shown together under it (RGAA 11.5). */
	within?: string;
	control: 'checkboxes' | 'select';
	options: { value: string; label: string; lang?: string | undefined }[];
}

/** Filter groups of a search form from facets marked `searchForm`, over the items they narrow. */
export function searchGroups<Item>(facets: readonly Facet<Item>[], items: readonly Item[], t: Translate, refs?: RefLabel): SearchGroup[] {
	return facets
		.filter((f): f is Facet<Item> & { searchForm: 'checkboxes' | 'select' } => !!f.searchForm)
		.map((f) => ({
			name: f.id,
			legend: t(f.label),
			control: f.searchForm,
			options: valuesOver(f, items).map((v) => {
				const label = facetValueLabel(v, t, refs);
				return { value: v.value, label: label.text, lang: label.lang };
			}),
		}))
		.filter((g) => g.options.length > 0);
}

// Every list page of every language shows the same form over the same items: with
// 20,000 offers, values and counts are computed once per (list, facet), not per page.
const memo = new WeakMap<object, Map<object, unknown>>();
function once<T>(items: object, facet: object, compute: () => T): T {
	let byFacet = memo.get(items);
	if (!byFacet) memo.set(items, (byFacet = new Map()));
	if (!byFacet.has(facet)) byFacet.set(facet, compute());
	return byFacet.get(facet) as T;
}

/** A facet's values over a list, computed once per list. */
export function valuesOver<Item>(facet: Facet<Item>, items: readonly Item[]): readonly FacetValue[] {
	return once(items, facet, () => facet.values(items));
}

/** How many items have each value of a facet, computed once per list. */
export function countsByValue<Item>(facet: Facet<Item>, items: readonly Item[]): Map<string, number> {
	return once(items, facet.valuesOf, () => {
		const counts = new Map<string, number>();
		for (const item of items) for (const v of facet.valuesOf(item)) counts.set(v, (counts.get(v) ?? 0) + 1);
		return counts;
	});
}
