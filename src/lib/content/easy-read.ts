import type { z } from 'astro/zod';
import { easyRead } from '../../sections';
import type { easyReadWords } from '../../schemas/easy-read';
import type { Locale } from '../i18n/locales';
import { localizedEntries, type LocalizedEntry } from './localized';

type Words = { [K in keyof typeof easyReadWords]: z.infer<(typeof easyReadWords)[K]> };
export type EasyReadView = LocalizedEntry<'easyRead', Words>;

const cache = new Map<Locale, Promise<EasyReadView[]>>();

/** The easy-to-read versions of the profiles, as `locale` shows them (French until a language writes its own). */
export function getEasyReads(locale: Locale): Promise<EasyReadView[]> {
	if (!cache.has(locale)) cache.set(locale, localizedEntries<'easyRead', Words>(easyRead.localisation, locale));
	return cache.get(locale)!;
}
