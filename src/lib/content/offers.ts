import { getCollection, type CollectionEntry } from 'astro:content';

export type OfferEntry = CollectionEntry<'offers'>;
export type OfferSource = CollectionEntry<'offerSources'>;

// Read and sorted once per build: every offer page and profile asks, and with
// 20,000 offers sorting on each request would dominate the build.
let sorted: Promise<OfferEntry[]> | undefined;
let records: Promise<OfferEntry['data'][]> | undefined;
const byProfession = new WeakMap<OfferEntry[], Map<string, OfferEntry[]>>();

/** Current offers, newest first (the pipeline already left out expired and stale ones). */
export function getOffers(): Promise<OfferEntry[]> {
	sorted ??= getCollection('offers').then((offers) =>
		offers.sort((a, b) => b.data.datePosted.localeCompare(a.data.datePosted) || a.id.localeCompare(b.id)),
	);
	return sorted;
}

/** The records of getOffers(), as one stable array (facets and counts are cached per array). */
export function getOfferData(): Promise<OfferEntry['data'][]> {
	records ??= getOffers().then((offers) => offers.map((o) => o.data));
	return records;
}

export async function getOfferSources(): Promise<OfferSource[]> {
	return getCollection('offerSources');
}

export function offersFor(offers: OfferEntry[], profession: string): OfferEntry[] {
	let lists = byProfession.get(offers);
	if (!lists) byProfession.set(offers, (lists = new Map()));
	let mine = lists.get(profession);
	if (!mine) lists.set(profession, (mine = offers.filter((o) => o.data.profession === profession)));
	return mine;
}

/** France Travail's licence: every display names the source, the date of the data and links to the licence. */
export const licenceUrl = 'https://francetravail.io/produits-partages/documentation/utilisation-api-france-travail/conditions-generales-dutilisation';
