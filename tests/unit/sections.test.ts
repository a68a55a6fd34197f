import { describe, expect, it } from 'vitest';
import {
	countsByValue,
	facetValueLabel,
	filterActive,
	indexFilters,
	matchesFacet,
	prebuiltFilters,
	searchGroups,
} from '../../src/lib/facets';
import { translator } from '../../src/lib/i18n/strings';
import { href, navigation, paths } from '../../src/lib/routing';
import {
	events,
	fileCollections,
	frenchOnlySections,
	isSingleLanguagePath,
	offers,
	pages,
	profiles,
	sectionOfCollection,
	sections,
	trainings,
} from '../../src/sections';
import { noDiploma } from '../../src/sections/profiles';
import fr from '../../content/ui/fr.json';
import ukStrings from '../../content/ui/uk.json';

const t = translator(fr);

describe('section registry', () => {
	it('declares every section once, with unique ids and segments', () => {
		const ids = sections.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		const segments = sections.map((s) => s.segment).filter(Boolean);
		expect(new Set(segments).size).toBe(segments.length);
	});

	it('lists every file collection, each in one section, with a French content folder', () => {
		expect(Object.keys(fileCollections).sort()).toEqual([
			'audit',
			'diplomaTranslations',
			'diplomas',
			'easyRead',
			'easyReadTranslations',
			'eventTranslations',
			'events',
			'glossary',
			'glossaryTranslations',
			'pageTranslations',
			'pages',
			'profileTranslations',
			'profiles',
			'trainingOrganisations',
			'trainingSessions',
			'videoTranslations',
			'videos',
		]);
		for (const [name, spec] of Object.entries(fileCollections)) {
			expect(sectionOfCollection(name), name).toBeDefined();
			expect(spec.base).toMatch(/^content\/[a-z-]+(\/[a-z-]+)?$/);
		}
		expect(sectionOfCollection('offerSources')?.id).toBe('offers');
	});

	it('names translatable fields once: a translation accepts them and refuses facts', () => {
		const words = {
			title: 'Care assistant',
			hook: 'You help people every day.',
			skills: ['Listen'],
			qualities: ['Patience'],
			workingConditions: ['Nights'],
		};
		const schema = profiles.collections.profileTranslations.schema;
		expect(schema.safeParse(words).success).toBe(true);
		expect(schema.safeParse({ ...words, level: 4 }).success).toBe(false);
		expect(profiles.localisation.translatable).toContain('hook');
		expect(profiles.localisation.translatable).not.toContain('level');
		expect(pages.localisation.translatable).toEqual(['title', 'description', 'updated']);
	});

	it('declares the references the content checker follows', () => {
		expect(profiles.references.map((r) => r.field)).toEqual(['careerMoves', 'replacedBy']);
		expect(offers.profileLink?.field).toBe('profession');
	});

	it('builds the main navigation from the sections, in order', () => {
		expect(navigation.map((n) => n.path)).toEqual([
			'/metiers/',
			'/temoignages/',
			'/formations/',
			'/offres/',
			'/agenda/',
			'/facile-a-lire/',
			'/recherche/',
		]);
	});
});

describe('paths', () => {
	it('are French, end with a slash, and take a locale prefix except in French', () => {
		expect(paths.profiles.entry('aide-soignant')).toBe('/metiers/aide-soignant/');
		expect(paths.profiles.filter('lieu', 'ehpad')).toBe('/metiers/lieu/ehpad/');
		expect(paths.offers.list()).toBe('/offres/');
		expect(paths.offers.list(3)).toBe('/offres/3/');
		expect(paths.offers.profession('aide-soignant', 2)).toBe('/offres/metier/aide-soignant/2/');
		expect(paths.pages.accessibility()).toBe('/accessibilite/');
		expect(href('ar', paths.search())).toBe('/ar/recherche/');
		expect(href('fr', paths.home())).toBe('/');
	});

	it('know which pages exist in French only', () => {
		expect(isSingleLanguagePath(paths.offers.entry('france-travail-123'))).toBe(true);
		expect(isSingleLanguagePath(paths.offers.list(2))).toBe(false);
		expect(isSingleLanguagePath(paths.offers.profession('aide-soignant'))).toBe(false);
		expect(isSingleLanguagePath(paths.profiles.entry('aide-soignant'))).toBe(false);
		expect(frenchOnlySections).toEqual(['offers']);
	});
});

