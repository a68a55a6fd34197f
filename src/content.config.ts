import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { profileSchema, profileTranslationSchema } from './schemas/profile';

/** "content/metiers/en/aide-soignant.mdx" is entry "en/aide-soignant"; French ones are just "aide-soignant". */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');
const baseId = ({ entry }: { entry: string }) => fileId({ entry }).replace(/^fr\//, '');

export const collections = {
	metiers: defineCollection({
		loader: glob({ base: './content/metiers', pattern: 'fr/*.mdx', generateId: baseId }),
		schema: profileSchema,
	}),
	metiersTraductions: defineCollection({
		loader: glob({ base: './content/metiers', pattern: '{en,es,ar,uk}/*.mdx', generateId: fileId }),
		schema: profileTranslationSchema,
	}),
	pages: defineCollection({
		loader: glob({ base: './content/pages', pattern: '*/*.{md,mdx}', generateId: fileId }),
		schema: pageSchema,
	}),
};
