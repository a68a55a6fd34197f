import type { Locale } from './i18n/locales';

// Building an Intl formatter costs far more than using one, and a list of
// offers formats a date per card: one formatter per locale and kind.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = make()));
	return f as F;
}

/** Dates are shown in the visitor's language; Arabic keeps Western digits, as French administrations do. */
export function formatDate(date: Date, locale: Locale): string {
	return cached(
		`date:${locale}`,
		() => new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }),
	).format(date);
}

export function formatEuros(amount: number, locale: Locale): string {
	return cached(
		`eur:${locale}`,
		() => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
	).format(amount);
}

export function formatDuration(
	d: { min: number; max?: number | undefined; unit: 'hours' | 'months' | 'years' },
	locale: Locale,
	range: (min: string, max: string) => string,
): string {
	const unit = { hours: 'hour', months: 'month', years: 'year' }[d.unit];
	const fmt = cached(`${unit}:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, unitDisplay: 'long' }));
	if (d.max === undefined || d.max === d.min) return fmt.format(d.min);
	return range(cached(`number:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(d.min), fmt.format(d.max));
}

export function intlLocale(locale: Locale): string {
	return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

/**
 * When an event takes place, in the visitor's language and always in Paris time:
 * "jeudi 18 mars 2027, 09:30 – 12:30", or the days alone when the hours are not known.
 */
export function formatEventWhen(start: Date, end: Date, timed: boolean, locale: Locale): string {
	const format = cached(
		`event:${locale}:${timed}`,
		() =>
			new Intl.DateTimeFormat(intlLocale(locale), {
				timeZone: 'Europe/Paris',
				weekday: 'long',
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				...(timed ? { hour: '2-digit', minute: '2-digit' } : {}),
			}),
	);
	return format.formatRange(start, end);
}

/** "mars 2027": the heading of a month of events, in Paris time. */
export function formatMonth(date: Date, locale: Locale): string {
	return cached(
		`month:${locale}`,
		() => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'Europe/Paris', month: 'long', year: 'numeric' }),
	).format(date);
}

/** A key grouping events by month in Paris time: "2027-03". */
export function monthKey(date: Date): string {
	return cached('monthKey', () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })).format(
		date,
	);
}
