import { z } from 'astro/zod';
import { commonFields } from './shared';

/** Editorial pages: legal notice, privacy, accessibility statement. */
export const pageSchema = z.object({
	...commonFields,
	title: z.string().min(2),
	description: z.string().min(10).max(200),
	updated: z.coerce.date().optional(),
});
