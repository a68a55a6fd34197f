/**
 * What the orientation tools (quiz, comparison) show of each current profession in one
 * language: the profile, the facts the quiz scores, the links a result leads to, and the
 * comparison's column. Computed once per build and language from the profiles, trainings,
 * videos and offers; the tools' pages and components receive it.
 */
import { useTranslations, type Locale } from '../i18n';
import { professionPicture } from '../illustrations';
import { compareRows, commonPairs, likesAndHard, type CompareColumn, type CompareData } from '../orientation/compare';
import { quizProfession, type QuizProfession } from '../orientation/quiz';
import { keyFactsOf, type KeyFact } from '../profiles/key-facts';
import { href, paths } from '../routing';
import { availableDrawings } from './illustrations';
import { getOffers, offersFor } from './offers';
import { getProfiles, type ProfileView } from './profiles';
import { getDiplomas } from './trainings';
import { getVideos } from './videos';
import { locales } from '../i18n/locales';

export interface OrientationProfession {
	profile: ProfileView;
	quiz: QuizProfession;
	/** The profession's drawing, decorative beside its name. */
	picture: string | undefined;
	/** Where a result leads: the profile always, the rest when this territory has some. */
	links: { profile: string; trainings?: string; videos?: string; offers?: string };
	column: CompareColumn;
}

export interface Orientation {
	professions: OrientationProfession[];
	compare: CompareData;
	/** The pre-built comparisons (a profession and one it can lead to). */
	pairs: [string, string][];
}

const cache = new Map<Locale, Promise<Orientation>>();

export function getOrientation(locale: Locale): Promise<Orientation> {
	if (!cache.has(locale)) cache.set(locale, load(locale));
	return cache.get(locale)!;
}

async function load(locale: Locale): Promise<Orientation> {
	const t = useTranslations(locale);
	const [profiles, diplomas, videos, offers] = await Promise.all([getProfiles(locale), getDiplomas(locale), getVideos(locale), getOffers()]);
	const professions: OrientationProfession[] = [];
	for (const profile of profiles) {
		const quiz = quizProfession(profile.id, profile.facts);
		if (!quiz) continue;
		const links: OrientationProfession['links'] = { profile: href(locale, paths.profiles.entry(profile.id)) };
		if (diplomas.some((d) => d.facts.professions.includes(profile.id)))
			links.trainings = href(locale, paths.trainings.filter('metier', profile.id));
		if (videos.some((v) => v.facts.person.profession === profile.id)) links.videos = href(locale, paths.videos.filter('metier', profile.id));
		if (offersFor(offers, profile.id).length) links.offers = href(locale, paths.offers.profession(profile.id));
		professions.push({
			profile,
			quiz,
			picture: professionPicture(profile, availableDrawings),
			links,
			column: column(profile, locale, t, links.profile),
		});
	}
	return {
		professions,
		compare: {
			labels: Object.fromEntries(compareRows.map((row) => [row, t(`compare.row.${row}`)])) as CompareData['labels'],
			columns: professions.map((p) => p.column),
		},
		pairs: commonPairs(professions.map((p) => ({ id: p.profile.id, careerMoves: p.profile.facts.careerMoves }))),
	};
}

function column(profile: ProfileView, locale: Locale, t: ReturnType<typeof useTranslations>, link: string): CompareColumn {
	const { facts } = profile;
	const { likes, hard } = likesAndHard(profile.entry.body ?? '');
	const byKind = Object.fromEntries(keyFactsOf(facts, locale, t).map((f) => [f.kind, f.values])) as Partial<Record<KeyFact['kind'], string[]>>;
	return {
		id: profile.id,
		// The usual (masculine) title, short enough for two or three columns on a phone; the profile gives both.
		title: profile.text.title,
		lang: profile.lang,
		frenchTitle: locales[locale].latinScript ? undefined : facts.title,
		href: link,
		cells: {
			level: byKind.level ?? [],
			training: byKind.training ?? [],
			routes: (facts.accessRoutes ?? []).map((r) => t(`access.${r}`)),
			salary: byKind.salary ?? [],
			workplaces: byKind.workplaces ?? [],
			schedule: facts.schedule ? [t(`schedule.${facts.schedule}`)] : [],
			likes,
			hard,
		},
	};
}
