import type { UiKey } from '../i18n/strings';

/**
 * Professions one can move on to that this site does not present (health professions,
 * outside the "métiers du lien"). The career paths page names them, marked as outside
 * this site. This file is their one source: a profile never lists them in `careerMoves`.
 */
export interface ExternalDestination {
	id: string;
	/** Diploma level of the profession (France Compétences' nomenclature). */
	level: 3 | 4 | 5 | 6;
	/** Profiles (ids of content/metiers/fr/) from which the move is made. */
	from: readonly string[];
	/** Its name in the visitor's language (content/ui/*.json). */
	name: UiKey;
	/** The diploma's page on this site, when the site has one (content/formations/fr/<id>.mdx). */
	diploma?: string;
	/** A route reserved to the people of `from`, said in plain words, with its public source. */
	route?: { text: UiKey; source: { name: string; url: string } };
}

export const externalDestinations: readonly ExternalDestination[] = [
	{
		// Diplôme d'État d'infirmier, grade licence (level 6), prepared in an IFSI. Since the arrêté of
		// 3 July 2023 (amending the arrêté of 31 July 2009), aides-soignants with at least three years of
		// full-time experience in the last five enter the second year after a validated three-month course.
		id: 'infirmier',
		level: 6,
		from: ['aide-soignant'],
		name: 'careerPaths.external.infirmier',
		route: {
			text: 'careerPaths.external.infirmier.route',
			source: {
				name: 'La cohésion sociale recrute (ministère des Solidarités)',
				url: 'https://lacohesionsocialerecrute.fr/particulier/actualites/les-aides-soignants-peuvent-acceder-la-2eme-annee-de-formation-en-soins-infirmiers',
			},
		},
	},
	{
		// The DEAP has no profile here (a health profession), but this site has its diploma page, and
		// its shortened routes (shortenedFrom: deas, deaes) say who reaches it faster.
		id: 'auxiliaire-de-puericulture',
		level: 4,
		from: ['accompagnant-educatif-et-social', 'aide-soignant'],
		name: 'careerPaths.external.auxiliaireDePuericulture',
		diploma: 'deap',
	},
];
