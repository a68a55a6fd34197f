/** The values at a path of an entry's data: "person.profession", or "captions[].src" for each caption. */
export function valuesAt(data: unknown, path: string): unknown[] {
	let current: unknown[] = [data];
	for (const part of path.split('.')) {
		const each = part.endsWith('[]');
		const key = each ? part.slice(0, -2) : part;
		current = current.flatMap((value) => {
			if (typeof value !== 'object' || value === null) return [];
			const next = (value as Record<string, unknown>)[key];
			if (next === undefined) return [];
			return each && Array.isArray(next) ? next : [next];
		});
	}
	return current;
}
