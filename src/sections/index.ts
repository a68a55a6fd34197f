/**
 * The section registry: every section of the site, declared once in its own
 * file of this folder. Adding a section means writing its file and listing it
 * here; see "Adding a section" in README.md.
 */
import type { UiKey } from '../lib/i18n/strings';
import { classroom } from './classroom';
import { easyRead } from './easy-read';
import { events } from './events';
import { glossary } from './glossary';
import { offers } from './offers';
import { orientation } from './orientation';
import { pages } from './pages';
import { profiles } from './profiles';
import { site } from './site';
import { trainings } from './trainings';
import { videos } from './videos';
import type { Section } from './types';

export { classroom, easyRead, events, glossary, offers, orientation, pages, profiles, site, trainings, videos };
export type { Facet, FacetValue, FileCollection, Section } from './types';

export const sections = [
	profiles,
	easyRead,
	videos,
	trainings,
	events,
	offers,
	pages,
	glossary,
	orientation,
	classroom,
	site,
] as const satisfies readonly Section[];
export type SectionId = (typeof sections)[number]['id'];

/** Every file-backed collection of every section, by name: read by Astro's content config and the content checker. */
export const fileCollections = {
	...profiles.collections,
	...trainings.collections,
	...events.collections,
	...videos.collections,
	...pages.collections,
	...glossary.collections,
	...easyRead.collections,
} as const;
export type FileCollectionName = keyof typeof fileCollections;

// A section forgotten in `fileCollections` would go unchecked: fail loudly at import.
for (const s of sections as readonly Section[]) {
	for (const name of Object.keys(s.collections)) {
		if (!(name in fileCollections))
			throw new Error(`src/sections/index.ts: collection "${name}" of section "${s.id}" is not in fileCollections`);
	}
}

export function sectionById(id: string): Section {
	const found = (sections as readonly Section[]).find((s) => s.id === id);
	if (!found) throw new Error(`No section "${id}" in src/sections/index.ts`);
	return found;
}

/** The section a collection belongs to. */
export function sectionOfCollection(collection: string): Section | undefined {
	return (sections as readonly Section[]).find((s) => collection in s.collections || s.loadedCollections?.includes(collection));
}

/** The main navigation, after the home link: sections that declare a link, in their order. */
export const navigation: { id: string; label: UiKey; path: string }[] = (sections as readonly Section[])
	.filter((s): s is Section & { nav: NonNullable<Section['nav']> } => !!s.nav)
	.sort((a, b) => a.nav.order - b.nav.order)
	.map((s) => ({ id: s.id, label: s.nav.label, path: navPath(s) }));

function navPath(s: Section): string {
	const build = s.paths['list'] ?? s.paths['search'];
	if (!build) throw new Error(`Section "${s.id}" has a navigation link but no "list" (or "search") path`);
	return (build as () => string)();
}

/** Sections whose entries exist in French only: other languages' searches merge them from the French index. */
export const frenchOnlySections = (sections as readonly Section[]).filter((s) => s.localisation.mode === 'french-only').map((s) => s.id);

/** True for a page that exists in French only (no hreflang alternates, the language switcher leads elsewhere). */
export function isSingleLanguagePath(path: string): boolean {
	return (sections as readonly Section[]).some((s) => s.isSingleLanguagePath?.(path));
}
