import { dirOf, type Locale } from './locales';

/**
 * Attributes for French text shown inside another language's page (untranslated
 * content, official names): lang for screen readers and hyphenation, and
 * ltr direction so that French punctuation and numbers stay in order in Arabic.
 */
export function frenchIsland(pageLocale: Locale, textLang: Locale = 'fr') {
	if (textLang === pageLocale) return {};
	return { lang: textLang, dir: dirOf(textLang) !== dirOf(pageLocale) ? dirOf(textLang) : undefined };
}
