import { z } from 'astro/zod';
import { commonFields, entryId } from './shared';

export const sectors = ['autonomie', 'handicap', 'enfance-famille', 'insertion'] as const;
export const workplaces = [
	'domicile', // at the home of the person helped
	'domicile-professionnel', // at the professional's own home (assistant maternel, familial)
	'ehpad',
	'hopital',
	'etablissement-handicap', // IME, MAS, FAM, foyers de vie, ESAT
	'foyer-enfance', // MECS, foyers de l'enfance
	'creche',
	'accueil-de-jour',
	'service-social', // services sociaux du département, CCAS, CAF, hôpitaux
	'hebergement-insertion', // CHRS, centres d'hébergement, accueil de demandeurs d'asile
	'milieu-ouvert', // AEMO, prévention spécialisée, services d'accompagnement
] as const;
export const accessRoutes = ['formation-initiale', 'apprentissage', 'formation-continue', 'vae', 'agrement'] as const;
export const levels = [3, 4, 5, 6] as const;
export const riasecLetters = ['R', 'I', 'A', 'S', 'E', 'C'] as const;

const romeCode = z.string().regex(/^[A-N]\d{4}$/, 'must be a ROME code such as "J1501"');
const rncpCode = z.string().regex(/^RNCP\d{4,6}$/, 'must be an RNCP code such as "RNCP40692"');
const level = z.union(levels.map((n) => z.literal(n)) as [z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>, z.ZodLiteral<6>], {
	error: 'must be a qualification level: 3, 4, 5 or 6',
});

/** Text fields that every locale writes in its own words. */
const translatable = {
	title: z.string().min(2),
	/** French job titles are gendered; other locales may leave it out. */
	titleFeminine: z.string().min(2).optional(),
	hook: z.string().min(10).max(200),
	/** Other names people search for: "famille d'accueil", "nounou", acronyms. */
	alsoKnownAs: z.array(z.string().min(2)).optional(),
	skills: z.array(z.string().min(2)).min(1),
	qualities: z.array(z.string().min(2)).min(1),
	workingConditions: z.array(z.string().min(2)).min(1),
	salaryNote: z.string().optional(),
};

export const diploma = z.object({
	name: z.string().min(3),
	acronym: z.string().optional(),
	rncp: rncpCode.optional(),
	level: level.optional(),
});

export const salary = z
	.object({
		/** Gross monthly euros, full time. */
		entry: z.number().int().min(1000).max(10000),
		experienced: z.number().int().min(1000).max(10000),
		source: z.string().min(3),
		sourceUrl: z.url().optional(),
		year: z.number().int().min(2020).max(2100),
	})
	.refine((s) => s.experienced >= s.entry, {
		path: ['experienced'],
		message: 'must be at least the entry salary',
	});

export const duration = z.object({
	min: z.number().positive(),
	max: z.number().positive().optional(),
	unit: z.enum(['hours', 'months', 'years']),
});

/**
 * The French entry is canonical: it carries the facts (levels, codes, salaries)
 * once, so translations cannot contradict them. An entry with `replacedBy` is a
 * former job title (AMP, AVS) that explains the change and points to the
 * current profile; it needs none of the facts.
 */
export const profileSchema = z
	.object({
		...commonFields,
		...translatable,
		replacedBy: entryId.optional(),
		sectors: z.array(z.enum(sectors)).min(1).optional(),
		workplaces: z.array(z.enum(workplaces)).min(1).optional(),
		level: level.nullable().optional(),
		diplomas: z.array(diploma).optional(),
		accessRoutes: z.array(z.enum(accessRoutes)).min(1).optional(),
		trainingDuration: duration.optional(),
		salary: salary.optional(),
		rome: z.object({ v3: z.array(romeCode), v4: z.array(romeCode).min(1) }).optional(),
		riasec: z.array(z.enum(riasecLetters)).min(1).max(3).optional(),
		careerMoves: z.array(entryId).default([]),
		order: z.number().int().default(100),
	})
	.superRefine((p, ctx) => {
		if (p.replacedBy) return;
		const required = [
			'sectors',
			'workplaces',
			'level',
			'diplomas',
			'accessRoutes',
			'trainingDuration',
			'salary',
			'rome',
			'riasec',
		] as const;
		for (const key of required) {
			if (p[key] === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: [key],
					message: 'is required for a job profile (only an entry with "replacedBy" may leave it out)',
				});
			}
		}
	});

/** Translations carry words only; facts come from the French entry. */
export const profileTranslationSchema = z.object({
	...translatable,
	territories: commonFields.territories,
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileTranslation = z.infer<typeof profileTranslationSchema>;
