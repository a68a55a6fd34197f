import type { Offer } from '../../schemas/offer';

/**
 * Search-index filter values of an offer page, in French (offers are French),
 * and the lists the offer filter form offers. One function for both, so the
 * form can only offer values the index holds.
 */
export const offerTypeLabel = "Offre d'emploi";

export function offerFilterValues(
	offer: Pick<Offer, 'contractLabel' | 'contractType' | 'workingTime' | 'town' | 'apprenticeship' | 'beginnerWelcome' | 'profession'>,
) {
	return {
		contrat: [contractName(offer)],
		temps: offer.workingTime ? [offer.workingTime === 'temps-plein' ? 'Temps plein' : 'Temps partiel'] : [],
		ville: offer.town ? [offer.town] : [],
		alternance: offer.apprenticeship ? ['Oui'] : [],
		debutants: offer.beginnerWelcome ? ['Oui'] : [],
		metier: [offer.profession],
	};
}

function contractName(offer: Pick<Offer, 'contractType'>): string {
	return {
		cdi: 'CDI',
		cdd: 'CDD',
		interim: 'Intérim',
		saisonnier: 'Saisonnier',
		liberal: 'Libéral',
		apprentissage: 'Apprentissage',
		autre: 'Autre',
	}[offer.contractType];
}

type FacetInput = Parameters<typeof offerFilterValues>[0];
type Facets = { type: string; contracts: string[]; workingTimes: string[]; towns: string[] };

const frenchOrder = new Intl.Collator('fr').compare;
// Every list page of every locale shows the same form over the same offers:
// computed once per list, or 20,000 offers make the lists dominate the build.
const facetsOf = new WeakMap<readonly FacetInput[], Facets>();

export function offerFacets(offers: readonly FacetInput[]): Facets {
	let facets = facetsOf.get(offers);
	if (!facets) {
		const values = offers.map(offerFilterValues);
		const collect = (key: 'contrat' | 'temps' | 'ville') => [...new Set(values.flatMap((v) => v[key]))].sort(frenchOrder);
		facets = { type: offerTypeLabel, contracts: collect('contrat'), workingTimes: collect('temps'), towns: collect('ville') };
		facetsOf.set(offers, facets);
	}
	return facets;
}

const countsOf = new WeakMap<readonly { profession: string }[], Map<string, number>>();

/** Number of offers per profession id, computed once per list. */
export function offerCountsByProfession(offers: readonly { profession: string }[]): Map<string, number> {
	let counts = countsOf.get(offers);
	if (!counts) {
		counts = new Map();
		for (const o of offers) counts.set(o.profession, (counts.get(o.profession) ?? 0) + 1);
		countsOf.set(offers, counts);
	}
	return counts;
}
