import { easyReadSchema, easyReadWords } from '../schemas/easy-read';
import { translationSchema } from '../schemas/shared';
import { defineSection, join } from './define';

const segment = 'facile-a-lire';

/**
 * Job profiles in "Facile à lire et à comprendre" (FALC, easy to read): one YAML file per
 * profile, under the profile's address (/metiers/<id>/facile-a-lire/), and a page that explains
 * the method and lists them (/facile-a-lire/).
 */
export const easyRead = defineSection({
	id: 'easyRead',
	segment,
	noun: 'version facile à lire',
	collections: {
		easyRead: { base: 'content/facile-a-lire', folders: ['fr'], extensions: ['.yaml'], schema: easyReadSchema, idPrefix: false },
		easyReadTranslations: {
			base: 'content/facile-a-lire',
			folders: ['en', 'es', 'ar', 'uk'],
			extensions: ['.yaml'],
			schema: translationSchema(easyReadWords),
			idPrefix: true,
		},
	},
	localisation: {
		mode: 'translated',
		canonical: 'easyRead',
		translations: 'easyReadTranslations',
		translatable: Object.keys(easyReadWords),
	},
	references: [],
	/** Each current profile has one, by the same id (content/facile-a-lire/fr/aide-soignant.yaml). */
	companionOf: { collection: 'easyRead', to: 'profiles', requiredFor: (profile) => !profile['replacedBy'] },
	searchType: 'type.easyRead',
	nav: { label: 'nav.easyRead', order: 30 },
	paths: {
		list: () => join(segment),
		entry: (id: string) => join('metiers', id, segment),
	},
});
