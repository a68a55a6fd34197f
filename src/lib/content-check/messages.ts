import type { z } from 'astro/zod';

/**
 * Plain French messages for the communications staff who edit the content:
 * « est obligatoire (un texte) » rather than zod's
 * "Invalid input: expected string, received undefined".
 */
export const editorErrors = (issue: z.core.$ZodRawIssue): string | undefined => {
	if (issue.code === 'invalid_type') {
		if (issue.input === undefined) return `est obligatoire (${describe(issue.expected)})`;
		return `doit être ${describe(issue.expected)}, pas ${JSON.stringify(issue.input)}`;
	}
	if (issue.code === 'invalid_value') return `doit être l'une de ces valeurs : ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	if (issue.code === 'too_small' && issue.origin === 'string') return `est trop court (au moins ${issue.minimum} caractères)`;
	if (issue.code === 'too_big' && issue.origin === 'string') return `est trop long (au plus ${issue.maximum} caractères)`;
	if (issue.code === 'too_small' && issue.origin === 'array') return `demande au moins ${issue.minimum} élément(s)`;
	if (issue.code === 'too_big' && issue.origin === 'array') return `a trop d'éléments (au plus ${issue.maximum})`;
	if (issue.code === 'too_small' && issue.origin === 'number') return `doit valoir au moins ${issue.minimum}`;
	if (issue.code === 'too_big' && issue.origin === 'number') return `doit valoir au plus ${issue.maximum}`;
	if (issue.code === 'unrecognized_keys') return `champ(s) inconnu(s) ici : ${issue.keys.join(', ')}`;
	if (issue.code === 'invalid_union') return 'ne correspond à aucune des formes attendues';
	if (issue.code === 'invalid_format') return `n'a pas le bon format (${issue.format})`;
	return undefined;
};

function describe(expected: string): string {
	return (
		{
			string: 'un texte',
			number: 'un nombre',
			boolean: 'true ou false',
			array: 'une liste',
			object: 'un groupe de champs',
			date: 'une date, par exemple 2026-11-23',
		}[expected] ?? expected
	);
}

/** Edit distance between two ids, to suggest the closest known ones for a typo. */
export function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** The three known ids closest to an unknown one. */
export function closest(id: string, known: Iterable<string>): string[] {
	return [...known]
		.map((k) => ({ k, d: distance(id, k) - (k.includes(id) || id.includes(k) ? 3 : 0) }))
		.sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
		.slice(0, 3)
		.map((x) => x.k);
}
