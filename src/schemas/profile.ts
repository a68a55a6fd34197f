import { z } from 'astro/zod';
import { commonFields, entryId, romeCode } from './shared';

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
/**
 * When people work, in one word the quiz and the comparison can use (the details stay in
 * `workingConditions`): `day` mostly daytime on weekdays; `shifts` early, late, at night or at
 * weekends; `live-in` the people helped live in the professional's home.
 */
export const schedules = ['day', 'shifts', 'live-in'] as const;

/** Words of an offer title, compared as src/lib/offers/rome-map.ts does: lowercase ASCII words, a trailing `*` = any ending. */
const offerTitlePhrase = z
	.string()
	.regex(
		/^[a-z0-9]+\*?(?: [a-z0-9]+\*?)*$/,
		'doit être des mots en minuscules, sans accent ni ponctuation ; « * » peut finir un mot (« maternel* »)',
	);
/**
 * ROME codes of both generations. They also decide which offers are shown with the
 * profile (src/lib/offers/rome-map.ts builds its table from them): where a code means
 * several jobs, `offerTitles` and `titleRequired` say which offers are this one.
 */
const romeField = z
	.object({
		v3: z.array(romeCode),
		v4: z.array(romeCode).min(1),
		/** Phrases of an offer's title that name this job. */
		offerTitles: z.array(offerTitlePhrase).min(1).optional(),
		/** Codes under which an offer is this job only when its title matches `offerTitles`. */
		titleRequired: z.array(romeCode).min(1).optional(),
		/** Profiles whose phrases are tried after this one's on a code both have in `titleRequired`. */
		before: z.array(entryId).min(1).optional(),
	})
	.superRefine((rome, ctx) => {
		const codes = new Set([...rome.v3, ...rome.v4]);
		rome.titleRequired?.forEach((code, i) => {
			if (!codes.has(code))
				ctx.addIssue({ code: 'custom', path: ['titleRequired', i], message: "doit être l'un des codes de v3 ou de v4" });
		});
		if (rome.titleRequired && !rome.offerTitles) {
			ctx.addIssue({
				code: 'custom',
				path: ['offerTitles'],
				message: "est obligatoire avec « titleRequired » : les mots que doit contenir le titre d'une offre",
			});
		}
	});
const level = z.union(levels.map((n) => z.literal(n)) as [z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>, z.ZodLiteral<6>], {
	error: 'doit être un niveau de qualification : 3, 4, 5 ou 6',
});

/** Text fields that every locale writes in its own words (a translation file holds only these). */
export const profileWords = {
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

export const salary = z
	.object({
		/** Gross monthly euros, full time. */
		entry: z.number().int().min(1000).max(10000),
		experienced: z.number().int().min(1000).max(10000),
		/** The years of experience `experienced` is for, when the source says so ("after 10 years"). */
		experiencedYears: z.number().int().min(1).max(45).optional(),
		source: z.string().min(3),
		sourceUrl: z.url().optional(),
		year: z.number().int().min(2020).max(2100),
	})
	.refine((s) => s.experienced >= s.entry, {
		path: ['experienced'],
		message: 'doit être au moins égal au salaire de début',
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
		...profileWords,
		replacedBy: entryId.optional(),
		sectors: z.array(z.enum(sectors)).min(1).optional(),
		workplaces: z.array(z.enum(workplaces)).min(1).optional(),
		level: level.nullable().optional(),
		accessRoutes: z.array(z.enum(accessRoutes)).min(1).optional(),
		trainingDuration: duration.optional(),
		salary: salary.optional(),
		rome: romeField.optional(),
		riasec: z.array(z.enum(riasecLetters)).min(1).max(3).optional(),
		schedule: z.enum(schedules).optional(),
		careerMoves: z.array(entryId).default([]),
		order: z.number().int().default(100),
	})
	.superRefine((p, ctx) => {
		if (p.replacedBy) return;
		const required = [
			'sectors',
			'workplaces',
			'level',
			'accessRoutes',
			'trainingDuration',
			'salary',
			'rome',
			'riasec',
			'schedule',
		] as const;
		for (const key of required) {
			if (p[key] === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: [key],
					message: "est obligatoire pour une fiche métier (seule une fiche avec « replacedBy » peut s'en passer)",
				});
			}
		}
	});

export type Profile = z.infer<typeof profileSchema>;
export type RiasecLetter = (typeof riasecLetters)[number];
export type Schedule = (typeof schedules)[number];
export type Sector = (typeof sectors)[number];
export type Workplace = (typeof workplaces)[number];
