import type { z } from 'astro/zod';
import { glossary } from '../../sections';
import type { glossaryWords } from '../../schemas/glossary';
import { localizedGetter, type LocalizedEntry } from './localized';

type Words = { [K in keyof typeof glossaryWords]: z.infer<(typeof glossaryWords)[K]> };
export type GlossaryView = LocalizedEntry<'glossary', Words>;

const byTerm = new Intl.Collator('fr').compare;

/** The acronyms as a language shows them, in the alphabetical order of the acronym (it is French everywhere). */
export const getGlossary = localizedGetter<'glossary', Words>(glossary.localisation, (a, b) => byTerm(a.facts.term, b.facts.term));
