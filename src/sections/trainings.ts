import { levels } from '../schemas/profile';
import { translationSchema } from '../schemas/shared';
import { diplomaSchema, diplomaWords, organisationSchema, sessionSchema, trainingRoutes, type Diploma } from '../schemas/training';
import { defineSection, join, placesFacet, type Place } from './define';
import { noDiploma } from './profiles';
import type { Facet } from './types';

const segment = 'formations';

/**
 * A diploma as the lists filter it: its facts, and the places of this territory
 * where an organisation prepares it (computed at build time from the organisations).
 */
export interface DiplomaListing {
	facts: Pick<Diploma, 'level' | 'routes' | 'professions'>;
	/** Territories where it is taught: their id and name. */
	places: readonly Place[];
}

/** Apprenticeship first: earning while training is what most people ask about. */
const routeOrder = ['apprentissage', ...trainingRoutes.filter((r) => r !== 'apprentissage')] as const;

const facets = [
	{
		id: 'metier',
		label: 'training.filterProfession',
		valuesOf: (d) => d.facts.professions,
		values: (items) => [...new Set(items.flatMap((d) => d.facts.professions))].sort().map((value) => ({ value, ref: 'profiles' as const })),
		prebuilt: true,
	},
	{
		id: 'niveau',
		label: 'filters.level',
		valuesOf: (d) => [d.facts.level === null ? noDiploma : String(d.facts.level)],
		values: () => [
			...levels.map((l) => ({ value: String(l), key: 'level.value' as const, vars: { level: l } })),
			{ value: noDiploma, key: 'training.noLevel' as const },
		],
		prebuilt: true,
	},
	{
		id: 'voie',
		label: 'training.filterRoute',
		valuesOf: (d) => d.facts.routes,
		values: () => routeOrder.map((r) => ({ value: r, key: `route.${r}` as const })),
		prebuilt: true,
		searchForm: 'checkboxes',
	},
	placesFacet<DiplomaListing>('training.filterTerritory'),
] as const satisfies readonly Facet<DiplomaListing>[];

/**
 * Trainings: diplomas and compulsory trainings (facts in French, words in every
 * language), the organisations that prepare them and their sessions (French facts).
 */
export const trainings = defineSection({
	id: 'trainings',
	segment,
	noun: 'diplôme',
	collections: {
		diplomas: { base: 'content/formations', folders: ['fr'], extensions: ['.md', '.mdx'], schema: diplomaSchema, idPrefix: false },
		diplomaTranslations: {
			base: 'content/formations',
			folders: ['en', 'es', 'ar', 'uk'],
			extensions: ['.md', '.mdx'],
			schema: translationSchema(diplomaWords),
			idPrefix: true,
		},
		trainingOrganisations: {
			base: 'content/formations/organismes',
			folders: [],
			extensions: ['.yaml'],
			schema: organisationSchema,
			idPrefix: false,
			noun: 'organisme de formation',
		},
		trainingSessions: {
			base: 'content/formations/sessions',
			folders: [],
			extensions: ['.yaml'],
			schema: sessionSchema,
			idPrefix: false,
			noun: 'session de formation',
		},
	},
	localisation: { mode: 'translated', canonical: 'diplomas', translations: 'diplomaTranslations', translatable: Object.keys(diplomaWords) },
	references: [
		{ collection: 'diplomas', field: 'professions', to: 'profiles' },
		{ collection: 'diplomas', field: 'shortenedFrom', to: 'diplomas' },
		{ collection: 'trainingOrganisations', field: 'diplomas', to: 'diplomas' },
		{ collection: 'trainingSessions', field: 'organisation', to: 'trainingOrganisations' },
		{ collection: 'trainingSessions', field: 'diploma', to: 'diplomas' },
	],
	profileLink: { collection: 'diplomas', field: 'professions', heading: 'training.profileBlock', sort: { field: 'order', order: 'asc' } },
	searchType: 'type.formation',
	nav: { label: 'nav.formations', order: 15 },
	facets,
	paths: {
		list: () => join(segment),
		entry: (id: string) => join(segment, id),
		filter: (facet: string, value: string) => join(segment, facet, value),
	},
});
