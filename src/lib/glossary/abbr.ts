import { fileURLToPath } from 'node:url';
import type { Element, Parents as HastParents, Text } from 'hast';
import type { HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { isLocale, type Locale } from '../i18n/locales';

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

/** Each acronym by the way it is written, for one document. */
export const pendingTerms = (terms: readonly Abbreviation[]) => new Map(terms.map((t) => [t.term, t]));

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A text node split around the acronyms it holds that are still `pending`, each
 * wrapped in <abbr title="…"> unless the text spells it out beside it: [node] when none. Whole words only, case included
 * ("CAP" the diploma, not "cap"); each acronym leaves `pending` once marked, as
 * WCAG technique H28 asks for the first occurrence only
 * (https://www.w3.org/WAI/WCAG21/Techniques/html/H28), which also keeps pages light.
 */
export function splitText(node: Text, pending: Map<string, Abbreviation>, frenchInside = false): (Text | Element)[] {
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...pending.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	const parts: (Text | Element)[] = [];
	let last = 0;
	for (const match of node.value.matchAll(pattern)) {
		const abbreviation = pending.get(match[0]);
		if (!abbreviation) continue; // already explained earlier in this text
		pending.delete(match[0]);
		// Spelt out right there, "EHPAD (établissement…)" or "…social (DEAES)": the text explains it
		// (WCAG technique G97, https://www.w3.org/WAI/WCAG21/Techniques/general/G97).
		const after = node.value.slice(match.index + match[0].length);
		if (/^\s*\(/.test(after) || (/\(\s*$/.test(node.value.slice(0, match.index)) && /^\s*\)/.test(after))) continue;
		if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
		parts.push({
			type: 'element',
			tagName: 'abbr',
			properties: { title: abbreviation.title },
			// In another language's text the acronym stays French: marked so (RGAA 8.7), its title in the text's language.
			children: frenchInside
				? [{ type: 'element', tagName: 'span', properties: { lang: 'fr' }, children: [{ type: 'text', value: match[0] }] }]
				: [{ type: 'text', value: match[0] }],
		});
		last = match.index + match[0].length;
	}
	if (last === 0) return [node];
	if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
	return parts;
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
function insideUntouched(node: Text, ctx: HastVisitorContext): boolean {
	for (let up: Readonly<HastParents> | undefined = ctx.parent(node); up; up = ctx.parent(up)) {
		if (up.type === 'element' && untouched.has(up.tagName)) return true;
		const name = (up as { type: string; name?: string | null }).name;
		if (up.type === 'mdxJsxTextElement' && name && untouched.has(name)) return true;
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
		const pending = pendingTerms(termsFor(locale));
		if (!pending.size) return null;
		return {
			name: 'metiers-du-lien:abbreviations',
			text(node, ctx) {
				if (!pending.size) return;
				if (insideUntouched(node, ctx)) return;
				const parts = splitText(node as Text, pending, locale !== 'fr');
				if (parts.length > 1 || parts[0] !== node) ctx.replaceNode(node, parts);
			},
		};
	};
}
