import { getCollection, type CollectionEntry } from 'astro:content';
import territory from 'virtual:territory';
import { defaultLocale, type Locale } from '../i18n';
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
	const translated = pages.find((p) => p.id === `${locale}/${id}`);
	const french = pages.find((p) => p.id === `${defaultLocale}/${id}`);
	if (!french) throw new Error(`No French page "${id}" in content/pages/fr/`);
	const entry = translated ?? french;
	return { entry, lang: translated ? locale : defaultLocale, isFallback: !translated };
}
