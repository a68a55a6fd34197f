import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionSpec } from './schemas/collections';
import { offerSchema } from './schemas/offer';
import { offerSourcesLoader, offersLoader } from './lib/offers/loader';
import { loadTerritory } from './lib/territory/load';

const territory = loadTerritory();

// Generic so that each collection keeps its own schema's type (entry.data typed, not unknown).
function collectionFrom<S extends CollectionSpec['schema']>(spec: CollectionSpec & { schema: S }) {
	const folders = spec.folders.length > 1 ? `{${spec.folders.join(',')}}` : spec.folders[0];
	const exts = spec.extensions.map((e) => e.slice(1));
	const extPattern = exts.length > 1 ? `{${exts.join(',')}}` : exts[0];
	return defineCollection({
		loader: glob({
			base: `./${spec.base}`,
			pattern: `${folders}/*.${extPattern}`,
			// "fr/aide-soignant.mdx" is "aide-soignant" for canonical collections, "en/aide-soignant" for translations.
			generateId: ({ entry }) => {
				const id = entry.replace(/\.mdx?$/, '');
				return spec.idPrefix ? id : id.replace(/^[a-z]{2}\//, '');
			},
		}),
		schema: spec.schema,
	});
}

export const collections = {
	metiers: collectionFrom(collectionSpecs.metiers),
	metiersTraductions: collectionFrom(collectionSpecs.metiersTraductions),
	pages: collectionFrom(collectionSpecs.pages),
	// Partner job offers, fetched at build time (or the committed demonstration snapshot).
	offers: defineCollection({ loader: offersLoader(territory), schema: offerSchema }),
	offerSources: defineCollection({
		loader: offerSourcesLoader(territory),
		schema: z.object({ name: z.string(), dataDate: z.string().nullable(), example: z.boolean(), hidden: z.boolean(), shown: z.number() }),
	}),
};
