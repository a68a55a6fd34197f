import { z } from 'astro/zod';
import { commonFields, entryId } from './shared';

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
	.regex(/^\/videos\/[a-z0-9-]+(\.[a-z]{2})?\.(mp4|webm|vtt)$/, 'must be a file under public/videos/, e.g. "/videos/matinee-ehpad.mp4"');

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
		recorded: z.coerce.date({ error: 'must be a date such as 2026-10-12' }),
		/** Length in seconds. */
		duration: z.number().int().min(5).max(3600),
		/** A file of src/assets/videos/ (drawn through Astro's image pipeline). */
		poster: z
			.string()
			.regex(/^[a-z0-9-]+\.(png|jpg|jpeg|webp)$/, 'must be the file name of an image in src/assets/videos/, e.g. "matinee-ehpad.png"'),
		source: z.discriminatedUnion('kind', [
			z.object({ kind: z.literal('file'), src: file }),
			z.object({
				kind: z.enum(['youtube', 'vimeo', 'dailymotion']),
				id: z.string().regex(/^[A-Za-z0-9_-]{4,40}$/, 'must be the video id the provider gives'),
			}),
			z.object({
				kind: z.literal('peertube'),
				host: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a host name such as "peertube.example.org"'),
				id: z.string().min(4),
			}),
		]),
		captions: z.array(z.object({ lang: z.enum(captionLocales), src: file })).min(2),
		chapters: z.array(z.object({ start: z.number().int().min(0), title: z.string().min(2) })).optional(),
	})
	.refine((v) => v.captions.some((c) => c.lang === 'fr'), { path: ['captions'], message: 'needs French captions (lang: fr)' })
	.refine((v) => v.captions.some((c) => c.lang !== 'fr'), {
		path: ['captions'],
		message: 'needs captions in at least one language other than French',
	});

export type VideoFacts = z.infer<typeof videoSchema>;
