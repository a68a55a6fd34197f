import type { Offer } from '../../schemas/offer';

/**
 * Search-index filter values of an offer page, in French (offers are French),
 * and the lists the offer filter form offers. One function for both, so the
 * form can only offer values the index holds.
 */
export const offerTypeLabel = "Offre d'emploi";

export function offerFilterValues(offer: Pick<Offer, 'contractLabel' | 'contractType' | 'workingTime' | 'town' | 'apprenticeship' | 'beginnerWelcome' | 'profession'>) {
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
	return { cdi: 'CDI', cdd: 'CDD', interim: 'Intérim', saisonnier: 'Saisonnier', liberal: 'Libéral', apprentissage: 'Apprentissage', autre: 'Autre' }[offer.contractType];
}

export function offerFacets(offers: Parameters<typeof offerFilterValues>[0][]) {
	const collect = (key: 'contrat' | 'temps' | 'ville') =>
		[...new Set(offers.flatMap((o) => offerFilterValues(o)[key]))].sort((a, b) => a.localeCompare(b, 'fr'));
	return { type: offerTypeLabel, contracts: collect('contrat'), workingTimes: collect('temps'), towns: collect('ville') };
}
