/**
 * The projection view of a profile (issue #15) shows its text one section a screen, in type
 * large enough for the back of a classroom. These pure functions cut the profile's rendered
 * HTML (its Markdown body, with the glossary's <abbr> already in place) into such screens,
 * at the boundaries of whole blocks, so that no screen holds more text than fits 1280×720.
 * The HTML is the trusted output of the Markdown renderer: well-formed, tags balanced.
 */

/** Elements that never have a closing tag (https://html.spec.whatwg.org/multipage/syntax.html#void-elements). */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/** The top-level elements of an HTML fragment, each as its own string; text between them (blank lines) is dropped. */
export function topLevelBlocks(html: string): string[] {
	const blocks: string[] = [];
	let depth = 0;
	let start = -1;
	for (const match of html.matchAll(tag)) {
		const [whole, closing, name, selfClosing] = match;
		const at = match.index;
		const isVoid = voidElements.has(name!.toLowerCase()) || selfClosing === '/';
		if (closing) {
			depth--;
			if (depth === 0) {
				blocks.push(html.slice(start, at + whole.length));
				start = -1;
			}
		} else if (isVoid) {
			if (depth === 0) blocks.push(whole);
		} else {
			if (depth === 0) start = at;
			depth++;
		}
	}
	return blocks;
}

/** The text a reader sees in an HTML fragment, for measuring it: tags dropped, entities counted as one character. */
export function visibleText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, '_')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A `##` section of a profile's body: its heading's inner HTML and id, and its blocks (paragraphs, lists). */
export interface BodySection {
	id: string;
	heading: string;
	blocks: string[];
}

/** The body cut at its level-2 headings; text before the first heading (none in the profiles today) is a section without heading. */
export function bodySections(html: string): BodySection[] {
	const sections: BodySection[] = [];
	for (const block of topLevelBlocks(html)) {
		const h2 = /^<h2\b([^>]*)>([\s\S]*)<\/h2>$/i.exec(block);
		if (h2) {
			const id = /\bid="([^"]*)"/.exec(h2[1]!)?.[1] ?? `section-${sections.length + 1}`;
			sections.push({ id, heading: h2[2]!.trim(), blocks: [] });
		} else {
			if (!sections.length) sections.push({ id: 'intro', heading: '', blocks: [] });
			sections.at(-1)!.blocks.push(block);
		}
	}
	return sections;
}

/** One screen of a section: the section's heading, which part of it this is (1 of 2) and its blocks as HTML. */
export interface SectionScreen {
	id: string;
	heading: string;
	part: number;
	parts: number;
	html: string;
}

/** A list too long for one screen, cut into lists of whole items (an ordered list keeps its numbering). */
function splitList(block: string, budget: number): string[] {
	const list = /^<(ul|ol)\b([^>]*)>([\s\S]*)<\/\1>$/i.exec(block);
	if (!list) return [block];
	const [, name, attributes, inner] = list;
	const items = topLevelBlocks(inner!);
	const chunks: string[][] = [[]];
	let used = 0;
	for (const item of items) {
		const size = visibleText(item).length;
		if (used + size > budget && chunks.at(-1)!.length) {
			chunks.push([]);
			used = 0;
		}
		chunks.at(-1)!.push(item);
		used += size;
	}
	let before = 0;
	return chunks.map((chunk) => {
		const start = name!.toLowerCase() === 'ol' && before ? ` start="${before + 1}"` : '';
		before += chunk.length;
		return `<${name}${attributes}${start}>${chunk.join('')}</${name}>`;
	});
}

/**
 * The screens of one section: its blocks as they are while their text fits `budget`
 * characters; past it, the section goes on over as many screens as needed, cut between
 * blocks (a long list between its items), in parts of even length rather than a full
 * screen and a last line alone. A block longer than the budget stands alone on its screen.
 */
export function sectionScreens(section: BodySection, budget: number): SectionScreen[] {
	const blocks = section.blocks.flatMap((b) => (visibleText(b).length > budget ? splitList(b, budget) : [b]));
	const sizes = blocks.map((b) => visibleText(b).length);
	const total = sizes.reduce((a, b) => a + b, 0);
	const target = total / Math.max(1, Math.ceil(total / budget));
	const chunks: string[][] = [[]];
	let used = 0;
	blocks.forEach((block, i) => {
		const size = sizes[i]!;
		// A new screen when this block would pass the budget, or when its middle would pass the screen's even share.
		if (chunks.at(-1)!.length && (used + size > budget || used + size / 2 > target)) {
			chunks.push([]);
			used = 0;
		}
		chunks.at(-1)!.push(block);
		used += size;
	});
	return chunks.map((chunk, i) => ({
		id: section.id,
		heading: section.heading,
		part: i + 1,
		parts: chunks.length,
		html: chunk.join('\n'),
	}));
}

/** Every section's screens, in order. */
export function bodyScreens(html: string, budget: number): SectionScreen[] {
	return bodySections(html).flatMap((s) => sectionScreens(s, budget));
}

/**
 * Ids made unique inside a document that holds many profiles (the "print all" document):
 * every id, and every reference to one (`href="#…"`, `aria-labelledby`, `aria-describedby`,
 * `for`), gets the prefix.
 */
export function prefixIds(html: string, prefix: string): string {
	return html
		.replace(/(\s)(id|for)="([^"]+)"/g, (_, space: string, name: string, id: string) => `${space}${name}="${prefix}--${id}"`)
		.replace(/(\s)href="#([^"]+)"/g, (_, space: string, id: string) => `${space}href="#${prefix}--${id}"`)
		.replace(
			/(\s)(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g,
			(_, space: string, name: string, ids: string) =>
				`${space}${name}="${ids
					.split(/\s+/)
					.map((id) => `${prefix}--${id}`)
					.join(' ')}"`,
		);
}
