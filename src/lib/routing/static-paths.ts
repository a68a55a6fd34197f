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
import { displayTitle, getProfiles } from '../content/profiles';
import { getDiplomaSummaries, getOrganisations } from '../content/trainings';
import { getEvents } from '../content/events';
import { getVideos } from '../content/videos';
import { prebuiltFilters } from '../facets';
import { localeStaticPaths } from '../i18n/paths';
import { pagesOf } from '../pagination';

/** One page per locale (home, lists, search): French has no prefix. */
export const localeRoutes = localeStaticPaths;

export async function profileRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const all = await getProfiles(props.locale);
		for (const profile of all) routes.push({ params: { ...params, id: profile.id }, props: { profile, all } });
	}
	return routes;
}

export async function profileListRoutes() {
	return Promise.all(
		localeStaticPaths().map(async ({ params, props }) => ({ params, props: { profiles: await getProfiles(props.locale) } })),
	);
}

/** One pre-built list per filter value that matches at least one profile: /metiers/secteur/handicap/. */
export async function profileFilterRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const profiles = await getProfiles(props.locale);
		const facts = profiles.map((p) => p.facts);
		for (const active of prebuiltFilters(profilesSection.facets, facts)) {
			routes.push({ params: { ...params, facet: active.facet.id, value: active.value.value }, props: { profiles, active } });
		}
	}
	return routes;
}

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

export async function trainingListRoutes() {
	return Promise.all(
		localeStaticPaths().map(async ({ params, props }) => ({ params, props: { summaries: await getDiplomaSummaries(props.locale) } })),
	);
}

/** One pre-built list per filter value that matches at least one diploma: /formations/voie/apprentissage/. */
export async function trainingFilterRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const summaries = await getDiplomaSummaries(props.locale);
		for (const active of prebuiltFilters(
			trainingsSection.facets,
			summaries.map((s) => s.listing),
		)) {
			routes.push({ params: { ...params, facet: active.facet.id, value: active.value.value }, props: { summaries, active } });
		}
	}
	return routes;
}

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

export async function eventListRoutes() {
	return Promise.all(
		localeStaticPaths().map(async ({ params, props }) => ({ params, props: { events: (await getEvents(props.locale)).upcoming } })),
	);
}

export async function eventArchiveRoutes() {
	return Promise.all(
		localeStaticPaths().map(async ({ params, props }) => ({ params, props: { events: (await getEvents(props.locale)).past } })),
	);
}

/** One pre-built list per filter value that matches an upcoming event: /agenda/categorie/forum/. */
export async function eventFilterRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const { upcoming } = await getEvents(props.locale);
		for (const active of prebuiltFilters(
			eventsSection.facets,
			upcoming.map((e) => e.listing),
		)) {
			routes.push({ params: { ...params, facet: active.facet.id, value: active.value.value }, props: { events: upcoming, active } });
		}
	}
	return routes;
}

/** One page per event, upcoming or past, in every locale: /agenda/<id>/. */
export async function eventRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const { upcoming, past } = await getEvents(props.locale);
		for (const event of [...upcoming, ...past]) routes.push({ params: { ...params, id: event.id }, props: { event } });
	}
	return routes;
}

export async function videoListRoutes() {
	return Promise.all(localeStaticPaths().map(async ({ params, props }) => ({ params, props: { videos: await getVideos(props.locale) } })));
}

/** One pre-built list per profession and sector that has a video: /temoignages/metier/aide-soignant/. */
export async function videoFilterRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		const videos = await getVideos(props.locale);
		for (const active of prebuiltFilters(
			videosSection.facets,
			videos.map((v) => v.listing),
		)) {
			routes.push({ params: { ...params, facet: active.facet.id, value: active.value.value }, props: { videos, active } });
		}
	}
	return routes;
}

/** One page per video, in every locale: /temoignages/<id>/. */
export async function videoRoutes() {
	const routes = [];
	for (const { params, props } of localeStaticPaths()) {
		for (const video of await getVideos(props.locale)) routes.push({ params: { ...params, id: video.id }, props: { video } });
	}
	return routes;
}
