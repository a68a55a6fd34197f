import territory from 'virtual:territory';
import { events } from '../../sections';
import { national, type EventListing } from '../../sections/events';
import type { EventFacts } from '../../schemas/event';
import { buildNow, keepExampleUpcoming } from '../dates';
import type { Locale } from '../i18n/locales';
import { addYearsLocal, parisToInstant } from '../paris-time';
import { localizedEntries, type LocalizedEntry } from './localized';

type Words = Pick<EventFacts, 'title' | 'summary' | 'accessibility'>;

/** An event as a visitor of a language sees it, with its instants (Paris time) and list facts. */
export type EventView = LocalizedEntry<'events', Words> & {
	startAt: Date;
	endAt: Date;
	/** False when the event gives a day but no hours. */
	timed: boolean;
	listing: EventListing;
};

/** Instants of an event; a day without hours lasts the whole day in Paris. */
export function instantsOf(facts: Pick<EventFacts, 'start' | 'end'>): { startAt: Date; endAt: Date; timed: boolean } {
	const timed = facts.start.includes('T');
	const startAt = parisToInstant(timed ? facts.start : `${facts.start}T00:00`);
	const endAt = timed ? parisToInstant(facts.end) : parisToInstant(`${facts.end}T23:59`);
	return { startAt, endAt, timed };
}

/**
 * Demonstration events keep their day and hours and move forward by whole years until
 * they are over no earlier than now; real events keep their dates.
 */
export function withExampleDates<F extends Pick<EventFacts, 'start' | 'end' | 'example'>>(facts: F, now: Date): F {
	return keepExampleUpcoming(facts, instantsOf(facts).endAt, now, (years) => ({
		...facts,
		start: addYearsLocal(facts.start, years),
		end: addYearsLocal(facts.end, years),
	}));
}

/** Upcoming (not over yet at build time), soonest first; past ones, latest first. */
export function splitByNow<E extends { startAt: Date; endAt: Date }>(list: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
	const upcoming = list.filter((e) => e.endAt >= now).sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
	const past = list.filter((e) => e.endAt < now).sort((a, b) => b.startAt.getTime() - a.startAt.getTime());
	return { upcoming, past };
}

const cache = new Map<Locale, Promise<{ upcoming: EventView[]; past: EventView[] }>>();

/** This territory's events (and national ones) as `locale` shows them, split at build time. */
export function getEvents(locale: Locale, now = buildNow()): Promise<{ upcoming: EventView[]; past: EventView[] }> {
	if (!cache.has(locale)) cache.set(locale, loadEvents(locale, now));
	return cache.get(locale)!;
}

async function loadEvents(locale: Locale, now: Date) {
	const list = (await localizedEntries<'events', Words>(events.localisation, locale)).map((entry): EventView => {
		// localizedEntries keeps entries without territories or naming this one.
		const facts = withExampleDates(entry.facts, now);
		const here = facts.territories?.length ? [{ id: territory.id, name: territory.name }] : [{ id: national, name: 'France' }];
		return { ...entry, facts, ...instantsOf(facts), listing: { facts, places: here } };
	});
	return splitByNow(list, now);
}
