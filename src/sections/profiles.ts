import { levels, profileSchema, profileWords, sectors, workplaces, type Profile } from '../schemas/profile';
import { translationSchema } from '../schemas/shared';
import { defineSection, join } from './define';
import type { Facet } from './types';

const segment = 'metiers';
/** A qualification level, or none: assistant maternel and accueillant familial need an approval, not a diploma. */
export const noDiploma = 'sans-diplome';

type Facts = Pick<Profile, 'sectors' | 'workplaces' | 'level' | 'replacedBy'>;
/** Former titles (AMP, AVS) are listed with the current profile only, never in a filtered list. */
const current = (facts: Facts) => !facts.replacedBy;

const facets = [
	{
		id: 'secteur',
		label: 'filters.sector',
		valuesOf: (p) => (current(p) ? (p.sectors ?? []) : []),
		values: () => sectors.map((s) => ({ value: s, key: `sector.${s}` as const })),
		prebuilt: true,
		searchForm: 'checkboxes',
	},
	{
		id: 'niveau',
		label: 'filters.level',
		valuesOf: (p) => (!current(p) || p.level === undefined ? [] : [p.level === null ? noDiploma : String(p.level)]),
		values: () => [
			...levels.map((l) => ({ value: String(l), key: 'level.value' as const, vars: { level: l } })),
			{ value: noDiploma, key: 'level.none' as const },
		],
		prebuilt: true,
	},
	{
		id: 'lieu',
		label: 'filters.workplace',
		valuesOf: (p) => (current(p) ? (p.workplaces ?? []) : []),
		values: () => workplaces.map((w) => ({ value: w, key: `workplace.${w}` as const })),
		prebuilt: true,
	},
] as const satisfies readonly Facet<Facts>[];

/** Job profiles: the sixteen professions, facts in French, words in every language. */
export const profiles = defineSection({
	id: 'profiles',
	segment,
	noun: 'fiche métier',
	collections: {
		profiles: { base: 'content/metiers', folders: ['fr'], extensions: ['.mdx'], schema: profileSchema, idPrefix: false },
		profileTranslations: {
			base: 'content/metiers',
			folders: ['en', 'es', 'ar', 'uk'],
			extensions: ['.mdx'],
			schema: translationSchema(profileWords),
			idPrefix: true,
		},
	},
	localisation: { mode: 'translated', canonical: 'profiles', translations: 'profileTranslations', translatable: Object.keys(profileWords) },
	references: [
		{ collection: 'profiles', field: 'careerMoves', to: 'profiles' },
		{ collection: 'profiles', field: 'replacedBy', to: 'profiles' },
	],
	searchType: 'type.metier',
	nav: { label: 'nav.metiers', order: 10 },
	facets,
	paths: {
		list: () => join(segment),
		entry: (id: string) => join(segment, id),
		filter: (facet: string, value: string) => join(segment, facet, value),
		/** The printed sheet's QR code of a profile page (its path with the locale): /qr/uk/metiers/x.svg. */
		qrCode: (pagePath: string) => `/qr${pagePath.replace(/\/$/, '')}.svg`,
	},
});
