import { getCollection, type CollectionEntry } from 'astro:content';

export type OfferEntry = CollectionEntry<'offers'>;
export type OfferSource = CollectionEntry<'offerSources'>;

/** Current offers, newest first (the pipeline already left out expired and stale ones). */
export async function getOffers(): Promise<OfferEntry[]> {
	const offers = await getCollection('offers');
	return offers.sort((a, b) => b.data.datePosted.localeCompare(a.data.datePosted) || a.id.localeCompare(b.id));
}

export async function getOfferSources(): Promise<OfferSource[]> {
	return getCollection('offerSources');
}

export function offersFor(offers: OfferEntry[], profession: string): OfferEntry[] {
	return offers.filter((o) => o.data.profession === profession);
}

/** France Travail's licence: every display names the source, the date of the data and links to the licence. */
export const licenceUrl = 'https://francetravail.io/produits-partages/documentation/utilisation-api-france-travail/conditions-generales-dutilisation';
