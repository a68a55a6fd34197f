import { sectors } from '../schemas/profile';
import { translationSchema } from '../schemas/shared';
import { videoSchema, videoWords, type VideoFacts } from '../schemas/video';
import { defineSection, join } from './define';
import type { Facet } from './types';

const segment = 'temoignages';

/** A video as the lists filter it: the profession of the person filmed and its sectors. */
export interface VideoListing {
	facts: Pick<VideoFacts, 'person'>;
	sectors: readonly string[];
}

const facets = [
	{
		id: 'metier',
		label: 'training.filterProfession',
		valuesOf: (v) => [v.facts.person.profession],
		values: (items) =>
			[...new Set(items.map((v) => v.facts.person.profession))].sort().map((value) => ({ value, ref: 'profiles' as const })),
		prebuilt: true,
	},
	{
		id: 'secteur',
		label: 'filters.sector',
		valuesOf: (v) => v.sectors,
		values: () => sectors.map((s) => ({ value: s, key: `sector.${s}` as const })),
		prebuilt: true,
	},
] as const satisfies readonly Facet<VideoListing>[];

/** Testimonial videos: professionals where they work; captions and transcripts in every language. */
export const videos = defineSection({
	id: 'videos',
	segment,
	noun: 'vidéo',
	collections: {
		videos: {
			base: 'content/temoignages',
			folders: ['fr'],
			extensions: ['.md', '.mdx'],
			schema: videoSchema,
			idPrefix: false,
			body: 'la transcription (ce qui est dit dans la vidéo) est obligatoire, sous le front matter',
			files: [
				{ field: 'poster', dir: 'src/assets/videos' },
				{ field: 'captions[].src', dir: 'public' },
				{ field: 'source.src', dir: 'public' },
			],
		},
		videoTranslations: {
			base: 'content/temoignages',
			folders: ['en', 'es', 'ar', 'uk'],
			extensions: ['.md', '.mdx'],
			schema: translationSchema(videoWords),
			idPrefix: true,
		},
	},
	localisation: { mode: 'translated', canonical: 'videos', translations: 'videoTranslations', translatable: Object.keys(videoWords) },
	references: [{ collection: 'videos', field: 'person.profession', to: 'profiles' }],
	profileLink: {
		collection: 'videos',
		field: 'person.profession',
		heading: 'video.profileBlock',
		position: 'top',
		sort: { field: 'recorded', order: 'desc' },
	},
	searchType: 'type.video',
	nav: { label: 'nav.temoignages', order: 12 },
	facets,
	paths: {
		list: () => join(segment),
		entry: (id: string) => join(segment, id),
		filter: (facet: string, value: string) => join(segment, facet, value),
	},
});
