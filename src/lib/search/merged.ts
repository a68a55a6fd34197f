/**
 * Other languages' searches merge the French index for the sections that exist in
 * French only (offers). Pagefind's `mergeFilter` does not restrict a merged index: it
 * gives each of its pages a filter value (https://pagefind.app/docs/multisite/), here
 * `merged: fr`. Every search then leaves out the French pages of the other sections,
 * which the visitor's language has in its own words (a profile, a diploma, an event).
 */
export const mergedIndexFilter = { merged: 'fr' } as const;

type Filters = Record<string, unknown>;

/** The visitor's filters, without the merged index's pages outside `mergeTypes`. */
export function withoutFrenchDuplicates<F extends Filters>(filters: F, mergeTypes: readonly string[]): F | (F & { not: unknown }) {
	if (!mergeTypes.length) return filters;
	return { ...filters, not: { all: [mergedIndexFilter, { type: { none: [...mergeTypes] } }] } };
}
