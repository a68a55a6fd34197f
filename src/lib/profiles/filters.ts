import { levels, sectors, workplaces } from '../../schemas/profile';
import type { UiKey } from '../i18n/strings';

/**
 * Filters are plain links to pre-built lists (/metiers/secteur/handicap/), so
 * they work without JavaScript, can be shared, printed and bookmarked.
 * Path segments are French and identical in every locale.
 */
export interface FilterValue {
	facet: FacetId;
	value: string;
	label: UiKey;
	labelVars?: Record<string, string | number>;
}
export type FacetId = 'secteur' | 'niveau' | 'lieu';

interface FilterableFacts {
	sectors?: readonly string[] | undefined;
	workplaces?: readonly string[] | undefined;
	level?: number | null | undefined;
	replacedBy?: string | undefined;
}

export const noDiploma = 'sans-diplome';

export const facets: { id: FacetId; label: UiKey; values: FilterValue[] }[] = [
	{
		id: 'secteur',
		label: 'filters.sector',
		values: sectors.map((s) => ({ facet: 'secteur', value: s, label: `sector.${s}` as UiKey })),
	},
	{
		id: 'niveau',
		label: 'filters.level',
		values: [
			...levels.map((l) => ({ facet: 'niveau' as const, value: String(l), label: 'level.value' as UiKey, labelVars: { level: l } })),
			{ facet: 'niveau', value: noDiploma, label: 'level.none' },
		],
	},
	{
		id: 'lieu',
		label: 'filters.workplace',
		values: workplaces.map((w) => ({ facet: 'lieu', value: w, label: `workplace.${w}` as UiKey })),
	},
];

export function matches(facts: FilterableFacts, filter: Pick<FilterValue, 'facet' | 'value'>): boolean {
	if (facts.replacedBy) return false; // former titles are listed with the current profile only
	switch (filter.facet) {
		case 'secteur':
			return facts.sectors?.includes(filter.value) ?? false;
		case 'lieu':
			return facts.workplaces?.includes(filter.value) ?? false;
		case 'niveau':
			return filter.value === noDiploma ? facts.level === null : String(facts.level) === filter.value;
	}
}

export function filterPath(filter: Pick<FilterValue, 'facet' | 'value'>): string {
	return `/metiers/${filter.facet}/${filter.value}/`;
}
