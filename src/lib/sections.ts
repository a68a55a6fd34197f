import type { UiKey } from './i18n';

/**
 * The site's top-level sections, in navigation order. Each content issue adds
 * its section here once its pages exist, so the header never links to a page
 * that is not built. Segments are French and identical in every locale.
 */
export const sections = [
	{ id: 'metiers', label: 'nav.metiers', path: '/metiers/' },
	{ id: 'offres', label: 'nav.offres', path: '/offres/' },
	{ id: 'recherche', label: 'nav.recherche', path: '/recherche/' },
] as const satisfies readonly {
	id: string;
	label: UiKey;
	path: string;
}[];
