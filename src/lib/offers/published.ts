import type { Offer } from '../../schemas/offer';
import { offerSlug } from './slug';

/**
 * The offers a build publishes, newest first, as `{ id, data }` entries: the
 * offers loader (./loader.ts) writes them, src/lib/content/offers.ts reads them.
 * They are kept out of Astro's content store on purpose: the store is bundled
 * into the build as one JSON string, and with 20,000 offers that string alone
 * cost about 0.5 GB of memory and seconds of bundling (README, "Benchmark").
 * Written on every build, never kept between builds.
 */
export const publishedOffersFile = '.cache/build/offers.json';

export interface PublishedOffer {
	/** The offer's page address segment (offerSlug). */
	id: string;
	data: Offer;
}

/** Offers as entries with their page id, newest first (ties by id, so that lists are stable). */
export function publishedEntries(offers: readonly Offer[]): PublishedOffer[] {
	return offers
		.map((data) => ({ id: offerSlug(data), data }))
		.sort((a, b) => b.data.datePosted.localeCompare(a.data.datePosted) || a.id.localeCompare(b.id));
}
