/**
 * Events are written in Paris wall-clock time ("2027-03-18T09:30") and shown in
 * Paris time in every language, whatever the visitor's clock says.
 */
export const parisZone = 'Europe/Paris';

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: parisZone,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
});

/** The Paris wall-clock fields of an instant: year, month, day, hour, minute (two digits). */
export function parisParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
	return Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value])) as Record<
		'year' | 'month' | 'day' | 'hour' | 'minute',
		string
	>;
}

/** Paris's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetAt(instant: number): number {
	const p = parisParts(new Date(instant));
	const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
	return Math.round((asUtc - Math.floor(instant / 60000) * 60000) / 60000);
}

/** "+01:00" in winter, "+02:00" in summer. */
export function parisOffset(date: Date): string {
	const minutes = offsetAt(date.getTime());
	return `+${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instant of a Paris wall-clock time; across the spring gap, the moment right after it. */
export function parisToInstant(local: string): Date {
	const [date, time] = local.split('T') as [string, string];
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const [h, min] = time.split(':').map(Number) as [number, number];
	const wall = Date.UTC(y, m - 1, d, h, min);
	let instant = wall - offsetAt(wall) * 60000;
	instant = wall - offsetAt(instant) * 60000;
	return new Date(instant);
}

/** The same Paris wall-clock time, a whole number of years later. */
export function addYearsLocal(local: string, years: number): string {
	const year = Number(local.slice(0, 4)) + years;
	const rest = local.slice(4);
	// 29 February of a year that has none becomes 1 March.
	if (rest.startsWith('-02-29') && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return `${year}-03-01${rest.slice(6)}`;
	return `${year}${rest}`;
}
