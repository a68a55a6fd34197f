import territory from 'virtual:territory';
import { offers as section } from '../../sections';
import { indexFilters } from '../facets';
import { formatDate } from '../format';
import { useTranslations } from '../i18n';
import { offerSearchDocument } from '../offers/search-document';
import { href, paths } from '../routing';
import type { Offer } from '../../schemas/offer';
import { getOfferSources, type OfferEntry } from './offers';
import { displayTitle, getProfiles } from './profiles';

/** The search filters of an offer: its facets and the territory (the same on its page and in its search record). */
export const offerSearchFilters = (o: Offer): Record<string, readonly string[]> => ({
	...indexFilters(section.facets, o),
	territoire: [territory.name],
});

/** Offers per records file: bounded memory however many offers the feed brings. */
export const offerRecordsPerFile = 2000;

export interface OfferSearchRecord {
	url: string;
	html: string;
}

/** The search index documents of some offers (French, as offers are), for src/integrations/pagefind.ts. */
export async function offerSearchRecords(offers: readonly OfferEntry[]): Promise<OfferSearchRecord[]> {
	const t = useTranslations('fr');
	const sourceNames = new Map((await getOfferSources()).map((s) => [s.id, s.data.name]));
	const professions = new Map((await getProfiles('fr')).map((p) => [p.id, displayTitle(p)]));
	const typeLabel = t(section.searchType);
	return offers.map(({ id, data: o }) => ({
		url: href('fr', paths.offers.entry(id)),
		html: offerSearchDocument(o, {
			t,
			section: section.id,
			typeLabel,
			filters: offerSearchFilters(o),
			professionTitle: o.profession ? professions.get(o.profession) : undefined,
			sourceName: sourceNames.get(o.source) ?? o.source,
			posted: t('offers.posted', { date: formatDate(new Date(o.datePosted), 'fr') }),
		}),
	}));
}
