import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar } from '../../src/lib/events/ics';
import { eventJsonLd } from '../../src/lib/events/jsonld';
import { addYearsLocal, parisToInstant } from '../../src/lib/paris-time';
import { formatEventWhen } from '../../src/lib/format';

// The pure parts of src/lib/content/events.ts (the module reads astro:content lazily).
const events = () => import('../../src/lib/content/events');

const facts = {
	title: 'Forum, "métiers"; du lien',
	summary: 'Des stands, des employeurs, des formations : venez nombreux, même sans CV.',
	status: 'scheduled' as const,
	place: { name: 'Halle', address: '5 rue du Stade', postcode: '40100', town: 'Dax' },
	organiser: { name: 'Plateforme des Landes' },
};

describe('Paris time', () => {
	it('turns Paris wall-clock times into instants, in winter, in summer and across the spring change', () => {
		expect(parisToInstant('2027-01-21T18:00').toISOString()).toBe('2027-01-21T17:00:00.000Z');
		expect(parisToInstant('2027-07-01T09:30').toISOString()).toBe('2027-07-01T07:30:00.000Z');
		// 28 March 2027: clocks go from 02:00 to 03:00 in Paris.
		expect(parisToInstant('2027-03-28T01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
		expect(parisToInstant('2027-03-28T03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
		expect(addYearsLocal('2024-02-29T10:00', 1)).toBe('2025-03-01T10:00');
	});

	it('formats dates in every language, always in Paris time', () => {
		const start = parisToInstant('2027-03-18T09:30');
		const end = parisToInstant('2027-03-18T12:30');
		expect(formatEventWhen(start, end, true, 'fr')).toMatch(/jeudi 18 mars 2027.*09:30.*12:30/);
		expect(formatEventWhen(start, end, true, 'uk')).toMatch(/2027.*09:30.*12:30/);
		expect(formatEventWhen(start, end, true, 'ar')).toMatch(/2027/);
	});
});

describe('upcoming and past events', () => {
	const now = new Date('2026-12-01T12:00:00Z');

	it('keep an event until it is over, soonest first, and archive the past latest first', async () => {
		const { splitByNow, instantsOf } = await events();
		const at = (start: string, end: string) => ({ id: start, ...instantsOf({ start, end }) });
		const { upcoming, past } = splitByNow(
			[
				at('2027-01-10T10:00', '2027-01-10T12:00'),
				at('2026-12-01T09:00', '2026-12-01T18:00'),
				at('2020-11-23', '2020-11-23'),
				at('2023-04-24', '2023-04-28'),
			],
			now,
		);
		expect(upcoming.map((e) => e.id)).toEqual(['2026-12-01T09:00', '2027-01-10T10:00']);
		expect(past.map((e) => e.id)).toEqual(['2023-04-24', '2020-11-23']);
	});

	it('move demonstration events forward by whole years, keep real ones', async () => {
		const { withExampleDates } = await events();
		expect(withExampleDates({ start: '2025-03-18T09:30', end: '2025-03-18T12:30', example: true }, now)).toMatchObject({
			start: '2027-03-18T09:30',
			end: '2027-03-18T12:30',
		});
		expect(withExampleDates({ start: '2022-03-30', end: '2022-03-30', example: false }, now)).toMatchObject({ start: '2022-03-30' });
	});
});

describe('iCalendar', () => {
	const event = (id: string, start: string, end: string, timed = true) => ({
		id,
		facts,
		startAt: parisToInstant(timed ? start : `${start}T00:00`),
		endAt: parisToInstant(timed ? end : `${end}T23:59`),
		timed,
		url: `https://example.org/agenda/${id}/`,
	});
	const text = calendar(
		[
			event('winter', '2027-01-21T18:00', '2027-01-21T19:00'),
			// Across the spring change: starts in winter time, ends in summer time.
			event('night', '2027-03-28T01:30', '2027-03-28T04:00'),
			event('week', '2027-04-24', '2027-04-28', false),
		],
		{ name: 'Agenda', host: 'example.org', url: 'https://example.org/agenda/' },
	);
	const parsed = new ICAL.Component(ICAL.parse(text));
	for (const tz of parsed.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
	const vevents = parsed.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

	it('parses back with ical.js and gives the same instants, across a daylight-saving change', () => {
		expect(vevents.map((e) => e.uid)).toEqual(['winter@example.org', 'night@example.org', 'week@example.org']);
		expect(vevents[0]!.startDate.toJSDate().toISOString()).toBe('2027-01-21T17:00:00.000Z');
		expect(vevents[1]!.startDate.toJSDate().toISOString()).toBe('2027-03-28T00:30:00.000Z');
		expect(vevents[1]!.endDate.toJSDate().toISOString()).toBe('2027-03-28T02:00:00.000Z');
		expect(vevents[1]!.startDate.zone.tzid).toBe('Europe/Paris');
	});

	it('writes whole days as dates with an exclusive end, and escapes and folds text', () => {
		expect(vevents[2]!.startDate.isDate).toBe(true);
		expect(vevents[2]!.startDate.toString()).toBe('2027-04-24');
		expect(vevents[2]!.endDate.toString()).toBe('2027-04-29');
		expect(vevents[0]!.summary).toBe(facts.title);
		expect(text).toContain('SUMMARY:Forum\\, "métiers"\\; du lien');
		for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
	});
});

describe('Event JSON-LD', () => {
	it('gives status, attendance mode, place and organiser', () => {
		const data = eventJsonLd({
			url: 'https://example.org/agenda/forum/',
			lang: 'fr',
			name: 'Forum',
			description: 'Des stands',
			facts: { ...facts, status: 'cancelled', registration: 'none', example: false },
			startAt: parisToInstant('2027-03-18T09:30'),
			endAt: parisToInstant('2027-03-18T12:30'),
			timed: true,
		});
		expect(data).toMatchObject({
			'@type': 'Event',
			startDate: '2027-03-18T09:30:00+01:00',
			eventStatus: 'https://schema.org/EventCancelled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			location: { '@type': 'Place', address: { addressLocality: 'Dax' } },
			organizer: { name: 'Plateforme des Landes' },
		});
	});
});
