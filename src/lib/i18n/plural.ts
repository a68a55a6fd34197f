/**
 * Counts in interface strings follow each language's plural rules, through
 * Intl.PluralRules: a string may hold an ICU-style plural block,
 *   "{count, plural, one {# offre} other {# offres}}",
 * whose forms are the language's categories (French: one, other; Ukrainian:
 * one, few, many, other; Arabic: zero, one, two, few, many, other), `#` being
 * the number written the language's way. Used at build time by the translator
 * and in the browser by the search page, hence no other import than format.
 * https://unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules
 */
import { numberFormat } from '../format';

const categories = '=\\d+|zero|one|two|few|many|other';
const block = new RegExp(`\\{(\\w+), plural,((?:\\s*(?:${categories})\\s*\\{[^{}]*\\})+)\\s*\\}`, 'g');
const form = new RegExp(`(${categories})\\s*\\{([^{}]*)\\}`, 'g');
const simple = /\{(\w+)\}/g;

const rules = new Map<string, Intl.PluralRules>();
const rulesFor = (locale: string) => rules.get(locale) ?? rules.set(locale, new Intl.PluralRules(locale)).get(locale)!;

/** The plural blocks of a string: the variable each counts, and its forms by category. */
export function pluralBlocks(text: string): { name: string; forms: Map<string, string> }[] {
	return [...text.matchAll(block)].map((m) => ({ name: m[1]!, forms: new Map([...m[2]!.matchAll(form)].map((f) => [f[1]!, f[2]!])) }));
}

/** The variables a string uses: {name} and {name, plural, …}. */
export function variablesOf(text: string): Set<string> {
	const names = new Set(pluralBlocks(text).map((b) => b.name));
	for (const m of text.replace(block, '').matchAll(simple)) names.add(m[1]!);
	return names;
}

/** The categories a language uses for whole numbers (0 to 200 covers every rule's cycle). */
const wholeNumberForms = new Map<string, Set<string>>();
export function wholeNumberCategories(locale: string): Set<string> {
	let found = wholeNumberForms.get(locale);
	if (!found) {
		found = new Set<string>();
		for (let n = 0; n <= 200; n++) found.add(rulesFor(locale).select(n));
		wholeNumberForms.set(locale, found);
	}
	return found;
}

/** Fills a string's plural blocks, then its {placeholders}; what has no value stays as written. */
export function formatMessage(text: string, vars: Record<string, string | number> | undefined, locale: string): string {
	const counted = text.replace(block, (whole, name: string, body: string) => {
		const value = vars?.[name];
		if (typeof value !== 'number') return whole;
		const forms = new Map([...body.matchAll(form)].map((f) => [f[1]!, f[2]!]));
		const chosen = forms.get(`=${value}`) ?? forms.get(rulesFor(locale).select(value)) ?? forms.get('other') ?? '';
		return chosen.replace(/#/g, numberFormat(locale).format(value));
	});
	return counted.replace(simple, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}
