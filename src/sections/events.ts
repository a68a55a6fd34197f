import { audiences, eventKinds, eventSchema, eventWords, type EventFacts } from '../schemas/event';
import { translationSchema } from '../schemas/shared';
import { defineSection, join, placesFacet, type Place } from './define';
import type { Facet } from './types';

const segment = 'agenda';
/** The place of an event that names no territory: shown on every territory's site. */
export const national = 'france';

/** An event as the lists filter it: its facts, and where it is held (this territory, or all of France). */
export interface EventListing {
	facts: Pick<EventFacts, 'kind' | 'audience' | 'professions'>;
	places: readonly Place[];
}

const facets = [
	{
		id: 'categorie',
		label: 'event.filterKind',
		valuesOf: (e) => [e.facts.kind],
		values: () => eventKinds.map((k) => ({ value: k, key: `event.kind.${k}` as const })),
		prebuilt: true,
		searchForm: 'checkboxes',
	},
	{
		id: 'public',
		label: 'event.filterAudience',
		valuesOf: (e) => e.facts.audience,
		values: () => audiences.map((a) => ({ value: a, key: `audience.${a}` as const })),
		prebuilt: true,
	},
	placesFacet<EventListing>('event.filterTerritory', (p) => (p.id === national ? { value: p.id, key: 'event.national' } : undefined)),
	{
		id: 'metier',
		label: 'training.filterProfession',
		valuesOf: (e) => e.facts.professions,
		values: (items) => [...new Set(items.flatMap((e) => e.facts.professions))].sort().map((value) => ({ value, ref: 'profiles' as const })),
		prebuilt: true,
	},
] as const satisfies readonly Facet<EventListing>[];

/** Events: forums, job datings, information sessions, visits, webinars; facts in French, words in every language. */
export const events = defineSection({
	id: 'events',
	segment,
	noun: 'événement',
	collections: {
		events: { base: 'content/agenda', folders: ['fr'], extensions: ['.md', '.mdx'], schema: eventSchema, idPrefix: false },
		eventTranslations: {
			base: 'content/agenda',
			folders: ['en', 'es', 'ar', 'uk'],
			extensions: ['.md', '.mdx'],
			schema: translationSchema(eventWords),
			idPrefix: true,
		},
	},
	localisation: { mode: 'translated', canonical: 'events', translations: 'eventTranslations', translatable: Object.keys(eventWords) },
	references: [{ collection: 'events', field: 'professions', to: 'profiles' }],
	profileLink: { collection: 'events', field: 'professions', heading: 'event.profileBlock', sort: { field: 'start', order: 'asc' } },
	searchType: 'type.evenement',
	nav: { label: 'nav.agenda', order: 25 },
	facets,
	paths: {
		list: () => join(segment),
		archive: () => join(segment, 'archives'),
		entry: (id: string) => join(segment, id),
		filter: (facet: string, value: string) => join(segment, facet, value),
		/** One event in iCalendar, and the feed of the territory's upcoming events (French). */
		calendar: (id: string) => `/${segment}/${id}.ics`,
		feed: () => `/${segment}/agenda.ics`,
	},
});
