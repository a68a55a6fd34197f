import { profiles } from '../../sections';
import type { Profile, profileWords } from '../../schemas/profile';
import type { Locale } from '../i18n/locales';
import { localizedEntries, type LocalizedEntry } from './localized';

export type ProfileFacts = Profile;
type Words = Pick<Profile, keyof typeof profileWords>;

/** One profile as a visitor of a given language sees it (see LocalizedEntry). */
export type ProfileView = LocalizedEntry<'profiles', Words>;

const cache = new Map<Locale, Promise<ProfileView[]>>();

/** Profiles as `locale` shows them, in their editorial order, computed once per build and language. */
export function getProfiles(locale: Locale): Promise<ProfileView[]> {
	if (!cache.has(locale)) {
		cache.set(
			locale,
			localizedEntries<'profiles', Words>(profiles.localisation, locale).then((list) =>
				list.sort((a, b) => a.facts.order - b.facts.order || a.text.title.localeCompare(b.text.title, locale)),
			),
		);
	}
	return cache.get(locale)!;
}

/** "Aide-soignant / aide-soignante", the way French job ads name both genders. */
export function displayTitle(view: Pick<ProfileView, 'text'>): string {
	const { title, titleFeminine } = view.text;
	if (!titleFeminine || titleFeminine === title) return title;
	return `${title} / ${titleFeminine}`;
}

/** Professions to count: a former job title (AMP, AVS: `replacedBy`) has a page but is no profession of its own. */
export const isCurrentProfession = (view: Pick<ProfileView, 'facts'>): boolean => !view.facts.replacedBy;

/** How many professions the site presents ("the fourteen professions"). */
export async function professionCount(locale: Locale): Promise<number> {
	return (await getProfiles(locale)).filter(isCurrentProfession).length;
}
