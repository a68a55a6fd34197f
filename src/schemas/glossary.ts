import { z } from 'astro/zod';
import { commonFields } from './shared';

/** What each language writes for itself: what the acronym stands for, and what it is, in plain words. */
export const glossaryWords = {
	/** The French expansion in the visitor's language; French entries leave it out (`expansion` is it). */
	meaning: z.string().min(2).max(120).optional(),
	definition: z.string().min(10).max(200),
};

/**
 * A French acronym ("sigle") that visitors meet on the site and in job ads:
 * content/glossaire/fr/<id>.yaml. The first time it appears in a text, the
 * page marks it up with its meaning (src/lib/glossary/abbr.ts); the glossary
 * page lists them all.
 */
export const glossarySchema = z.object({
	...commonFields,
	/** As written in texts, capitals included: matched as a whole word. */
	term: z.string().regex(/^[A-Z][A-Za-z0-9]*[A-Z0-9][a-z]?$/, 'doit être un sigle en capitales, tel qu’il est écrit : « EHPAD », « CAP »'),
	/** The official French full form, shown in every language. */
	expansion: z.string().min(3),
	sourceUrl: z.url().optional(),
	...glossaryWords,
});

/** Translations must say what the acronym stands for in their language. */
export const glossaryTranslationWords = { ...glossaryWords, meaning: z.string().min(2).max(120) };

export type GlossaryEntry = z.infer<typeof glossarySchema>;