describe('profile facets', () => {
	type Facts = Parameters<(typeof profiles.facets)[number]['valuesOf']>[0];
	const aes: Facts = { sectors: ['autonomie', 'handicap'], workplaces: ['domicile'], level: 3 };
	const [sector, level, workplace] = profiles.facets;

	it('match by sector, level, workplace and "no diploma"', () => {
		expect(matchesFacet(sector, aes, 'handicap')).toBe(true);
		expect(matchesFacet(sector, aes, 'insertion')).toBe(false);
		expect(matchesFacet(level, aes, '3')).toBe(true);
		expect(matchesFacet(workplace, aes, 'ehpad')).toBe(false);
		expect(matchesFacet(level, { ...aes, level: null }, noDiploma)).toBe(true);
	});

	it('leave former job titles out of filtered lists', () => {
		expect(matchesFacet(sector, { ...aes, replacedBy: 'accompagnant-educatif-et-social' }, 'handicap')).toBe(false);
	});

	it('pre-build one list per value that matches a profile, and index every facet', () => {
		const built = prebuiltFilters(profiles.facets, [aes]).map((f) => paths.profiles.filter(f.facet.id, f.value.value));
		expect(built).toEqual(['/metiers/secteur/autonomie/', '/metiers/secteur/handicap/', '/metiers/niveau/3/', '/metiers/lieu/domicile/']);
		expect(indexFilters(profiles.facets, aes)).toEqual({ secteur: ['autonomie', 'handicap'], niveau: ['3'], lieu: ['domicile'] });
	});

	it('label values in the visitor language', () => {
		expect(facetValueLabel(level.values()[0]!, t)).toEqual({ text: t('level.value', { level: 3 }) });
	});

	it('give an offer word its translation with the French word job ads use beside it, once', () => {
		const contract = offers.facets!.find((f) => f.id === 'contrat')!;
		const values = contract.values([{ contractType: 'cdi' }, { contractType: 'interim' }] as never[]);
		const uk = translator(ukStrings, 'uk');
		expect(values.map((v) => facetValueLabel(v, uk).text)).toEqual([
			'Безстроковий договір (CDI)',
			'Тимчасова робота через агентство (Intérim)',
		]);
		// French: "Intérim" is its own label, not "Intérim (Intérim)".
		expect(values.map((v) => facetValueLabel(v, t).text)).toEqual(['Contrat à durée indéterminée (CDI)', 'Intérim']);
		expect(values.map((v) => v.value)).toEqual(['CDI', 'Intérim']);
	});

	it('narrow a list to the active filter, or show it all', () => {
		const entries: { facts: Facts }[] = [{ facts: aes }, { facts: { ...aes, sectors: ['insertion'] } }];
		const active = { facet: sector, value: { value: 'handicap', key: 'sector.handicap' } } as const;
		expect(filterActive(entries, active, (e) => e.facts)).toEqual([entries[0]]);
		expect(filterActive(entries, undefined, (e) => e.facts)).toBe(entries);
	});
});

describe('place facets', () => {
	const landes = { id: 'landes', name: 'Landes' };
	const dax = { id: 'dax', name: 'Dax' };
	const france = { id: 'france', name: 'France' };

	it('offer the places found once, in French order, named in French', () => {
		const territory = trainings.facets.find((f) => f.id === 'territoire')!;
		const items = [{ places: [landes, dax] }, { places: [dax] }] as never[];
		expect(territory.values(items)).toEqual([
			{ value: 'dax', text: 'Dax', lang: 'fr' },
			{ value: 'landes', text: 'Landes', lang: 'fr' },
		]);
	});

	it('translate the national place of events', () => {
		const territory = events.facets.find((f) => f.id === 'territoire')!;
		expect(territory.values([{ places: [landes, france] }] as never[])).toEqual([
			{ value: 'france', key: 'event.national' },
			{ value: 'landes', text: 'Landes', lang: 'fr' },
		]);
	});
});

describe('offer facets', () => {
	type Offer = Parameters<(typeof offers.facets)[number]['valuesOf']>[0];
	const offer = (o: Partial<Offer>): Offer =>
		({
			contractType: 'cdi',
			profession: 'aide-soignant',
			apprenticeship: false,
			beginnerWelcome: false,
			workingTime: null,
			town: null,
			...o,
		}) as Offer;
	const list = [
		offer({ town: 'Saint-Sever', contractType: 'cdd', workingTime: 'temps-partiel' }),
		offer({ town: 'Éauze', workingTime: 'temps-plein', profession: 'auxiliaire-de-puericulture' }),
		offer({ town: 'Dax', contractType: 'apprentissage', apprenticeship: true }),
		offer({ town: 'Dax' }),
	];

	it('offer only values the offers hold, once each, in French alphabetical order', () => {
		const groups = Object.fromEntries(searchGroups(offers.facets, list, t).map((g) => [g.name, g.options.map((o) => o.value)]));
		expect(groups).toEqual({
			contrat: ['Apprentissage', 'CDD', 'CDI'],
			temps: ['Temps partiel', 'Temps plein'],
			ville: ['Dax', 'Éauze', 'Saint-Sever'],
			alternance: ['Oui'],
			debutants: ['Oui'],
		});
	});

	it('index the French words the form offers', () => {
		expect(indexFilters(offers.facets, list[2]!)).toMatchObject({ contrat: ['Apprentissage'], alternance: ['Oui'], ville: ['Dax'] });
		expect(indexFilters(offers.facets, list[3]!).alternance).toEqual([]);
	});

	it('count offers per profession once per list', () => {
		const byProfession = offers.facets.find((f) => f.id === 'metier')!;
		expect(Object.fromEntries(countsByValue(byProfession, list))).toEqual({ 'aide-soignant': 3, 'auxiliaire-de-puericulture': 1 });
		expect(countsByValue(byProfession, list.slice(0, 1)).get('aide-soignant')).toBe(1);
	});
});

describe('classroom copies', () => {
	it('are the projection views and the print documents, kept out of the sitemap', async () => {
		const { isClassroomCopy, paths } = await import('../../src/lib/routing');
		const { sitemapOptions } = await import('../../src/lib/seo/sitemap');
		expect(isClassroomCopy(paths.classroom.projection('aide-soignant'))).toBe(true);
		expect(isClassroomCopy(paths.classroom.printAll())).toBe(true);
		expect(isClassroomCopy(paths.classroom.worksheet('aide-soignant'))).toBe(false);
		expect(isClassroomCopy(paths.profiles.entry('aide-soignant'))).toBe(false);
		const { filter } = sitemapOptions();
		expect(filter('https://example.org/ar/metiers/aide-soignant/projection/')).toBe(false);
		expect(filter('https://example.org/metiers/imprimer/')).toBe(false);
		expect(filter('https://example.org/metiers/aide-soignant/fiche-eleve/')).toBe(true);
	});
});
