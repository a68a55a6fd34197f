import { defaultLocale, type Locale } from '../i18n/locales';

export interface Localized<F, T> {
	id: string;
	french: F;
	/** The translation when it exists, else the French entry. */
	shown: F | T;
	/** Language of `shown`. */
	lang: Locale;
	isFallback: boolean;
}

/**
 * Pairs each French entry with its translation for `locale` ("<locale>/<id>").
 * A missing translation never hides the entry: the French one is shown,
 * flagged so that the page says so and marks its language.
 */
export function localize<F extends { id: string }, T extends { id: string }>(
	french: F[],
	translations: T[],
	locale: Locale,
	/** The shared id of a French entry, when its own id carries a "fr/" prefix. */
	idOf: (entry: F) => string = (entry) => entry.id,
): Localized<F, T>[] {
	const byId = new Map(translations.filter((t) => t.id.startsWith(`${locale}/`)).map((t) => [t.id.slice(locale.length + 1), t]));
	return french.map((entry) => {
		const id = idOf(entry);
		const translation = locale === defaultLocale ? undefined : byId.get(id);
		return {
			id,
			french: entry,
			shown: translation ?? entry,
			lang: translation ? locale : defaultLocale,
			isFallback: locale !== defaultLocale && !translation,
		};
	});
}
