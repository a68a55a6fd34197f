/**
 * getStaticPaths of every page, computed from the section registry and the
 * content: pages import these and stay thin; their props are typed with
 * InferGetStaticPropsType (https://docs.astro.build/en/reference/routing-reference/#getstaticpaths).
 */
import {
	events as eventsSection,
	profiles as profilesSection,
	trainings as trainingsSection,
	videos as videosSection,
} from '../../sections';
import { getOffers, offersFor } from '../content/offers';
import { getPages } from '../content/pages';
import { getEasyReads } from '../content/easy-read';
import { displayTitle, getProfiles, isCurrentProfession } from '../content/profiles';
import { getDiplomaSummaries, getOrganisations } from '../content/trainings';
import { getEvents, type EventView } from '../content/events';
import { getVideos } from '../content/videos';
import { getOrientation } from '../content/orientation';
import { interestSlugs, quizInterests } from '../orientation/quiz';
import { prebuiltFilters, type ActiveFilter } from '../facets';
import { defaultLocale, type Locale } from '../i18n/locales';
import type { Facet } from '../../sections';
import { localeStaticPaths } from '../i18n/paths';
import { pagesOf } from '../pagination';
import { trimmedAddresses } from './trimmed';

/** One page per locale (home, lists, search): French has no prefix. */
export const localeRoutes = localeStaticPaths;

/** Loads a section's entries in one language, in the order its list shows them. */
type Load<Entry> = (locale: Locale) => Promise<Entry[]>;

/** A section's list, once per locale, its entries under `key`: /metiers/, /temoignages/. */
function listRoutes<const Key extends string, Entry>(key: Key, load: Load<Entry>) {
	return Promise.all(
		localeStaticPaths().map(async ({ params, props }) => ({ params, props: { [key]: await load(props.locale) } as Record<Key, Entry[]> })),
	);
}

/** One pre-built list per value of a `prebuilt` facet that matches at least one entry: /metiers/secteur/handicap/. */
async function filterRoutes<const Key extends string, Entry, Item>(
	key: Key,
	facets: readonly Facet<Item>[],
	load: Load<Entry>,
	listing: (entry: Entry) => Item,
) {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const entries = await load(props.locale);
		for (const active of prebuiltFilters(facets, entries.map(listing))) {
			routes.push({
				params: { ...params, facet: active.facet.id, value: active.value.value },
				props: { [key]: entries, active } as Record<Key, Entry[]> & { active: ActiveFilter<Item> },
			});
		}
	}
	return routes;
}

const upcomingEvents: Load<EventView> = async (locale) => (await getEvents(locale)).upcoming;

export async function profileRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const all = await getProfiles(props.locale);
		for (const profile of all) routes.push({ params: { ...params, id: profile.id }, props: { profile, all } });
	}
	return routes;
}

export const profileListRoutes = () => listRoutes('profiles', getProfiles);

/** The classroom kit of each current profession (not a former title), in every locale: /metiers/<id>/projection/, /metiers/<id>/fiche-eleve/. */
export async function classroomRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		for (const profile of (await getProfiles(props.locale)).filter(isCurrentProfession)) {
			routes.push({ params: { ...params, id: profile.id }, props: { profile } });
		}
	}
	return routes;
}

/** /metiers/imprimer/: every current profession's printed sheet in one document, in every locale. */
export const printAllRoutes = () => listRoutes('profiles', async (locale) => (await getProfiles(locale)).filter(isCurrentProfession));

/** /metiers/<id>/facile-a-lire/ for each profile of this territory that has its easy-to-read version. */
export async function easyReadRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const profiles = new Map((await getProfiles(props.locale)).map((p) => [p.id, p]));
		for (const page of await getEasyReads(props.locale)) {
			const profile = profiles.get(page.id);
			if (profile) routes.push({ params: { ...params, id: page.id }, props: { page, profile } });
		}
	}
	return routes;
}

/** /facile-a-lire/: what easy to read means, and the profiles that have their version. */
export const easyReadListRoutes = () =>
	listRoutes('pages', async (locale) => {
		const profiles = new Map((await getProfiles(locale)).map((p) => [p.id, p]));
		return (await getEasyReads(locale)).flatMap((page) => {
			const profile = profiles.get(page.id);
			return profile ? [{ page, profile }] : [];
		});
	});

