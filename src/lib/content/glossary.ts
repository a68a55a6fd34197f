import type { z } from 'astro/zod';
import { glossary } from '../../sections';
import type { glossaryWords } from '../../schemas/glossary';
import type { Locale } from '../i18n/locales';
import { localizedEntries, type LocalizedEntry } from './localized';

type Words = { [K in keyof typeof glossaryWords]: z.infer<(typeof glossaryWords)[K]> };
export type GlossaryView = LocalizedEntry<'glossary', Words>;

const byTerm = new Intl.Collator('fr').compare;
const cache = new Map<Locale, Promise<GlossaryView[]>>();

/** The acronyms as `locale` shows them, in the alphabetical order of the acronym (it is French everywhere). */
export function getGlossary(locale: Locale): Promise<GlossaryView[]> {
	if (!cache.has(locale)) {
		cache.set(
			locale,
			localizedEntries<'glossary', Words>(glossary.localisation, locale).then((all) => all.sort((a, b) => byTerm(a.facts.term, b.facts.term))),
		);
	}
	return cache.get(locale)!;
}
