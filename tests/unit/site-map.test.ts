import { describe, expect, it } from 'vitest';
import { navigation, paths } from '../../src/lib/routing';
import { diplomaEntry, siteMapTree, type SiteMapData, type SiteMapLabel } from '../../src/lib/routing/site-map';

// Made-up data in the shapes the page passes: the tree depends on nothing else.
const data: SiteMapData = {
	profiles: [
		{ id: 'aide-soignant', title: 'Aide-soignant / aide-soignante', lang: 'fr' },
		{ id: 'aide-medico-psychologique', title: 'Aide médico-psychologique', lang: 'fr', former: true },
		{ id: 'educateur-specialise', title: 'Éducateur spécialisé', lang: 'fr' },
	],
	diplomas: [{ id: 'deas', title: "Diplôme d'État d'aide-soignant (DEAS)", lang: 'fr' }],
	// Given in file order, as getPages returns them.
	pages: [
		{ id: 'accessibilite', title: 'Accessibilité', lang: 'fr' },
		{ id: 'confidentialite', title: 'Données personnelles', lang: 'fr' },
		{ id: 'demarche-landes', title: 'La démarche dans les Landes', lang: 'fr' },
		{ id: 'enseignants', title: 'Enseignants', lang: 'fr' },
		{ id: 'mentions-legales', title: 'Mentions légales', lang: 'fr' },
	],
};

const hrefs = (links: readonly { href: string }[]) => links.map((l) => l.href);

describe('site map', () => {
	it('has its own address, in every language', () => {
		expect(paths.siteMap()).toBe('/plan-du-site/');
	});

	it('lists the home page, then the main navigation in the header’s order', () => {
		const [sections] = siteMapTree('fr', data);
		expect(sections!.heading).toBe('nav.label');
		expect(sections!.links[0]).toEqual({ href: '/', label: { key: 'nav.home' }, children: [] });
		expect(sections!.links.slice(1).map((l) => l.label)).toEqual(navigation.map((n) => ({ key: n.label })));
		expect(hrefs(sections!.links)).toEqual([
			'/',
			'/metiers/',
			'/temoignages/',
			'/formations/',
			'/offres/',
			'/agenda/',
			'/facile-a-lire/',
			'/recherche/',
		]);
	});

	it('puts the current professions under the profiles and the diplomas under the trainings, former titles left out', () => {
		const links = siteMapTree('fr', data)[0]!.links;
		const under = (path: string) => links.find((l) => l.href === path)!.children;
		expect(under('/metiers/')).toEqual([
			{ href: '/metiers/aide-soignant/', label: { text: 'Aide-soignant / aide-soignante', lang: 'fr' } },
			{ href: '/metiers/educateur-specialise/', label: { text: 'Éducateur spécialisé', lang: 'fr' } },
		]);
		expect(hrefs(under('/formations/'))).toEqual(['/formations/deas/']);
		// Offers (thousands) and events (short-lived) are linked as lists only.
		for (const path of ['/temoignages/', '/offres/', '/agenda/', '/facile-a-lire/', '/recherche/']) expect(under(path)).toEqual([]);
	});

	it('groups the editorial pages, footer order first, then the glossary', () => {
		const information = siteMapTree('fr', data)[1]!;
		expect(information.heading).toBe('sitemap.information');
		expect(hrefs(information.links)).toEqual([
			'/accessibilite/',
			'/mentions-legales/',
			'/confidentialite/',
			'/enseignants/',
			'/demarche-landes/',
			'/glossaire/',
		]);
		expect(information.links.at(-1)!.label).toEqual({ key: 'footer.glossary' });
	});

	it('ends with the orientation tools', () => {
		const tools = siteMapTree('fr', data)[2]!;
		expect(tools.heading).toBe('orientation.tools');
		expect(hrefs(tools.links)).toEqual(['/quel-metier/', '/comparer/', '/parcours/']);
	});

	it('prefixes every address with the locale and keeps each title’s language', () => {
		const groups = siteMapTree('ar', {
			...data,
			profiles: [{ id: 'aide-soignant', title: 'مساعد تمريض', lang: 'ar' }],
			pages: [{ id: 'demarche-landes', title: 'La démarche dans les Landes', lang: 'fr' }],
		});
		const all = groups.flatMap((g) => g.links.flatMap((l) => [l, ...l.children]));
		expect(all.every((l) => l.href.startsWith('/ar/'))).toBe(true);
		const label = (path: string): SiteMapLabel => all.find((l) => l.href === path)!.label;
		expect(label('/ar/metiers/aide-soignant/')).toEqual({ text: 'مساعد تمريض', lang: 'ar' });
		// A page shown in French as a fallback: the component marks it lang="fr".
		expect(label('/ar/demarche-landes/')).toEqual({ text: 'La démarche dans les Landes', lang: 'fr' });
	});

	it('names a diploma in the visitor’s language when translated, else by its French name and acronym', () => {
		const facts = { name: "Diplôme d'État d'aide-soignant", acronym: 'DEAS' };
		expect(diplomaEntry({ id: 'deas', facts, text: {}, lang: 'fr', isFallback: false })).toEqual({
			id: 'deas',
			title: "Diplôme d'État d'aide-soignant (DEAS)",
			lang: 'fr',
		});
		expect(diplomaEntry({ id: 'deas', facts, text: { title: 'شهادة الدولة لمساعد التمريض' }, lang: 'ar', isFallback: false })).toEqual({
			id: 'deas',
			title: 'شهادة الدولة لمساعد التمريض',
			lang: 'ar',
		});
		// A missing translation: the French words, marked French.
		expect(diplomaEntry({ id: 'x', facts: { name: 'Titre professionnel' }, text: {}, lang: 'fr', isFallback: true })).toEqual({
			id: 'x',
			title: 'Titre professionnel',
			lang: 'fr',
		});
	});
});