export const profileFilterRoutes = () => filterRoutes('profiles', profilesSection.facets, getProfiles, (p) => p.facts);

export async function pageRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		for (const page of await getPages(props.locale)) routes.push({ params: { ...params, page: page.id }, props: { page } });
	}
	return routes;
}

/** /offres/, /offres/2/, … in every locale. */
export async function offerListRoutes() {
	const offers = await getOffers();
	const pages = pagesOf(offers);
	return localeStaticPaths().flatMap(({ params }) =>
		pages.map((page) => ({
			params: { ...params, page: page.current > 1 ? String(page.current) : undefined },
			props: { ...page, total: offers.length },
		})),
	);
}

/** /offres/metier/<profession>/ for each profession that has offers, paginated like /offres/. */
export async function offerProfessionRoutes() {
	const offers = await getOffers();
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		for (const profile of await getProfiles(props.locale)) {
			const mine = offersFor(offers, profile.id);
			if (!mine.length) continue;
			for (const page of pagesOf(mine)) {
				routes.push({
					params: { ...params, profession: profile.id, page: page.current > 1 ? String(page.current) : undefined },
					props: { ...page, total: mine.length, profile: { id: profile.id, title: displayTitle(profile), lang: profile.lang } },
				});
			}
		}
	}
	return routes;
}

/** Offers are published in French by employers: one page each, in French (/offres/<id>/). */
export async function offerRoutes() {
	return (await getOffers()).map((offer) => ({ params: { id: offer.id }, props: { offer } }));
}

export const trainingListRoutes = () => listRoutes('summaries', getDiplomaSummaries);

export const trainingFilterRoutes = () => filterRoutes('summaries', trainingsSection.facets, getDiplomaSummaries, (s) => s.listing);

/** One page per diploma, in every locale: /formations/deas/. */
export async function diplomaRoutes() {
	const organisations = await getOrganisations();
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const summaries = await getDiplomaSummaries(props.locale);
		for (const summary of summaries) {
			routes.push({
				params: { ...params, id: summary.diploma.id },
				props: { summary, all: summaries, organisations: organisations.filter((o) => o.diplomas.includes(summary.diploma.id)) },
			});
		}
	}
	return routes;
}

export const eventListRoutes = () => listRoutes('events', upcomingEvents);

export const eventArchiveRoutes = () => listRoutes('events', async (locale) => (await getEvents(locale)).past);

export const eventFilterRoutes = () => filterRoutes('events', eventsSection.facets, upcomingEvents, (e) => e.listing);

/** One page per event, upcoming or past, in every locale: /agenda/<id>/. */
export async function eventRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const { upcoming, past } = await getEvents(props.locale);
		for (const event of [...upcoming, ...past]) routes.push({ params: { ...params, id: event.id }, props: { event } });
	}
	return routes;
}

export const videoListRoutes = () => listRoutes('videos', getVideos);

export const videoFilterRoutes = () => filterRoutes('videos', videosSection.facets, getVideos, (v) => v.listing);

/** One page per video, in every locale: /temoignages/<id>/. */
export async function videoRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		for (const video of await getVideos(props.locale)) routes.push({ params: { ...params, id: video.id }, props: { video } });
	}
	return routes;
}

/** /metiers/secteur/ and the like, in every locale: a page that forwards to the section's list. */
export function trimmedRoutes() {
	return trimmedAddresses().map((address) => ({ params: { trimmed: address.from.slice(1, -1) }, props: { address } }));
}

/** The missing page of each language folder but French, whose /404.html Astro builds from src/pages/404.astro. */
export const notFoundRoutes = () => localeStaticPaths().filter(({ props }) => props.locale !== defaultLocale);

/** /quel-metier/<interest>/: the quiz's results without JavaScript, one page per interest some profession has. */
export async function quizResultRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const { professions } = await getOrientation(props.locale);
		for (const interest of quizInterests) {
			if (professions.some((p) => p.quiz.riasec.includes(interest)))
				routes.push({ params: { ...params, interest: interestSlugs[interest] }, props: { interest } });
		}
	}
	return routes;
}

/** /comparer/<first>/<second>/: the common comparisons, pre-built so that they work without JavaScript. */
export async function comparePairRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const { pairs, compare } = await getOrientation(props.locale);
		for (const [first, second] of pairs) routes.push({ params: { ...params, first, second }, props: { ids: [first, second], compare } });
	}
	return routes;
}
