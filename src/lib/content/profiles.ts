import { getCollection, type CollectionEntry } from 'astro:content';
import territory from 'virtual:territory';
import { defaultLocale, type Locale } from '../i18n';
import { localize } from './localize';
import { inTerritory } from './territory-filter';

export type ProfileEntry = CollectionEntry<'metiers'>;
type TranslationEntry = CollectionEntry<'metiersTraductions'>;
export type ProfileFacts = ProfileEntry['data'];

/**
 * One profile as a visitor of `locale` sees it: facts from the French entry,
 * words from the translation when there is one, French words (flagged) when not.
 */
export interface ProfileView {
	id: string;
	facts: ProfileFacts;
	text: Pick<ProfileFacts, 'title' | 'titleFeminine' | 'hook' | 'alsoKnownAs' | 'skills' | 'qualities' | 'workingConditions' | 'salaryNote'>;
	/** Language of `text` and of the rendered body. */
	lang: Locale;
	isFallback: boolean;
	/** The entry whose body to render. */
	entry: ProfileEntry | TranslationEntry;
}

const cache = new Map<Locale, Promise<ProfileView[]>>();

/** Profiles as `locale` shows them, computed once per build and language. */
export function getProfiles(locale: Locale): Promise<ProfileView[]> {
	if (!cache.has(locale)) cache.set(locale, loadProfiles(locale));
	return cache.get(locale)!;
}

async function loadProfiles(locale: Locale): Promise<ProfileView[]> {
	const french = await getCollection('metiers', (e) => inTerritory(e.data, territory.id));
	const translations = locale === defaultLocale ? [] : await getCollection('metiersTraductions');
	return localize(french, translations, locale)
		.map(({ id, french: entry, shown, lang, isFallback }): ProfileView => {
			const { title, titleFeminine, hook, alsoKnownAs, skills, qualities, workingConditions, salaryNote } = shown.data;
			return {
				id,
				facts: entry.data,
				text: { title, titleFeminine, hook, alsoKnownAs, skills, qualities, workingConditions, salaryNote },
				lang,
				isFallback,
				entry: shown,
			};
		})
		.sort((a, b) => a.facts.order - b.facts.order || a.text.title.localeCompare(b.text.title, locale));
}

/** "Aide-soignant ou aide-soignante", the way French job ads name both genders. */
export function displayTitle(view: Pick<ProfileView, 'text'>): string {
	const { title, titleFeminine } = view.text;
	if (!titleFeminine || titleFeminine === title) return title;
	return `${title} / ${titleFeminine}`;
}
