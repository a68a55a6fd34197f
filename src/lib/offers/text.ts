// Small text helpers shared by the adapters: every value from a feed goes through
// these before it reaches the offer schema.
import { forbiddenCharacters } from '../../schemas/offer';

const controlCharacters = new RegExp(forbiddenCharacters.source, 'g');

/**
 * A feed value as plain text: strings and numbers only, control characters removed,
 * line breaks kept (descriptions are written with them), blank runs squeezed, trimmed,
 * and cut at `max` characters on a word boundary. Empty → null.
 */
export function cleanText(value: unknown, max: number): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
	if (typeof value !== 'string') return null;
	const text = value
		.replace(/\r\n?/g, '\n')
		.replace(controlCharacters, '')
		.replace(/[ \t\u00A0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	if (!text) return null;
	return truncate(text, max);
}

export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	// Cut on a word when one ends reasonably close, else mid-word: a truncated offer stays readable.
	return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * For a partner that publishes HTML descriptions: turn them into plain text once,
 * here, so pages never have to render HTML from a feed. Decoded `&lt;script&gt;`
 * becomes the literal text "<script>", which pages print escaped.
 */
export function htmlToText(html: string): string {
	return html
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
		.replace(/<li\b[^>]*>/gi, '- ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
				return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
			}
			return entities[name.toLowerCase()] ?? whole;
		});
}

/** Lowercase ASCII words separated by single spaces: how titles and names are compared. */
export function normaliseWords(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** An http(s) address, or null: other schemes (javascript:, data:) never become links. */
export function webUrlOrNull(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

/**
 * A date from a feed as an ISO string in UTC: ISO 8601 (with or without time) or the
 * French "dd/mm/yyyy". Anything else → null, which the schema then reports.
 */
export function toIsoDate(value: unknown): string | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
	if (typeof value !== 'string') return null;
	const text = value.trim();
	const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
	if (french) {
		const [, d, m, y] = french;
		const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
		return date.getUTCDate() === Number(d) ? date.toISOString() : null;
	}
	if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return null;
	// A date-time without zone is French local time in practice; UTC is close enough for day-level display.
	const withZone = /T|\s/.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? `${text.replace(' ', 'T')}Z` : text.replace(' ', 'T');
	const date = new Date(withZone);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const lowerParticles = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'en', 'et', 'lès', 'lez', 'aux', 'à', "d'", "l'"]);

/**
 * France Travail writes towns in capitals ("MONT-DE-MARSAN"); pages show
 * "Mont-de-Marsan". Text already in mixed case is left alone.
 */
export function townCase(name: string): string {
	if (name !== name.toUpperCase()) return name;
	let first = true;
	return name.toLowerCase().replace(/[^\s\-']+'?/gu, (word) => {
		const keep = !first && lowerParticles.has(word);
		first = false;
		return keep ? word : word.charAt(0).toUpperCase() + word.slice(1);
	});
}
