/**
 * Arabic and Ukrainian interface strings keep some French words in Latin script, the words
 * visitors meet in France: "التمهين (apprentissage)", "دار المسنين (EHPAD)". Screen readers
 * must read them as French (RGAA 8.7, WCAG 3.1.2): these helpers find them. In a Latin-script
 * language (English, Spanish) French words cannot be told apart this way: not used there.
 */

/** Latin-script words that are not French: names of technologies and brands, read as they are. */
const notFrench = new Set(['HTML', 'CSS', 'JavaScript', 'YouTube', 'Vimeo', 'iCalendar', 'Wi-Fi', 'Inclusion Europe']);

/**
 * A run of Latin-script words (with digits, apostrophes, hyphens and dots inside, spaces between); digits written
 * against a word belong to it ("3e"). A slash between two French forms keeps them one run, so that right to left
 * they still read "Assistant de service social / Assistante de service social" in their own order.
 */
const latinRun = /\p{N}*\p{Script=Latin}[\p{Script=Latin}\p{N}'’.-]*(?:(?:\s+|\s*\/\s*)\p{Script=Latin}[\p{Script=Latin}\p{N}'’.-]*)*/gu;

export interface Run {
	text: string;
	french: boolean;
}

/** The text as runs, French ones flagged; one run, not French, when there is none. */
export function frenchRuns(text: string): Run[] {
	const runs: Run[] = [];
	let last = 0;
	for (const match of text.matchAll(latinRun)) {
		const word = match[0].replace(/[.]+$/, '');
		if (notFrench.has(word)) continue;
		if (match.index > last) runs.push({ text: text.slice(last, match.index), french: false });
		runs.push({ text: word, french: true });
		last = match.index + word.length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), french: false });
	return runs.length ? runs : [{ text, french: false }];
}
