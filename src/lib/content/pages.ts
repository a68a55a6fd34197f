import territory from 'virtual:territory';
import { pages } from '../../sections';
import type { pageWords } from '../../schemas/page';
import type { z } from 'astro/zod';
import type { Locale } from '../i18n/locales';
import { localizedGetter, type LocalizedEntry } from './localized';

type Words = { [K in keyof typeof pageWords]: z.infer<(typeof pageWords)[K]> };
export type PageView = LocalizedEntry<'pages', Words>;

/** Editorial pages of this territory as a language shows them. */
export const getPages = localizedGetter<'pages', Words>(pages.localisation);

/** Pages written for this territory only (its local plan, its partners): the home page links to them. */
export async function localPages(locale: Locale): Promise<PageView[]> {
	return (await getPages(locale)).filter((p) => !!p.facts.territories?.includes(territory.id as (typeof p.facts.territories)[number]));
}
