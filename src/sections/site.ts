import { defineSection, join } from './define';

/** Pages that belong to no content section: the home page and the search page. */
export const site = defineSection({
	id: 'site',
	segment: '',
	noun: 'page',
	collections: {},
	localisation: { mode: 'interface' },
	references: [],
	nav: { label: 'nav.recherche', order: 90 },
	paths: {
		home: () => join(),
		search: () => join('recherche'),
		/** The HTML site map (RGAA 12.3); the XML one, paths.sitemap(), is for search engines. */
		siteMap: () => join('plan-du-site'),
	},
});
