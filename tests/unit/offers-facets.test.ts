import { describe, expect, it } from 'vitest';
import { offerCountsByProfession, offerFacets, offerFilterValues } from '../../src/lib/offers/facets';

type Input = Parameters<typeof offerFilterValues>[0];
const offer = (o: Partial<Input>): Input =>
	({ contractType: 'cdi', profession: 'aide-soignant', apprenticeship: false, beginnerWelcome: false, ...o }) as Input;

describe('offer filters', () => {
	const offers = [
		offer({ town: 'Saint-Sever', contractType: 'cdd', workingTime: 'temps-partiel' }),
		offer({ town: 'Éauze', workingTime: 'temps-plein', profession: 'auxiliaire-de-puericulture' }),
		offer({ town: 'Dax', contractType: 'apprentissage', apprenticeship: true }),
		offer({ town: 'Dax' }),
	];

	it('offer only values the offers hold, once each, in French alphabetical order', () => {
		const facets = offerFacets(offers);
		expect(facets.towns).toEqual(['Dax', 'Éauze', 'Saint-Sever']);
		expect(facets.contracts).toEqual(['Apprentissage', 'CDD', 'CDI']);
		expect(facets.workingTimes).toEqual(['Temps partiel', 'Temps plein']);
	});

	it('use the same words as the search index, so a chosen filter always matches', () => {
		const indexed = offers.flatMap((o) => offerFilterValues(o).ville);
		for (const town of offerFacets(offers).towns) expect(indexed).toContain(town);
		expect(offerFilterValues(offers[2]!).alternance).toEqual(['Oui']);
		expect(offerFilterValues(offers[3]!).alternance).toEqual([]);
	});

	it('count offers per profession, and a different list gets its own counts', () => {
		expect(Object.fromEntries(offerCountsByProfession(offers))).toEqual({ 'aide-soignant': 3, 'auxiliaire-de-puericulture': 1 });
		expect(offerCountsByProfession(offers.slice(0, 1)).get('aide-soignant')).toBe(1);
		expect(offerFacets(offers.slice(1, 2)).towns).toEqual(['Éauze']);
	});
});
