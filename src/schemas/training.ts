import { z } from 'astro/zod';
import { accessRoutes, duration, levels } from './profile';
import { commonFields, departementCode, entryId, isoDay, rncpCode } from './shared';

/** How a diploma is prepared: the profile's access routes, plus a shortened route from another diploma. */
export const trainingRoutes = [...accessRoutes.filter((r) => r !== 'agrement'), 'passerelle'] as const;
/** How to apply: through Parcoursup, directly to the school, or after the département's approval. */
export const applicationModes = ['parcoursup', 'direct', 'agrement'] as const;
/** Who can pay: each is explained in the interface strings (funding.<id>). */
export const fundings = ['region', 'apprentissage', 'france-travail', 'employeur', 'cpf', 'departement'] as const;
export const sessionModes = ['temps-plein', 'apprentissage', 'temps-partiel', 'distance'] as const;

const source = z.object({ name: z.string().min(3), url: z.url({ error: 'doit être une adresse web complète qui commence par https://' }) });

/** Words each language writes for a diploma (a translation file holds only these). */
export const diplomaWords = {
	/** The official name translated; French shows `name` only. */
	title: z.string().min(3).optional(),
	/** One sentence: what the diploma lets you do. */
	summary: z.string().min(10).max(220),
	/** Who may enter and what is asked. */
	requirements: z.string().min(10).max(400),
	/** Other jobs it leads to, outside this site's profiles ("auxiliaire de puériculture en maternité"). */
	otherJobs: z.array(z.string().min(3)).optional(),
};

/**
 * A diploma or compulsory training. Facts in the French file (content/formations/fr/<id>.mdx):
 * level, RNCP code, duration, routes, how to apply, funding, the professions it leads to, sources.
 */
export const diplomaSchema = z.object({
	...commonFields,
	...diplomaWords,
	/** The official French name: shown in every language, marked lang="fr". */
	name: z.string().min(3),
	acronym: z.string().min(2).max(20).optional(),
	level: z.union(levels.map((n) => z.literal(n)) as [z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>, z.ZodLiteral<6>]).nullable(),
	rncp: rncpCode.optional(),
	duration,
	/** Hours at the school and in work placements, when the official programme fixes them. */
	hours: z.object({ theory: z.number().int().positive(), practice: z.number().int().nonnegative() }).optional(),
	routes: z.array(z.enum(trainingRoutes)).min(1),
	/** Diplomas whose holders follow a shortened programme (allègements). */
	shortenedFrom: z.array(entryId).default([]),
	application: z.enum(applicationModes),
	funding: z.array(z.enum(fundings)).min(1),
	/** Job profiles it leads to (content/metiers/fr/<id>.mdx): their pages list this diploma. */
	professions: z.array(entryId).default([]),
	/** Share in work and in further study six months after, only with a named source and year. */
	outcomes: z
		.object({ inWork: z.number().min(0).max(100), furtherStudy: z.number().min(0).max(100), source, year: z.number().int() })
		.optional(),
	sources: z.array(source).min(1),
	/** Order on a profile that lists several diplomas: the main one first (it also ranks first in search). */
	order: z.number().int().default(100),
});

/**
 * A school or training centre (content/formations/organismes/<id>.yaml). French names, facts
 * only; a real organisation names the public sources of what it states.
 */
export const organisationSchema = z
	.strictObject({
		...commonFields,
		name: z.string().min(3),
		town: z.string().min(2),
		departement: departementCode,
		website: z.url({ error: 'doit être une adresse web complète qui commence par https://' }).optional(),
		/** The disability adviser ("référent handicap") every certified training body names. */
		accessibility: z.object({ contact: z.string().min(3), email: z.email().optional(), phone: z.string().optional() }).optional(),
		diplomas: z.array(entryId).min(1),
		sources: z.array(source).default([]),
	})
	.refine((o) => o.example || o.sources.length > 0, {
		path: ['sources'],
		message: 'est obligatoire pour un organisme réel : donnez la page publique qui dit ce que vous écrivez (ou marquez-le example: true)',
	});

const isoDate = isoDay;

/**
 * A session (content/formations/sessions/<id>.yaml). Demonstration sessions carry
 * `example: true` and are moved forward by whole years until they are upcoming, so
 * the shipped demo never looks stale.
 */
export const sessionSchema = z
	.strictObject({
		...commonFields,
		organisation: entryId,
		diploma: entryId,
		start: isoDate,
		end: isoDate,
		mode: z.enum(sessionModes),
		applicationPeriod: z.object({ from: isoDate, to: isoDate }).optional(),
		places: z.number().int().positive().optional(),
	})
	.refine((s) => s.end >= s.start, { path: ['end'], message: 'doit être le même jour que le début ou après date' })
	.refine((s) => !s.applicationPeriod || s.applicationPeriod.to >= s.applicationPeriod.from, {
		path: ['applicationPeriod', 'to'],
		message: 'doit être le même jour que le début ou après of the application period',
	});

export type Diploma = z.infer<typeof diplomaSchema>;
export type TrainingOrganisation = z.infer<typeof organisationSchema>;
export type TrainingSession = z.infer<typeof sessionSchema>;
