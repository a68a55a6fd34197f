import { defineSection, join } from './define';

/**
 * Tools to choose a profession (issue #15): the "Quel métier pour moi ?" quiz and its pre-built
 * results per dominant interest, the comparison of two or three professions, the career paths
 * between professions (how to try a job before committing is an editorial page, paths.pages.tryIt()). They read the profiles and the
 * trainings; they hold no content files of their own.
 */
export const orientation = defineSection({
	id: 'orientation',
	segment: '',
	noun: 'outil d’orientation',
	collections: {},
	localisation: { mode: 'interface' },
	references: [],
	/** The tools' pages are found by search ("quel métier", "comparer"), under their own type. */
	searchType: 'type.tool',
	paths: {
		quiz: () => join('quel-metier'),
		/** Results for one dominant interest (RIASEC letter, as a French word): /quel-metier/social/. Work without JavaScript. */
		quizResult: (interest: string) => join('quel-metier', interest),
		compare: () => join('comparer'),
		/** Every profession's comparison column, for the compare page's script. */
		compareData: () => '/comparer/donnees.json',
		/** A pre-built comparison: /comparer/aide-soignant/accompagnant-educatif-et-social/. */
		comparePair: (a: string, b: string) => join('comparer', a, b),
		careerPaths: () => join('parcours'),
	},
});
