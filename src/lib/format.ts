import type { Locale } from './i18n/locales';
import type { Translate } from './i18n/strings';

// Building an Intl formatter costs far more than using one, and a list of
// offers formats a date per card: one formatter per language and options, built
// once. The options are the cache key, so two kinds of formatter can never share
// an entry (a month heading once stood in for a duration in months).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let f = dateFormats.get(key);
	if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
	return f;
}
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let f = numberFormats.get(key);
	if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
	return f;
}

/** Dates are shown in the visitor's language; Arabic keeps Western digits, as French administrations do. */
export function formatDate(date: Date, locale: Locale): string {
	return dateFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(date);
}

/**
 * Whole euros by default; `cents` digits where they count (hourly pay). The € sign in every
 * language: Ukrainian's locale data would write "EUR" (narrowSymbol gives the sign people see on prices).
 */
export function formatEuros(amount: number, locale: Locale, cents: 0 | 2 = 0): string {
	return numberFormat(intlLocale(locale), {
		style: 'currency',
		currency: 'EUR',
		currencyDisplay: 'narrowSymbol',
		minimumFractionDigits: cents,
		maximumFractionDigits: cents,
	}).format(amount);
}

export function formatDuration(
	d: { min: number; max?: number | undefined; unit: 'hours' | 'months' | 'years' },
	locale: Locale,
	range: (min: string, max: string) => string,
): string {
	const unit = { hours: 'hour', months: 'month', years: 'year' }[d.unit];
	const fmt = numberFormat(intlLocale(locale), { style: 'unit', unit, unitDisplay: 'long' });
	if (d.max === undefined || d.max === d.min) return fmt.format(d.min);
	return range(numberFormat(intlLocale(locale)).format(d.min), fmt.format(d.max));
}

/** "11 à 18 mois": a training's length in the visitor's language, a range in its own words (profiles and diplomas). */
export function durationText(d: Parameters<typeof formatDuration>[0], locale: Locale, t: Translate): string {
	return formatDuration(d, locale, (min, max) => t('duration.range', { min, max }));
}

export function intlLocale(locale: Locale): string {
	return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

/**
 * When an event takes place, in the visitor's language and always in Paris time:
 * "jeudi 18 mars 2027, 09:30 – 12:30", or the days alone when the hours are not known.
 */
export function formatEventWhen(start: Date, end: Date, timed: boolean, locale: Locale): string {
	const format = dateFormat(intlLocale(locale), {
		timeZone: 'Europe/Paris',
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		...(timed ? { hour: '2-digit', minute: '2-digit' } : {}),
	});
	return format.formatRange(start, end);
}

/** "mars 2027": the heading of a month of events, in Paris time. */
export function formatMonth(date: Date, locale: Locale): string {
	return dateFormat(intlLocale(locale), { timeZone: 'Europe/Paris', month: 'long', year: 'numeric' }).format(date);
}

/** A key grouping events by month in Paris time: "2027-03". */
export function monthKey(date: Date): string {
	return dateFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).format(date);
}
