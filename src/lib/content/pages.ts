import territory from 'virtual:territory';
import { pages } from '../../sections';
import type { pageWords } from '../../schemas/page';
import type { z } from 'astro/zod';
import type { Locale } from '../i18n/locales';
import { localizedEntries, type LocalizedEntry } from './localized';

type Words = { [K in keyof typeof pageWords]: z.infer<(typeof pageWords)[K]> };
export type PageView = LocalizedEntry<'pages', Words>;

const cache = new Map<Locale, Promise<PageView[]>>();

/** Editorial pages of this territory as `locale` shows them. */
export function getPages(locale: Locale): Promise<PageView[]> {
	if (!cache.has(locale)) cache.set(locale, localizedEntries<'pages', Words>(pages.localisation, locale));
	return cache.get(locale)!;
}

/** Pages written for this territory only (its local plan, its partners): the home page links to them. */
export async function localPages(locale: Locale): Promise<PageView[]> {
	return (await getPages(locale)).filter((p) => !!p.facts.territories?.includes(territory.id as (typeof p.facts.territories)[number]));
}
