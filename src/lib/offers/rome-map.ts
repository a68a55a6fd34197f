// From ROME codes to job profiles. The codes are written once, in each profile's front
// matter (`rome` in content/metiers/fr/<id>.mdx, schema in src/schemas/profile.ts); this
// module builds the table from them. ROME 4.0 (2026) moved several meanings and feeds
// still send codes of both generations, so a code may mean several profiles; where it
// does, words of the job title decide.
// ROME: https://www.francetravail.org/opendata/repertoire-operationnel-des-meti.html
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileSchema, type Profile } from '../../schemas/profile';
import { readFrontmatter } from '../content-check/frontmatter';
import { ContentError, parseOrThrow } from '../errors';
import { normaliseWords } from './text';

/** What the table needs of a job profile: its id and its `rome` front matter. */
export interface RomeProfile {
	id: string;
	rome: NonNullable<Profile['rome']>;
}

/**
 * One reading of a code: the profile, and the title phrases that select it (any of
 * them). A rule without phrases is the code's default. Phrases are lowercase ASCII
 * words; a trailing `*` matches a word's beginning ("maternel*" matches "maternelle").
 */
export interface RomeRule {
	profession: string;
	when?: readonly string[];
}

/** ROME code → its readings, tried in order. */
export type RomeTable = ReadonlyMap<string, readonly RomeRule[]>;

/**
 * The table from the profiles' `rome` fields. Under each code, the profiles that need a
 * title match come first (in their `before` order), then the one profile, if any, that
 * takes the code's other offers. Throws when the profiles leave a code ambiguous.
 */
export function buildRomeTable(profiles: readonly RomeProfile[]): RomeTable {
	const ids = new Set(profiles.map((p) => p.id));
	const holders = new Map<string, RomeProfile[]>();
	for (const profile of profiles) {
		for (const other of profile.rome.before ?? []) {
			if (!ids.has(other)) throw new Error(`${profile.id}: rome.before names "${other}", which is not a job profile`);
		}
		for (const code of new Set([...profile.rome.v3, ...profile.rome.v4])) holders.set(code, [...(holders.get(code) ?? []), profile]);
	}
	const table = new Map<string, readonly RomeRule[]>();
	for (const code of [...holders.keys()].sort()) {
		const list = holders.get(code) ?? [];
		const titled = list.filter((p) => p.rome.titleRequired?.includes(code));
		const defaults = list.filter((p) => !titled.includes(p));
		if (defaults.length > 1) {
			throw new Error(
				`${code} is in the rome field of ${defaults.map((p) => p.id).join(', ')}: all but one must list it in "titleRequired" (with "offerTitles")`,
			);
		}
		table.set(code, [
			...orderTitled(code, titled).map((p) => ({ profession: p.id, when: p.rome.offerTitles ?? [] })),
			...defaults.map((p) => ({ profession: p.id })),
		]);
	}
	return table;
}

/** Profiles that need a title match on the same code: `before` must order every pair, as an offer title may match several. */
function orderTitled(code: string, titled: RomeProfile[]): RomeProfile[] {
	const first = (a: RomeProfile, b: RomeProfile) => a.rome.before?.includes(b.id) ?? false;
	for (const [i, a] of titled.entries()) {
		for (const b of titled.slice(i + 1)) {
			if (first(a, b) === first(b, a)) {
				throw new Error(`${code} needs a title match for ${a.id} and ${b.id}: exactly one of them must name the other in rome.before`);
			}
		}
	}
	const ahead = (p: RomeProfile) => titled.filter((other) => first(p, other)).length;
	const ordered = [...titled].sort((a, b) => ahead(b) - ahead(a));
	for (const [i, a] of ordered.entries()) {
		const later = ordered.slice(i + 1).find((b) => first(b, a));
		if (later) throw new Error(`${code}: rome.before goes round in circles between ${a.id} and ${later.id}`);
	}
	return ordered;
}

/** The ROME codes to ask feeds for, both generations. */
export function romeCodesToQuery(table: RomeTable): string[] {
	return [...table.keys()].sort();
}

/** The profiles that offers can be shown with. */
export function offerProfessions(table: RomeTable): string[] {
	return [...new Set([...table.values()].flatMap((rules) => rules.map((r) => r.profession)))].sort();
}

const phraseCache = new Map<string, RegExp>();
function phraseMatcher(phrase: string): RegExp {
	let re = phraseCache.get(phrase);
	if (!re) {
		const words = phrase.split(' ').map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}[a-z0-9]*` : escape(w)));
		re = new RegExp(`(?:^| )${words.join(' ')}(?: |$)`);
		phraseCache.set(phrase, re);
	}
	return re;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The profile an offer belongs to, from its ROME code and title (both generations of
 * codes accepted). Null when the code is not ours or the title cannot settle a shared
 * code: such an offer is dropped rather than shown under the wrong job.
 */
export function professionFor(table: RomeTable, romeCode: string, title: string): string | null {
	const rules = table.get(romeCode.trim().toUpperCase());
	if (!rules) return null;
	const words = normaliseWords(title);
	for (const rule of rules) {
		if (!rule.when || rule.when.some((phrase) => phraseMatcher(phrase).test(words))) return rule.profession;
	}
	return null;
}

const profilesDir = 'content/metiers/fr';

/**
 * The French job profiles' ROME fields, read from disk and checked against the profile
 * schema. Former titles (`replacedBy`) have no codes: offers go to the current profile.
 */
export function readRomeProfiles(root = process.cwd()): RomeProfile[] {
	const profiles: RomeProfile[] = [];
	for (const name of readdirSync(join(root, profilesDir)).sort()) {
		if (!name.endsWith('.mdx')) continue;
		const file = `${profilesDir}/${name}`;
		let data: unknown;
		try {
			data = readFrontmatter(readFileSync(join(root, file), 'utf8')).data;
		} catch (error) {
			throw new ContentError(file, [(error as Error).message]);
		}
		const profile = parseOrThrow(profileSchema, data, file);
		if (profile.replacedBy || !profile.rome) continue;
		profiles.push({ id: name.slice(0, -'.mdx'.length), rome: profile.rome });
	}
	return profiles;
}
