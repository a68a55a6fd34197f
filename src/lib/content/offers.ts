import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile, stat } from 'node:fs/promises';
import { publishedOffersFile, type PublishedOffer } from '../offers/published';
import type { Offer } from '../../schemas/offer';

/** An offer as pages use it: its page id and its validated record. */
export interface OfferEntry extends PublishedOffer {
	collection: 'offers';
}
export type OfferSource = CollectionEntry<'offerSources'>;

interface Published {
	mtimeMs: number;
	offers: OfferEntry[];
	/** The offers' records, as one stable array (facets and counts are cached per array). */
	records: Offer[];
}

// Read once per build: every offer page and profile asks. The offers loader
// (src/lib/offers/loader.ts) has validated and sorted them already; the dev
// server reads the file again when a new collection run has rewritten it.
let current: Promise<Published> | undefined;
const byProfession = new WeakMap<OfferEntry[], Map<string, OfferEntry[]>>();

async function load(): Promise<Published> {
	const { mtimeMs } = await stat(publishedOffersFile);
	const entries = JSON.parse(await readFile(publishedOffersFile, 'utf8')) as PublishedOffer[];
	const offers = entries.map((e) => ({ ...e, collection: 'offers' as const }));
	return { mtimeMs, offers, records: offers.map((o) => o.data) };
}

async function published(): Promise<Published> {
	if (current && import.meta.env.DEV && (await stat(publishedOffersFile)).mtimeMs !== (await current).mtimeMs) current = undefined;
	return (current ??= load());
}

/** Current offers, newest first (the pipeline already left out expired and stale ones). */
export async function getOffers(): Promise<OfferEntry[]> {
	return (await published()).offers;
}

/** The records of getOffers(), as one stable array. */
export async function getOfferData(): Promise<Offer[]> {
	return (await published()).records;
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
