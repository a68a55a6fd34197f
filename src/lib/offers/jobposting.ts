import type { Offer } from '../../schemas/offer';
import { escapeHtml } from '../html';

const employmentTypes: Record<Offer['contractType'], string[]> = {
	cdi: ['FULL_TIME'],
	cdd: ['TEMPORARY'],
	interim: ['TEMPORARY'],
	saisonnier: ['TEMPORARY'],
	liberal: ['CONTRACTOR'],
	apprentissage: ['INTERN'],
	autre: ['OTHER'],
};

/**
 * schema.org JobPosting with every field Google requires (title, description,
 * datePosted, hiringOrganization, jobLocation) plus validThrough: the date after
 * which the site stops showing the offer.
 */
export function jobPostingJsonLd(offer: Offer, validThrough: string, sourceName: string) {
	const time = offer.workingTime === 'temps-partiel' ? 'PART_TIME' : offer.workingTime === 'temps-plein' ? 'FULL_TIME' : null;
	const types = [...new Set([...employmentTypes[offer.contractType], ...(time ? [time] : [])])];
	return {
		'@context': 'https://schema.org',
		'@type': 'JobPosting',
		title: offer.title,
		description: htmlParagraphs(offer.description || offer.title),
		datePosted: offer.datePosted,
		validThrough,
		employmentType: types,
		hiringOrganization: { '@type': 'Organization', name: offer.employer ?? sourceName },
		jobLocation: {
			'@type': 'Place',
			address: {
				'@type': 'PostalAddress',
				...(offer.town ? { addressLocality: offer.town } : {}),
				...(offer.postcode ? { postalCode: offer.postcode } : {}),
				...(offer.departement ? { addressRegion: offer.departement } : {}),
				addressCountry: 'FR',
			},
		},
		identifier: { '@type': 'PropertyValue', name: sourceName, value: offer.sourceId },
		directApply: false,
		url: offer.url,
		occupationalCategory: offer.romeCode,
	};
}

/** Plain text to escaped HTML paragraphs: Google wants HTML; the text must never become markup. */
export function htmlParagraphs(text: string): string {
	return text
		.split(/\n{2,}/)
		.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
		.join('');
}

/** The last day the site shows an offer: its own end date, else the configured maximum age. */
export function offerValidThrough(offer: Offer, maxAgeDays: number): string {
	if (offer.validThrough) return offer.validThrough;
	return new Date(Date.parse(offer.datePosted) + maxAgeDays * 86_400_000).toISOString();
}
