import { sections, type Section } from '../../sections';
import { searchGroups, type SearchGroup } from '../facets';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/strings';
import { getOfferData } from './offers';
import { getProfiles } from './profiles';
import { getDiplomaSummaries } from './trainings';
import { getEvents } from './events';
import { getVideos } from './videos';

type Faceted = Extract<(typeof sections)[number], { facets: readonly unknown[] }>;

/** The items each faceted section's facets read; TypeScript asks for a line here when a section gains facets. */
const itemsOf: { [S in Faceted as S['id']]: (locale: Locale) => Promise<readonly Parameters<S['facets'][number]['valuesOf']>[0][]> } = {
	profiles: async (locale) => (await getProfiles(locale)).map((p) => p.facts),
	offers: () => getOfferData(),
	trainings: async (locale) => (await getDiplomaSummaries(locale)).map((s) => s.listing),
	events: async (locale) => (await getEvents(locale)).upcoming.map((e) => e.listing),
	videos: async (locale) => (await getVideos(locale)).map((v) => v.listing),
};

/**
 * The search page's filter groups: the type of result (every section with a
 * search type that has entries), then every section's `searchForm` facets.
 */
export async function searchPageGroups(locale: Locale, t: Translate): Promise<SearchGroup[]> {
	const type: SearchGroup = { name: 'type', legend: t('search.filterType'), control: 'checkboxes', options: [] };
	const groups: SearchGroup[] = [type];
	for (const section of sections as readonly Section[]) {
		const load = (itemsOf as unknown as Record<string, ((l: Locale) => Promise<readonly never[]>) | undefined>)[section.id];
		const items = load ? await load(locale) : undefined;
		if (section.searchType && (items === undefined || items.length > 0)) type.options.push({ value: section.id, label: t(section.searchType) });
		if (!section.facets || !items) continue;
		const own = searchGroups(section.facets, items, t);
		// Several filters of one section (offers: contract, hours, town…) go together under its name.
		const within = own.filter((g) => g.options.length > 0).length > 1 && section.nav ? t(section.nav.label) : undefined;
		groups.push(...own.map((g) => (within ? { ...g, within } : g)));
	}
	return groups.filter((g) => g.options.length > 0);
}
