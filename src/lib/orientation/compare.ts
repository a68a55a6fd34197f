/**
 * Comparing two or three professions side by side: the table's content, computed once per
 * language at build time, rendered by the pre-built pair pages and, for any other choice, by
 * the compare page's script from the same data (src/pages/[...locale]/comparer/donnees.json.ts).
 * Pure functions: no Astro import, unit-tested.
 */

/** The table's rows, in order: what a pupil or a job seeker weighs first comes first. */
export const compareRows = ['level', 'training', 'routes', 'salary', 'workplaces', 'schedule', 'likes', 'hard'] as const;
export type CompareRow = (typeof compareRows)[number];

/** One profession's column: every cell is a list of lines (a single fact is a list of one). */
export interface CompareColumn {
	id: string;
	title: string;
	/** Language of `title` (a missing translation shows the French one). */
	lang: string;
	/** The French title, shown under a title in another script (Arabic, Ukrainian): the words of job ads. */
	frenchTitle?: string | undefined;
	href: string;
	cells: Record<CompareRow, string[]>;
}

export interface CompareData {
	/** Row headings, in the visitor's language. */
	labels: Record<CompareRow, string>;
	columns: CompareColumn[];
}

export const maxCompared = 3;
/** Query parameter of the shareable address: /comparer/?metier=aide-soignant&metier=educateur-specialise. */
export const compareParam = 'metier';

/** The professions asked for in a query string, known ones only, each once, at most three. */
export function parseSelection(search: string, known: ReadonlySet<string>): string[] {
	const ids = new URLSearchParams(search).getAll(compareParam).filter((id) => known.has(id));
	return [...new Set(ids)].slice(0, maxCompared);
}

/** The shareable address of a comparison (the form's own GET submission gives the same). */
export function selectionQuery(ids: readonly string[]): string {
	return `?${ids.map((id) => `${compareParam}=${encodeURIComponent(id)}`).join('&')}`;
}

/** The table for the chosen professions, in the order chosen: a heading and one cell per profession a row. */
export function compareTable(data: CompareData, ids: readonly string[]) {
	const columns = ids.map((id) => data.columns.find((c) => c.id === id)).filter((c): c is CompareColumn => !!c);
	return {
		columns,
		rows: compareRows.map((row) => ({ id: row, label: data.labels[row], cells: columns.map((c) => c.cells[row]) })),
	};
}

/**
 * The common pairs, pre-built so that they work without JavaScript: a profession and each
 * profession it can lead to (its `careerMoves`), once per pair, in the given (editorial) order.
 */
export function commonPairs(profiles: readonly { id: string; careerMoves: readonly string[] }[]): [string, string][] {
	const order = new Map(profiles.map((p, i) => [p.id, i]));
	const seen = new Set<string>();
	const pairs: [string, string][] = [];
	for (const p of profiles) {
		for (const other of p.careerMoves) {
			if (!order.has(other) || other === p.id) continue;
			const pair = [p.id, other].sort((a, b) => order.get(a)! - order.get(b)!) as [string, string];
			const key = pair.join(' ');
			if (!seen.has(key)) {
				seen.add(key);
				pairs.push(pair);
			}
		}
	}
	return pairs.sort((a, b) => order.get(a[0])! - order.get(b[0])! || order.get(a[1])! - order.get(b[1])!);
}

/**
 * The bullet items of each `##` section of a profile's Markdown body, in order, as plain text.
 * A section written as paragraphs gives its sentences instead.
 * Profiles follow one outline (docs/guide-redaction.md): Missions, a typical day, what people
 * like, what is hard, how to get in; so the third and fourth lists are the likes and the hard parts.
 */
export function sectionLists(markdown: string): string[][] {
	return markdown
		.split(/^## .*$/m)
		.slice(1)
		.map((section) => {
			const lines = section.split('\n');
			const items = lines.filter((line) => /^\s*[-*] /.test(line)).map((line) => plainText(line.replace(/^\s*[-*] /, '')));
			if (items.length) return items;
			// Written as a paragraph: one sentence a line.
			return plainText(lines.filter((line) => line.trim() && !/^\s*[#<>|]/.test(line)).join(' '))
				.split(/(?<=[.!?؟])\s+/u)
				.filter(Boolean);
		});
}

export function likesAndHard(markdown: string): { likes: string[]; hard: string[] } {
	const lists = sectionLists(markdown);
	return { likes: lists[2] ?? [], hard: lists[3] ?? [] };
}

/** Markdown inline syntax removed: links keep their text, emphasis its words. */
function plainText(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
		.replace(/<[^>]+>/g, '')
		.trim();
}
