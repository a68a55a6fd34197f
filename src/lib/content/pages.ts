import { getCollection, type CollectionEntry } from 'astro:content';
import territory from 'virtual:territory';
import { defaultLocale, type Locale } from '../i18n';
import { localize } from './localize';
import { inTerritory } from './territory-filter';

export type PageEntry = CollectionEntry<'pages'>;

/** Ids of editorial pages, from their French files (French is always complete). */
export async function pageIds(): Promise<string[]> {
	const pages = await getCollection('pages', (p) => p.id.startsWith(`${defaultLocale}/`) && inTerritory(p.data, territory.id));
	return pages.map((p) => p.id.slice(defaultLocale.length + 1));
}

/** The page in the visitor's language, or the French one flagged as a fallback. */
export async function localizedPage(id: string, locale: Locale) {
	const pages = await getCollection('pages');
	const french = pages.filter((p) => p.id === `${defaultLocale}/${id}`);
	const [page] = localize(french, pages, locale, (p) => p.id.slice(defaultLocale.length + 1));
	if (!page) throw new Error(`No French page "${id}" in content/pages/fr/`);
	return { entry: page.shown, lang: page.lang, isFallback: page.isFallback };
}

/** Pages written for this territory only (its local plan, its partners): the home page links to them. */
export async function localPages() {
	const pages = await getCollection('pages', (p) => p.id.startsWith(`${defaultLocale}/`) && !!p.data.territories?.includes(territory.id as never));
	return pages.map((p) => ({ id: p.id.slice(defaultLocale.length + 1), title: p.data.title, description: p.data.description }));
}
