import type { Facet, FacetValue, Section } from './types';

/** Keeps a declaration's literal types (collection names, path builders) while checking its shape. */
export function defineSection<const S extends Section>(section: S): S {
	return section;
}

/** "/metiers/" + "aide-soignant" → "/metiers/aide-soignant/": every section path ends with a slash. */
export function join(...parts: (string | number)[]): string {
	const inner = parts.map(String).filter(Boolean).join('/');
	return inner ? `/${inner}/` : '/';
}

/** French alphabetical order, for place names and offer words shown in French. */
export const frenchOrder = new Intl.Collator('fr').compare;

/** A place an entry is for: a town or area of the territory (its id is the URL segment). */
export interface Place {
	id: string;
	name: string;
}

/**
 * The "territoire" facet of sections whose entries name places (trainings, events):
 * values are the places found, in French order; `named` gives a place a translated label.
 */
export function placesFacet<Item extends { places: readonly Place[] }>(
	label: Facet<Item>['label'],
	named: (place: Place) => FacetValue | undefined = () => undefined,
): Facet<Item> {
	return {
		id: 'territoire',
		label,
		valuesOf: (item) => item.places.map((p) => p.id),
		values: (items) =>
			[...new Map(items.flatMap((item) => item.places).map((p) => [p.id, p])).values()]
				.sort((a, b) => frenchOrder(a.name, b.name))
				.map((p) => named(p) ?? { value: p.id, text: p.name, lang: 'fr' }),
		prebuilt: true,
	};
}
