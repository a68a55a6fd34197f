import { auditSchema } from '../schemas/audit';
import { pageSchema, pageWords } from '../schemas/page';
import { translationSchema } from '../schemas/shared';
import { defineSection, join } from './define';

/** Editorial pages, at the root of the site: /accessibilite/, /mentions-legales/… */
export const pages = defineSection({
	id: 'pages',
	segment: '',
	noun: 'page',
	collections: {
		pages: { base: 'content/pages', folders: ['fr'], extensions: ['.md', '.mdx'], schema: pageSchema, idPrefix: false },
		pageTranslations: {
			base: 'content/pages',
			folders: ['en', 'es', 'ar', 'uk'],
			extensions: ['.md', '.mdx'],
			schema: translationSchema(pageWords),
			idPrefix: true,
		},
		/** The accessibility audit the statement (accessibilite) and the footer are generated from. */
		audit: {
			base: 'content/audit',
			folders: [],
			extensions: ['.yaml'],
			schema: auditSchema,
			idPrefix: false,
			noun: 'audit d’accessibilité',
		},
	},
	localisation: { mode: 'translated', canonical: 'pages', translations: 'pageTranslations', translatable: Object.keys(pageWords) },
	references: [],
	searchType: 'type.page',
	paths: {
		entry: (id: string) => join(id),
		accessibility: () => join('accessibilite'),
		legal: () => join('mentions-legales'),
		privacy: () => join('confidentialite'),
		/** For teachers and counsellors: content/pages/fr/enseignants.mdx, linked from the home page. */
		teachers: () => join('enseignants'),
		/** How to see a job before committing (stage, immersion, volunteering): content/pages/fr/essayer.mdx, linked from every profile. */
		tryIt: () => join('essayer'),
	},
});
