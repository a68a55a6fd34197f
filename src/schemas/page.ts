import { z } from 'astro/zod';
import { commonFields, isoDay } from './shared';

/** What each language writes for itself: a translated page has its own title, summary and date of last update. */
export const pageWords = {
	title: z.string().min(2),
	description: z.string().min(10).max(200),
	updated: isoDay.optional(),
};

/** Editorial pages: legal notice, privacy, accessibility statement, a territory's local plan. */
export const pageSchema = z.object({ ...commonFields, ...pageWords });
