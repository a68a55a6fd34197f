/**
 * Dates of sessions and events, judged at build time. The build's "now" can be
 * fixed with BUILD_DATE (YYYY-MM-DD) to rebuild a given day or to test.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
	const fixed = env['BUILD_DATE'];
	if (fixed && !Number.isNaN(Date.parse(fixed))) return new Date(fixed);
	return new Date();
}

/** Midnight UTC of a date's day: sessions and events are compared by day. */
export function dayOf(date: Date): number {
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export function addYears(date: Date, years: number): Date {
	const moved = new Date(date);
	moved.setUTCFullYear(moved.getUTCFullYear() + years);
	return moved;
}

/** Whole years to add to `start` so that it falls on or after today: 0 when it already does. */
export function yearsToUpcoming(start: Date, now: Date): number {
	let years = 0;
	while (dayOf(addYears(start, years)) < dayOf(now)) years++;
	return years;
}

/**
 * Demonstration entries (example: true) keep their day and month and move forward by
 * whole years until they are upcoming, so a shipped demo never shows a past date as
 * coming; real entries keep their dates. Every date field moves by the same years.
 */
export function keepExampleUpcoming<T extends { example: boolean }>(entry: T, start: Date, now: Date, move: (years: number) => T): T {
	if (!entry.example) return entry;
	const years = yearsToUpcoming(start, now);
	return years ? move(years) : entry;
}

export const isUpcoming = (start: Date, now: Date): boolean => dayOf(start) >= dayOf(now);
