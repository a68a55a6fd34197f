import { fileURLToPath } from 'node:url';
import type { Element, Parents as HastParents, Text } from 'hast';
import type { HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { frenchRuns } from '../i18n/french-runs';
import { dirOf, isLocale, locales, type Locale } from '../i18n/locales';

/** An acronym and what it stands for, in the language of the text it appears in. */
export interface Abbreviation {
	term: string;
	title: string;
}

/**
 * Elements whose text stays as written: a link or code keeps its text, headings
 * stay plain (they are repeated in the table of contents), an <abbr> is already explained.
 */
const untouched = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg']);
/** Elements whose text is never changed at all; French words in headings and links are still marked (RGAA 8.7). */
const verbatim = new Set(['abbr', 'code', 'pre', 'script', 'style', 'svg']);

/** Each acronym by the way it is written, for one document. */
export const pendingTerms = (terms: readonly Abbreviation[]) => new Map(terms.map((t) => [t.term, t]));

const escapeTerm = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** French words inside another language's text: marked French, and left to right inside Arabic (RGAA 8.7, 8.10). */
const frenchSpan = (value: string, rtl = false): Element => ({
	type: 'element',
	tagName: 'span',
	properties: rtl ? { lang: 'fr', dir: 'ltr' } : { lang: 'fr' },
	children: [{ type: 'text', value }],
});

/**
 * A text node split around the acronyms it holds. The first occurrence of each one still
 * `pending` is wrapped in <abbr title="…"> unless the text spells it out beside it; in another
 * language's text (`french` lists the acronyms then), every acronym is also marked as French
 * (RGAA 8.7), its title staying in the text's language. [node] when nothing changes.
 * Whole words only, case included ("CAP" the diploma, not "cap"). Marking the first occurrence
 * only is what WCAG technique H28 asks (https://www.w3.org/WAI/WCAG21/Techniques/html/H28), and
 * keeps pages light.
 */
export function splitText(node: Text, pending: Map<string, Abbreviation>, french?: ReadonlySet<string>, rtl = false): (Text | Element)[] {
	const terms = new Set([...pending.keys(), ...(french ?? [])]);
	if (!terms.size) return [node];
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...terms].map(escapeTerm).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	const parts: (Text | Element)[] = [];
	let last = 0;
	for (const match of node.value.matchAll(pattern)) {
		const term = match[0];
		const abbreviation = pending.get(term);
		pending.delete(term);
		// Spelt out right there, "EHPAD (établissement…)" or "…social (DEAES)": the text explains it
		// (WCAG technique G97, https://www.w3.org/WAI/WCAG21/Techniques/general/G97).
		const after = node.value.slice(match.index + term.length);
		const spelt = /^\s*\(/.test(after) || (/\(\s*$/.test(node.value.slice(0, match.index)) && /^\s*\)/.test(after));
		const inner: Text | Element = french ? frenchSpan(term, rtl) : { type: 'text', value: term };
		let replacement: Text | Element | undefined;
		if (abbreviation && !spelt)
			replacement = { type: 'element', tagName: 'abbr', properties: { title: abbreviation.title }, children: [inner] };
		else if (french) replacement = inner;
		if (!replacement) continue;
		if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
		parts.push(replacement);
		last = match.index + term.length;
	}
	if (last === 0) return [node];
	if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
	return parts;
}

/** A text node with its French (Latin-script) words in <span lang="fr">: for Arabic and Ukrainian texts. */
function markFrenchRuns(node: Text, rtl: boolean): (Text | Element)[] {
	const runs = frenchRuns(node.value);
	if (runs.length === 1 && !runs[0]!.french) return [node];
	return runs.map((r) => (r.french ? frenchSpan(r.text, rtl) : { type: 'text', value: r.text }));
}

/** The language of a content file from its folder: content/metiers/ar/x.mdx is Arabic; files outside a locale folder are French. */
export function localeOfFile(path: string): Locale {
	const folder = /[\\/]content[\\/][^\\/]+[\\/]([a-z]{2})[\\/]/.exec(path)?.[1];
	return isLocale(folder) ? folder : 'fr';
}

/**
 * True for text inside an element that keeps its words: an element in the HTML
 * tree, a JSX element in MDX, or, in plain Markdown, inline HTML written as
 * `<abbr title="…">CDI</abbr>` (raw tags around the text, not a parent).
 */
function insideUntouched(node: Text, ctx: HastVisitorContext, tags: ReadonlySet<string> = untouched): boolean {
	for (let up: Readonly<HastParents> | undefined = ctx.parent(node); up; up = ctx.parent(up)) {
		if (up.type === 'element' && tags.has(up.tagName)) return true;
		const name = (up as { type: string; name?: string | null }).name;
		if (up.type === 'mdxJsxTextElement' && name && tags.has(name)) return true;
	}
	const index = ctx.indexOf(node);
	const before = index ? ctx.parent(node).children[index - 1] : undefined;
	return before?.type === 'raw' && /<(?:a|abbr|code)\b[^>]*>\s*$/i.test(before.value);
}

/**
 * The plugin for Astro's Markdown processor, Sätteri (Astro 7's default, which runs its
 * own plugins rather than rehype's: https://docs.astro.build/en/reference/markdown-processors/satteri/).
 * A factory, called once per document: each text explains its own first occurrences.
 */
export function abbreviationsPlugin(termsFor: (locale: Locale) => readonly Abbreviation[]): HastPluginEntry {
	return (file: PluginFactoryContext) => {
		const locale = localeOfFile(file.fileURL ? fileURLToPath(file.fileURL) : '');
		const terms = termsFor(locale);
		const pending = pendingTerms(terms);
		const nonLatin = !locales[locale].latinScript;
		if (!pending.size && !nonLatin) return null;
		const french = locale === 'fr' ? undefined : new Set(terms.map((t) => t.term));
		return {
			name: 'metiers-du-lien:abbreviations',
			text(node, ctx) {
				const rtl = dirOf(locale) === 'rtl';
				if (insideUntouched(node, ctx)) {
					// No acronym explained in a heading or a link, but its French words are still French.
					if (!nonLatin || insideUntouched(node, ctx, verbatim)) return;
					const parts = markFrenchRuns(node as Text, rtl);
					if (parts.length > 1 || parts[0] !== node) ctx.replaceNode(node, parts);
					return;
				}
				const split = splitText(node as Text, pending, french, rtl);
				// In Arabic and Ukrainian, the other French words of the text are marked too (src/lib/i18n/french-runs.ts).
				const parts = nonLatin ? split.flatMap((part) => (part.type === 'text' ? markFrenchRuns(part, rtl) : [part])) : split;
				if (parts.length > 1 || parts[0] !== node) ctx.replaceNode(node, parts);
			},
		};
	};
}
