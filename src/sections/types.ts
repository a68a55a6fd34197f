import type { z } from 'astro/zod';
import type { UiKey } from '../lib/i18n/strings';

/**
 * The shape of a section declaration. A section is a kind of content with its
 * own pages (job profiles, job offers, editorial pages; trainings, videos and
 * events next). Everything the rest of the code needs to know about it is
 * declared once, in src/sections/<section>.ts, and read from there by the
 * content loader, the content checker, the routes, the navigation, the sitemap,
 * the search page and the tests. Declarations are plain data and pure
 * functions: they import no Astro runtime and no I/O, so Node scripts read them too.
 */

/** A collection whose entries are files in content/: where they live and the schema they obey. */
export interface FileCollection {
	/** Folder under the project root, e.g. "content/metiers" (French, editors open it). */
	base: string;
	/** Locale sub-folders to read ("fr" holds canonical entries); empty when the files sit in `base` itself. */
	folders: readonly string[];
	extensions: readonly string[];
	schema: z.ZodType;
	/** Canonical entries are "<id>"; translations are "<locale>/<id>". */
	idPrefix: boolean;
	/** How messages to editors name one entry (French), when it differs from the section's noun. */
	noun?: string;
	/** When the body is required: what to say when it is empty. */
	body?: string;
	/** Fields naming files that must exist: "captions[].src" under "public". */
	files?: readonly { field: string; dir: string }[];
}

/**
 * How an entry reaches a visitor of another language.
 * - "translated": the French entry holds the facts and words; a file per locale holds
 *   only the words (`translatable`, listed once), so a translation cannot contradict a fact.
 *   A missing translation shows the French words with a notice.
 * - "french-only": entries exist in French only (job offers are written by employers);
 *   lists of them exist in every language.
 * - "interface": pages made of interface strings only (home, search), in every language.
 */
export type Localisation =
	| { mode: 'translated'; canonical: string; translations: string; translatable: readonly string[] }
	| { mode: 'french-only' }
	| { mode: 'interface' };

/** A field of a collection that names entries of another collection by id. */
export interface Reference {
	collection: string;
	field: string;
	/** The collection the ids belong to (its canonical collection). */
	to: string;
}

/**
 * One value of a facet. `key` is a UI string key (translated in each locale, with `french`, the word
 * visitors will meet in French, beside it);
 * `text` is a label shown as is (offer vocabulary, a place name, in French);
 * `ref` names an entry whose title is the label (a job profile, in the visitor's language).
 */
export type FacetValue = { value: string } & (
	| {
			key: UiKey;
			vars?: Record<string, string | number>;
			/** The French word job ads use ("CDI"), shown beside the translation when it differs. */
			french?: string;
	  }
	| { text: string; lang: 'fr' }
	| { ref: 'profiles' }
);

/**
 * A way to narrow a section's entries. The same declaration produces the
 * pre-built filter pages (`prebuilt`), the search index filters (every facet is
 * indexed under its id) and the search page's filter groups (`searchForm`).
 */
export interface Facet<Item> {
	/** URL segment of pre-built pages and Pagefind filter name: French, people see it. */
	id: string;
	label: UiKey;
	/** The values an item has (`value` of FacetValue). */
	valuesOf: (item: Item) => readonly string[];
	/** Every possible value, in display order; for data-driven facets, derived from the items. */
	values: (items: readonly Item[]) => readonly FacetValue[];
	/** Pre-built list pages, one per value (/metiers/secteur/handicap/): work without JavaScript. */
	prebuilt?: boolean;
	/** Offered on the search page and in the section's search form. */
	searchForm?: 'checkboxes' | 'select';
}

export interface Section {
	/** English id used in code: "profiles", "offers". */
	id: string;
	/** French URL segment: "metiers"; "" for pages at the root. */
	segment: string;
	/** Collections backed by files in content/, checked by npm run check:content. */
	collections: Record<string, FileCollection>;
	/** Collections filled by a content-layer loader (src/content.config.ts wires the loader). */
	loadedCollections?: readonly string[];
	localisation: Localisation;
	references: readonly Reference[];
	/** How messages to editors name one entry, in French (they read it): "fiche métier". */
	noun: string;
	/**
	 * Where entries point to job profiles: each profile page lists them (in the order of
	 * `sort`, a date or number field), under `heading`, with the block
	 * src/components/related/<section id>.astro, without the profile naming them.
	 */
	profileLink?: {
		/** An Astro collection, or 'offers' (not one: src/lib/offers/published.ts), read by src/lib/content/related.ts. */
		collection: string;
		/** A field or a dotted path ('person.profession'). */
		field: string;
		heading: UiKey;
		sort?: { field: string; order: 'asc' | 'desc' };
		/** Where the block stands on the profile: near the top (videos) or with the others at the end. */
		position?: 'top' | 'bottom';
	};
	/**
	 * Entries that go with another collection's, one each and by the same id (the easy-to-read
	 * version of a profile): the content check requires one for each entry of `to` where
	 * `requiredFor` says so, and refuses one whose id is not an entry of `to`.
	 */
	companionOf?: { collection: string; to: string; requiredFor: (entry: Record<string, unknown>) => boolean };
	/** Type label in search results and the "type" search filter. */
	searchType?: UiKey;
	/** Link in the main navigation, in this order. */
	nav?: { label: UiKey; order: number };
	facets?: readonly Facet<never>[];
	/** Locale-less path builders ("/metiers/aide-soignant/"); src/lib/routing adds the locale prefix. */
	paths: Record<string, (...args: never[]) => string>;
	/** Paths of pages that exist in French only (offer pages): no hreflang, the switcher leads elsewhere. */
	isSingleLanguagePath?: (path: string) => boolean;
}
