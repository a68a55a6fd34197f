import type { Offer } from '../schemas/offer';
import { defineSection, frenchOrder, join } from './define';
import type { Facet } from './types';
import type { UiKey } from '../lib/i18n/strings';

const segment = 'offres';

/**
 * Offers are French pages: their filter values are the French words of the
 * offers themselves, the same in every language's search.
 */
export const contractNames = {
	cdi: 'CDI',
	cdd: 'CDD',
	interim: 'Intérim',
	saisonnier: 'Saisonnier',
	liberal: 'Libéral',
	apprentissage: 'Apprentissage',
	autre: 'Autre',
} as const satisfies Record<Offer['contractType'], string>;
export const workingTimeNames = { 'temps-plein': 'Temps plein', 'temps-partiel': 'Temps partiel' } as const satisfies Record<
	NonNullable<Offer['workingTime']>,
	string
>;
/** What a contract type and a working time are called in the visitor's language (the French names above stay beside them). */
export const contractKeys = {
	cdi: 'offers.contractType.cdi',
	cdd: 'offers.contractType.cdd',
	interim: 'offers.contractType.interim',
	saisonnier: 'offers.contractType.saisonnier',
	liberal: 'offers.contractType.liberal',
	apprentissage: 'offers.contractType.apprentissage',
	autre: 'offers.contractType.autre',
} as const satisfies Record<Offer['contractType'], UiKey>;
export const workingTimeKeys = {
	'temps-plein': 'offers.workingTime.temps-plein',
	'temps-partiel': 'offers.workingTime.temps-partiel',
} as const satisfies Record<NonNullable<Offer['workingTime']>, UiKey>;
/** The value of a yes/no facet (apprenticeship, beginners welcome). */
export const yes = 'Oui';

type Facts = Pick<Offer, 'contractType' | 'workingTime' | 'town' | 'apprenticeship' | 'beginnerWelcome' | 'profession'>;

/** The values found in the offers, in French alphabetical order: the form offers only what the index holds. */
const found = (valuesOf: (o: Facts) => readonly string[]) => (offers: readonly Facts[]) =>
	[...new Set(offers.flatMap(valuesOf))].sort(frenchOrder).map((text) => ({ value: text, text, lang: 'fr' as const }));
const contract = (o: Facts) => [contractNames[o.contractType]];
const workingTime = (o: Facts) => (o.workingTime ? [workingTimeNames[o.workingTime]] : []);
const town = (o: Facts) => (o.town ? [o.town] : []);
const whenAny = (key: 'offers.apprenticeship' | 'offers.beginners') => (offers: readonly Facts[]) =>
	offers.length ? [{ value: yes, key }] : [];

/** A French name found in the offers, labelled in the visitor's language with the French name beside it. */
const named =
	<Code extends string>(names: Record<Code, string>, keys: Record<Code, UiKey>, valuesOf: (o: Facts) => readonly string[]) =>
	(offers: readonly Facts[]) =>
		found(valuesOf)(offers).map(({ value }) => {
			const code = (Object.keys(names) as Code[]).find((c) => names[c] === value)!;
			return { value, key: keys[code], french: value };
		});

const facets = [
	{
		id: 'contrat',
		label: 'offers.contract',
		valuesOf: contract,
		values: named(contractNames, contractKeys, contract),
		searchForm: 'select',
	},
	{
		id: 'temps',
		label: 'offers.workingTime',
		valuesOf: workingTime,
		values: named(workingTimeNames, workingTimeKeys, workingTime),
		searchForm: 'select',
	},
	{ id: 'ville', label: 'offers.town', valuesOf: town, values: found(town), searchForm: 'select' },
	{
		id: 'alternance',
		label: 'offers.apprenticeship',
		valuesOf: (o) => (o.apprenticeship ? [yes] : []),
		values: whenAny('offers.apprenticeship'),
		searchForm: 'checkboxes',
	},
	{
		id: 'debutants',
		label: 'offers.beginners',
		valuesOf: (o) => (o.beginnerWelcome ? [yes] : []),
		values: whenAny('offers.beginners'),
		searchForm: 'checkboxes',
	},
	// Index only: the profession lists are pre-built pages (/offres/metier/<id>/).
	{ id: 'metier', label: 'offers.profession', valuesOf: (o) => [o.profession], values: () => [] },
] as const satisfies readonly Facet<Facts>[];

/**
 * Job offers from France Travail and partner feeds, fetched at build time by the
 * content-layer loader (src/lib/offers/loader.ts, wired in src/content.config.ts).
 */
export const offers = defineSection({
	id: 'offers',
	segment,
	noun: "offre d'emploi",
	collections: {},
	loadedCollections: ['offerSources'],
	localisation: { mode: 'french-only' },
	references: [],
	profileLink: { collection: 'offers', field: 'profession', heading: 'offers.current', sort: { field: 'datePosted', order: 'desc' } },
	searchType: 'type.offre',
	nav: { label: 'nav.offres', order: 20 },
	facets,
	paths: {
		list: (page = 1) => join(segment, page > 1 ? page : ''),
		/** Offers by profession: /offres/metier/ (the folder), /offres/metier/<profession>/, then its pages. */
		profession: (id = '', page = 1) => join(segment, 'metier', id, id && page > 1 ? page : ''),
		entry: (id: string) => join(segment, id),
		/** Not an address for visitors: the build's offer records for the search index, deleted once indexed. */
		searchRecords: (chunk: number) => `/${segment}/search-records/${chunk}.json`,
	},
	// /offres/<id>/ is French only; /offres/, /offres/2/ and /offres/metier/… exist in every language.
	isSingleLanguagePath: (path: string) => new RegExp(`^/${segment}/(?!metier/)(?!\\d+/$)[^/]+/$`).test(path),
});
