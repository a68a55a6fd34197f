/**
 * Other languages' searches merge the French index for the sections that exist in
 * French only (offers). Pagefind's `mergeFilter` does not restrict a merged index: it
 * gives each of its pages a filter value (https://pagefind.app/docs/multisite/), here
 * `merged: fr`. Every search then leaves out the French pages of the other sections,
 * which the visitor's language has in its own words (a profile, a diploma, an event).
 */
export const mergedIndexFilter = { merged: 'fr' } as const;

/**
 * The merged index's cache tag (Pagefind's `metaCacheTag`, the `ts` of its entry file's address): it
 * reads the entry file again, and a different address lets the page preload that second read too.
 */
export const mergedTagSuffix = '-merged';
export const mergedCacheTag = (cacheTag: string) => `${cacheTag}${mergedTagSuffix}`;

/** The index filter every search in another language uses, to leave the French duplicates out. */
export const sectionFilter = 'type';

type Filters = Record<string, unknown>;

/** The visitor's filters, without the merged index's pages outside `mergeTypes`. */
export function withoutFrenchDuplicates<F extends Filters>(filters: F, mergeTypes: readonly string[]): F | (F & { not: unknown }) {
	if (!mergeTypes.length) return filters;
	return { ...filters, not: { all: [mergedIndexFilter, { [sectionFilter]: { none: [...mergeTypes] } }] } };
}

/**
 * Whether a query could match a French page. Offers are written in French: a query whose letters all belong to
 * another script (Arabic, Cyrillic) and that has no digit cannot match one, so the page's own index answers it
 * alone and the visitor arriving with it does not wait for the French index. Latin letters or digits (a town, a
 * postcode, "DEAS") may match, and so may a query without letters (filters only: the offer list).
 * Regular-expression sources, shared with the boot script (./boot.ts), which cannot import.
 */
export const letterPattern = '\\p{L}';
export const frenchMatchPattern = '[\\p{Script=Latin}\\p{Nd}]';
export const mayMatchFrench = (query: string): boolean =>
	!new RegExp(letterPattern, 'u').test(query) || new RegExp(frenchMatchPattern, 'u').test(query);
