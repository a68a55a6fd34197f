import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { sections, type Section, type SectionId } from '../../sections';
import { valuesAt } from '../value-at';
import type { Locale } from '../i18n/locales';
import { getEvents } from './events';
import { getOffers, type OfferEntry } from './offers';

export interface RelatedGroup {
	section: Section;
	/** Anchor of the block on the profile page: the section's French segment ("offres"). */
	anchor: string;
	entries: RelatedEntry[];
}

type Linked = Section & { profileLink: NonNullable<Section['profileLink']> };
const linked = (sections as readonly Section[]).filter((s): s is Linked => !!s.profileLink);

/** An entry linked to a profile: from an Astro collection, or an offer. */
export type RelatedEntry = CollectionEntry<CollectionKey> | OfferEntry;

/** Linked entries that are not an Astro collection (offers: src/lib/offers/published.ts says why). */
const readers: Partial<Record<string, () => Promise<readonly RelatedEntry[]>>> = { offers: getOffers };

// Built once per build: profile id → entries, for every section that links to profiles.
let index: Promise<Map<Linked, Map<string, RelatedEntry[]>>> | undefined;

function buildIndex() {
	return Promise.all(
		linked.map(async (section) => {
			const { collection, field, sort } = section.profileLink;
			const read = readers[collection] ?? (() => getCollection(collection as CollectionKey));
			const entries = [...(await read())];
			const data = (e: RelatedEntry) => e.data as Record<string, unknown>;
			if (sort) {
				const sign = sort.order === 'asc' ? 1 : -1;
				entries.sort((a, b) => sign * compare(data(a)[sort.field], data(b)[sort.field]) || a.id.localeCompare(b.id));
			}
			const byProfile = new Map<string, RelatedEntry[]>();
			for (const entry of entries) {
				const [value] = valuesAt(entry.data, field);
				for (const id of Array.isArray(value) ? value : [value]) {
					if (typeof id !== 'string') continue;
					let list = byProfile.get(id);
					if (!list) byProfile.set(id, (list = []));
					list.push(entry);
				}
			}
			return [section, byProfile] as const;
		}),
	).then((pairs) => new Map(pairs));
}

/** Numbers and dates by value, texts (ISO dates written as text sort right) by their string. */
function compare(a: unknown, b: unknown): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
	return String(a).localeCompare(String(b));
}

/** The entries of every section that point to this profile, section by section (empty groups left out). */
export async function relatedToProfile(profileId: string, locale: Locale): Promise<RelatedGroup[]> {
	index ??= buildIndex();
	const groups: RelatedGroup[] = [];
	for (const [section, byProfile] of await index) {
		const shown = await shownIds[section.id as keyof typeof shownIds]?.(locale);
		const entries = (byProfile.get(profileId) ?? []).filter((e) => !shown || shown.has(e.id));
		if (entries.length) groups.push({ section, anchor: section.segment, entries });
	}
	return groups;
}

/**
 * Sections whose entries can be over at build time: only those still shown count, so a
 * profile never announces (in its table of contents) a block that would be empty.
 */
const shownIds = {
	events: async (locale: Locale) =>
		new Set((await getEvents(locale)).upcoming.filter((e) => e.facts.status !== 'cancelled').map((e) => e.id)),
} satisfies Partial<Record<SectionId, (locale: Locale) => Promise<Set<string>>>>;
