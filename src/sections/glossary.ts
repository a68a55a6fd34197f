import { glossarySchema, glossaryTranslationWords, glossaryWords } from '../schemas/glossary';
import { translationSchema } from '../schemas/shared';
import { defineSection, join } from './define';

const segment = 'glossaire';

/** The acronyms of the field explained: one page per language, one YAML file per acronym and language. */
export const glossary = defineSection({
	id: 'glossary',
	segment,
	noun: 'sigle',
	collections: {
		glossary: { base: 'content/glossaire', folders: ['fr'], extensions: ['.yaml'], schema: glossarySchema, idPrefix: false },
		glossaryTranslations: {
			base: 'content/glossaire',
			folders: ['en', 'es', 'ar', 'uk'],
			extensions: ['.yaml'],
			schema: translationSchema(glossaryTranslationWords),
			idPrefix: true,
		},
	},
	localisation: {
		mode: 'translated',
		canonical: 'glossary',
		translations: 'glossaryTranslations',
		translatable: Object.keys(glossaryWords),
	},
	references: [],
	searchType: 'type.glossary',
	paths: {
		list: () => join(segment),
		/** Each acronym is an anchor of the one page: /glossaire/#ehpad. */
		entry: (id: string) => `${join(segment)}#${id}`,
	},
});
