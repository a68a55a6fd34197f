import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { fileCollections, type FileCollection } from './sections';
import { offerSourcesLoader } from './lib/offers/loader';
import { loadTerritory } from './lib/territory/load';

const territory = loadTerritory();

// Generic so that each collection keeps its own schema's type (entry.data typed, not unknown).
function collectionFrom<S extends FileCollection['schema']>(spec: FileCollection & { schema: S }) {
	const folders = spec.folders.length > 1 ? `{${spec.folders.join(',')}}/` : spec.folders.length ? `${spec.folders[0]}/` : '';
	const exts = spec.extensions.map((e) => e.slice(1));
	const extPattern = exts.length > 1 ? `{${exts.join(',')}}` : exts[0];
	return defineCollection({
		loader: glob({
			base: `./${spec.base}`,
			pattern: `${folders}*.${extPattern}`,
			// "fr/aide-soignant.mdx" is "aide-soignant" for canonical collections, "en/aide-soignant" for translations.
			generateId: ({ entry }) => {
				const id = entry.replace(/\.(mdx?|ya?ml)$/, '');
				return spec.idPrefix ? id : id.replace(/^[a-z]{2}\//, '');
			},
		}),
		schema: spec.schema,
	});
}

type FileCollections = typeof fileCollections;
type ConfigOf<S extends FileCollection['schema']> = ReturnType<typeof collectionFrom<S>>;
const fromFiles = Object.fromEntries(
	Object.entries(fileCollections).map(([name, spec]: [string, FileCollection]) => [name, collectionFrom(spec)]),
) as unknown as { [K in keyof FileCollections]: ConfigOf<FileCollections[K]['schema']> };

// Collections of the section registry (src/sections/): files in content/, plus the
// offers section's sources, filled at build time by its loader (I/O stays out of the
// registry). The offers themselves are not a collection: src/lib/offers/loader.ts says why.
export const collections = {
	...fromFiles,
	offerSources: defineCollection({
		loader: offerSourcesLoader(territory),
		schema: z.object({ name: z.string(), dataDate: z.string().nullable(), example: z.boolean(), hidden: z.boolean(), shown: z.number() }),
	}),
};
