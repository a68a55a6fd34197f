import { defaultLocale, isLocale, localeCodes, type Locale } from './locales';

/**
 * Every locale shares the same French path segments, so a URL printed on a
 * poster differs between languages only by its prefix: /metiers/x/ and /ar/metiers/x/.
 */
export function localePath(locale: Locale, path = '/'): string {
	const clean = normalise(path);
	return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** Splits "/ar/metiers/x/" into { locale: 'ar', path: '/metiers/x/' }. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
	const clean = normalise(pathname);
	const first = clean.split('/')[1];
	if (first && first !== defaultLocale && isLocale(first)) {
		return { locale: first, path: normalise(clean.slice(first.length + 1)) };
	}
	return { locale: defaultLocale, path: clean };
}

/** The same page in every locale, for the language switcher and hreflang links. */
export function alternates(pathname: string): { locale: Locale; path: string }[] {
	const { path } = splitLocale(pathname);
	return localeCodes.map((locale) => ({ locale, path: localePath(locale, path) }));
}

/** Static paths for a route under src/pages/[...locale]/: French has no prefix. */
export function localeStaticPaths() {
	return localeCodes.map((locale) => ({
		params: { locale: locale === defaultLocale ? undefined : locale },
		props: { locale },
	}));
}

/** Leading and trailing slash, no doubled slashes; file-like paths keep no trailing slash. */
function normalise(path: string): string {
	const withLeading = `/${path}`.replace(/\/{2,}/g, '/');
	if (/\.[a-z0-9]+$/i.test(withLeading) || withLeading.endsWith('/')) return withLeading;
	return `${withLeading}/`;
}
