/** Offers per list page: enough to scan on a phone, few enough to stay light. */
export const offersPerPage = 40;

/** Splits a list into numbered pages; page 1 always exists, even when empty. */
export function pagesOf<T>(items: T[], size = offersPerPage): { current: number; last: number; items: T[] }[] {
	const last = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: last }, (_, i) => ({ current: i + 1, last, items: items.slice(i * size, (i + 1) * size) }));
}
