import type { APIRoute, GetStaticPaths } from 'astro';
import { getOffers } from '../../../lib/content/offers';
import { offerRecordsPerFile, offerSearchRecords } from '../../../lib/content/offer-search';

/**
 * The offers' search records, in files of 2,000: src/integrations/pagefind.ts
 * indexes them instead of parsing every offer page, then deletes them, so they
 * are never published.
 */
export const getStaticPaths = (async () => {
	const count = Math.ceil((await getOffers()).length / offerRecordsPerFile);
	return Array.from({ length: count }, (_, i) => ({ params: { chunk: String(i + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const start = (Number(params.chunk) - 1) * offerRecordsPerFile;
	const offers = (await getOffers()).slice(start, start + offerRecordsPerFile);
	return new Response(JSON.stringify(await offerSearchRecords(offers)));
};
