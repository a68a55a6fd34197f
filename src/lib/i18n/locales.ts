/**
 * The site's languages. French is the default and the reference: its URLs carry
 * no prefix, its content is canonical, and other locales fall back to it.
 */
export const locales = {
	fr: { label: 'Français', dir: 'ltr', ogLocale: 'fr_FR', latinScript: true },
	en: { label: 'English', dir: 'ltr', ogLocale: 'en_GB', latinScript: true },
	es: { label: 'Español', dir: 'ltr', ogLocale: 'es_ES', latinScript: true },
	ar: { label: 'العربية', dir: 'rtl', ogLocale: 'ar_AR', latinScript: false },
	uk: { label: 'Українська', dir: 'ltr', ogLocale: 'uk_UA', latinScript: false },
} as const;

export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'fr';
export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}

export function dirOf(locale: Locale): 'ltr' | 'rtl' {
	return locales[locale].dir;
}
