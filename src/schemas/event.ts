import { z } from 'astro/zod';
import { commonFields, entryId } from './shared';

export const eventKinds = [
	'forum',
	'job-dating',
	'information',
	'portes-ouvertes',
	'visite',
	'webinaire',
	'semaine-des-metiers',
	'institutionnel',
] as const;
export const audiences = ['jeunes', 'demandeurs-emploi', 'reconversion', 'tous'] as const;
export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;

/** A wall-clock time in Paris, as people write it: "2027-03-18T09:30", or a day alone when the hours are not known. */
// YAML reads a bare day (2020-11-23) as a date: it stays a day, the one written.
const parisTime = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(
			/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/,
			'doit être une date et une heure de Paris, écrites 2027-03-18T09:30 (ou un jour seul : 2027-03-18)',
		),
);
const webUrl = z.url({ protocol: /^https?$/, error: 'doit être une adresse web complète qui commence par https://' });

/** What each language writes for an event (a translation file holds only these). */
export const eventWords = {
	title: z.string().min(3).max(140),
	/** One sentence for the list and search. */
	summary: z.string().min(10).max(220),
	/** Step-free access, sign language, hearing loop, who to ask. */
	accessibility: z.string().min(5).max(300).optional(),
};

/**
 * A forum, job dating, information session, visit, webinar… Facts in the French file
 * (content/agenda/fr/<id>.mdx); the description is the body.
 */
export const eventSchema = z
	.object({
		...commonFields,
		...eventWords,
		kind: z.enum(eventKinds),
		start: parisTime,
		end: parisTime,
		place: z
			.object({
				name: z.string().min(2),
				address: z.string().min(3).optional(),
				postcode: z
					.string()
					.regex(/^\d{5}$/, 'doit être un code postal français, par exemple « 40000 »')
					.optional(),
				town: z.string().min(2).optional(),
				lat: z.number().min(-90).max(90).optional(),
				lon: z.number().min(-180).max(180).optional(),
			})
			.optional(),
		/** The link to join, or true for an online meeting whose link is sent on registration. */
		online: z.union([webUrl, z.literal(true)]).optional(),
		organiser: z.object({ name: z.string().min(2), url: webUrl.optional() }),
		audience: z.array(z.enum(audiences)).min(1),
		/** Where to register, or "none" when anyone can come. */
		registration: z.union([webUrl, z.literal('none')], { error: "doit être une adresse web, ou none quand il n'y a pas d'inscription" }),
		professions: z.array(entryId).default([]),
		status: z.enum(eventStatuses).default('scheduled'),
		/** Where the facts of a real event come from. */
		source: z.object({ name: z.string().min(3), url: webUrl.optional() }).optional(),
	})
	.refine((e) => e.end >= e.start, { path: ['end'], message: 'doit être le même jour que le début ou après' })
	.refine((e) => e.place || e.online, {
		path: ['place'],
		message: 'est obligatoire, sauf pour un événement en ligne (indiquez alors « online »)',
	});

export type EventFacts = z.infer<typeof eventSchema>;
