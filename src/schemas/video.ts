import { z } from 'astro/zod';
import { commonFields, entryId, isoDay } from './shared';

export const videoProviders = ['youtube', 'vimeo', 'dailymotion', 'peertube'] as const;
export const employerKinds = [
	'ehpad',
	'domicile',
	'hopital',
	'etablissement-handicap',
	'protection-enfance',
	'creche',
	'departement',
	'association',
] as const;
export const captionLocales = ['fr', 'en', 'es', 'ar', 'uk'] as const;

/** What each language writes for a video: the transcript is the body. */
export const videoWords = {
	title: z.string().min(5).max(140),
	summary: z.string().min(10).max(220),
	/** What the poster shows, for people who cannot see it. */
	posterAlt: z.string().min(5).max(200),
};

const file = z
	.string()
	.regex(
		/^\/videos\/[a-z0-9-]+(\.[a-z]{2})?\.(mp4|webm|vtt)$/,
		'doit être un fichier de public/videos/, par exemple « /videos/matinee-ehpad.mp4 »',
	);

/**
 * A testimonial video (content/temoignages/fr/<id>.mdx). The French body is the
 * transcript; captions are WebVTT files, French required and at least one other language.
 */
export const videoSchema = z
	.object({
		...commonFields,
		...videoWords,
		person: z.object({
			firstName: z.string().min(2),
			profession: entryId,
			employer: z.enum(employerKinds),
			territory: commonFields.territories.unwrap().element.optional(),
		}),
		recorded: isoDay,
		/** Length in seconds. */
		duration: z.number().int().min(5).max(3600),
		/** A file of src/assets/videos/ (drawn through Astro's image pipeline). */
		poster: z
			.string()
			.regex(/^[a-z0-9-]+\.(png|jpg|jpeg|webp)$/, "doit être le nom d'une image de src/assets/videos/, par exemple « matinee-ehpad.png »"),
		source: z.discriminatedUnion('kind', [
			z.object({ kind: z.literal('file'), src: file }),
			z.object({
				kind: z.enum(['youtube', 'vimeo', 'dailymotion']),
				id: z.string().regex(/^[A-Za-z0-9_-]{4,40}$/, "doit être l'identifiant de la vidéo donné par l'hébergeur"),
			}),
			z.object({
				kind: z.literal('peertube'),
				host: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "doit être un nom d'hôte, par exemple « peertube.example.org »"),
				id: z.string().min(4),
			}),
		]),
		captions: z.array(z.object({ lang: z.enum(captionLocales), src: file })).min(2),
		chapters: z.array(z.object({ start: z.number().int().min(0), title: z.string().min(2) })).optional(),
	})
	.refine((v) => v.captions.some((c) => c.lang === 'fr'), {
		path: ['captions'],
		message: 'il manque les sous-titres en français (lang: fr)',
	})
	.refine((v) => v.captions.some((c) => c.lang !== 'fr'), {
		path: ['captions'],
		message: 'il faut des sous-titres dans au moins une autre langue que le français',
	});

export type VideoFacts = z.infer<typeof videoSchema>;
