import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import territory from 'virtual:territory';
import type { Section } from '../../sections';
import { defaultLocale, type Locale } from '../i18n/locales';
import { localize } from './localize';
import { inTerritory } from './territory-filter';

/**
 * One entry of a "translated" section as a visitor of `locale` sees it: facts
 * from the French entry, words from the translation when there is one, French
 * words (flagged) when not. The same model for every such section.
 */
export interface LocalizedEntry<C extends CollectionKey, Words> {
	id: string;
	facts: CollectionEntry<C>['data'];
	text: Words;
	/** Language of `text` and of the rendered body. */
	lang: Locale;
	isFallback: boolean;
	/** The entry whose body to render. */
	entry: CollectionEntry<CollectionKey>;
}

type Translated = Extract<Section['localisation'], { mode: 'translated' }>;

/** Entries of a translated section in this territory, as `locale` shows them, in file order. */
export async function localizedEntries<C extends CollectionKey, Words>(
	localisation: Translated & { canonical: C },
	locale: Locale,
): Promise<LocalizedEntry<C, Words>[]> {
	const french = (await getCollection(localisation.canonical)).filter((e) => inTerritory(e.data as { territories?: string[] }, territory.id));
	const translations = locale === defaultLocale ? [] : await getCollection(localisation.translations as CollectionKey);
	return localize(french, translations, locale).map(({ id, french: entry, shown, lang, isFallback }) => ({
		id,
		facts: entry.data,
		text: Object.fromEntries(localisation.translatable.map((k) => [k, (shown.data as Record<string, unknown>)[k]])) as Words,
		lang,
		isFallback,
		entry: shown,
	}));
}

/**
 * A section's "entries as `locale` shows them", read once per language and build, in file order
 * or in the given order: the getter of every translated section (pages, glossary, easy read…).
 */
export function localizedGetter<C extends CollectionKey, Words>(
	localisation: Translated & { canonical: C },
	order?: (a: LocalizedEntry<C, Words>, b: LocalizedEntry<C, Words>) => number,
): (locale: Locale) => Promise<LocalizedEntry<C, Words>[]> {
	const cache = new Map<Locale, Promise<LocalizedEntry<C, Words>[]>>();
	return (locale) => {
		if (!cache.has(locale))
			cache.set(
				locale,
				localizedEntries<C, Words>(localisation, locale).then((all) => (order ? all.sort(order) : all)),
			);
		return cache.get(locale)!;
	};
}
