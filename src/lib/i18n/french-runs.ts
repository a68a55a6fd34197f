/**
 * Arabic and Ukrainian interface strings keep some French words in Latin script, the words
 * visitors meet in France: "التمهين (apprentissage)", "دار المسنين (EHPAD)". Screen readers
 * must read them as French (RGAA 8.7, WCAG 3.1.2): these helpers find them. In a Latin-script
 * language (English, Spanish) French words cannot be told apart this way: not used there.
 */

/** Latin-script words that are not French: names of technologies and brands, read as they are. */
const notFrench = new Set(['HTML', 'CSS', 'JavaScript', 'YouTube', 'Vimeo', 'iCalendar', 'Wi-Fi', 'Inclusion Europe']);

/** A Latin-script word, with digits, apostrophes, hyphens and dots inside; digits written against it belong to it ("3e"). */
const word = String.raw`\p{N}*\p{Script=Latin}[\p{Script=Latin}\p{N}'’.-]*`;
/**
 * What may stand between two words of one run: spaces, digits and the punctuation of a list or an address, so
 * that right to left "Assistant de service social / Assistante de service social" and "12 avenue de la Gare,
 * 40100 Dax" still read in their own order. A bracket or a letter of another script ends the run.
 */
const joiner = String.raw`[\s\p{N},.;:/–—-]+`;
/** A run of Latin-script words; a number and a space before its first word belong to it ("12 avenue"). */
const latinRun = new RegExp(String.raw`(?:\p{N}+\s+)?${word}(?:${joiner}${word})*`, 'gu');
const closing: Record<string, string> = { '(': ')', '[': ']', '«': '»' };

export interface Run {
	text: string;
	french: boolean;
}

/** The text as runs, French ones flagged; one run, not French, when there is none. */
export function frenchRuns(text: string): Run[] {
	const runs: Run[] = [];
	let last = 0;
	for (const match of text.matchAll(latinRun)) {
		const words = match[0].replace(/[.]+$/, '');
		if (notFrench.has(words)) continue;
		// Brackets right around the run go with it: they then stay around it when a narrow screen wraps it.
		const bracketed = closing[text[match.index - 1] ?? ''] === text[match.index + words.length] && match.index - 1 >= last;
		const start = bracketed ? match.index - 1 : match.index;
		const run = bracketed ? text.slice(start, match.index + words.length + 1) : words;
		if (start > last) runs.push({ text: text.slice(last, start), french: false });
		runs.push({ text: run, french: true });
		last = start + run.length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), french: false });
	return runs.length ? runs : [{ text, french: false }];
}
