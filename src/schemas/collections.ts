import type { z } from 'astro/zod';
import { pageSchema } from './page';
import { profileSchema, profileTranslationSchema } from './profile';

/**
 * Every content collection in one table: where its files live and the schema
 * they obey. src/content.config.ts builds Astro's collections from it and
 * the content checker (npm run check:content, run before every build) reads
 * the same files against the same schemas.
 */
export interface CollectionSpec {
	/** Folder under the project root. */
	base: string;
	/** Locale sub-folders to read ('fr' holds the canonical entries). */
	folders: readonly string[];
	extensions: readonly string[];
	schema: z.ZodType;
	/** French entries are ids; others are "<locale>/<id>". */
	idPrefix: boolean;
}

export const collectionSpecs = {
	metiers: { base: 'content/metiers', folders: ['fr'], extensions: ['.mdx'], schema: profileSchema, idPrefix: false },
	metiersTraductions: {
		base: 'content/metiers',
		folders: ['en', 'es', 'ar', 'uk'],
		extensions: ['.mdx'],
		schema: profileTranslationSchema,
		idPrefix: true,
	},
	pages: {
		base: 'content/pages',
		folders: ['fr', 'en', 'es', 'ar', 'uk'],
		extensions: ['.md', '.mdx'],
		schema: pageSchema,
		idPrefix: true,
	},
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionSpecs;
