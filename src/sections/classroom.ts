import { defineSection, join } from './define';

/**
 * The classroom kit (issue #15): a profile projected one section per screen, a pupils'
 * worksheet per profile on one A4 page, and every profile as one document to print. The
 * teachers' page itself is an editorial page (content/pages/<locale>/enseignants.mdx).
 */
export const classroom = defineSection({
	id: 'classroom',
	segment: '',
	noun: 'outil pour la classe',
	collections: {},
	localisation: { mode: 'interface' },
	references: [],
	paths: {
		projection: (id: string) => join('metiers', id, 'projection'),
		worksheet: (id: string) => join('metiers', id, 'fiche-eleve'),
		printAll: () => join('metiers', 'imprimer'),
	},
});
