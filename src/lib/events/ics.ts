import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { EventFacts } from '../../schemas/event';
import { parisZone } from '../paris-time';

export interface CalendarEvent {
	id: string;
	facts: Pick<EventFacts, 'title' | 'summary' | 'status' | 'place' | 'online' | 'organiser'>;
	startAt: Date;
	endAt: Date;
	timed: boolean;
	/** Absolute address of the event's page. */
	url: string;
}

const statusOf: Record<EventFacts['status'], ICalEventStatus> = {
	scheduled: ICalEventStatus.CONFIRMED,
	'moved-online': ICalEventStatus.CONFIRMED,
	postponed: ICalEventStatus.TENTATIVE,
	cancelled: ICalEventStatus.CANCELLED,
};

/**
 * An iCalendar file (RFC 5545) written by ical-generator: UIDs stable across builds
 * (the event id and the site's host), times in Europe/Paris with its VTIMEZONE,
 * text escaped and lines folded by the library.
 */
export function calendar(list: readonly CalendarEvent[], options: { name: string; host: string; url: string }): string {
	const cal = ical({ name: options.name, prodId: { company: options.host, product: 'metiers-du-lien', language: 'FR' }, url: options.url });
	cal.timezone({ name: parisZone, generator: getVtimezoneComponent });
	for (const e of list) {
		const place = e.facts.place;
		const where = place
			? [place.name, place.address, [place.postcode, place.town].filter(Boolean).join(' ')].filter(Boolean).join(', ')
			: undefined;
		cal.createEvent({
			id: `${e.id}@${options.host}`,
			// ical-generator writes a Date in the machine's zone: Luxon carries Paris's wall-clock time with it.
			start: DateTime.fromJSDate(e.startAt, { zone: parisZone }),
			// A whole-day event ends, exclusively, at the start of the next day (RFC 5545, 3.6.1).
			end: e.timed
				? DateTime.fromJSDate(e.endAt, { zone: parisZone })
				: DateTime.fromJSDate(e.endAt, { zone: parisZone }).plus({ days: 1 }).startOf('day'),
			allDay: !e.timed,
			timezone: parisZone,
			summary: e.facts.title,
			// ORGANIZER needs an e-mail address in RFC 5545: the organiser's name goes in the description.
			description: `${e.facts.summary}\n\n${e.facts.organiser.name}\n${e.url}`,
			url: e.url,
			status: statusOf[e.facts.status],
			...(where ? { location: where } : typeof e.facts.online === 'string' ? { location: e.facts.online } : {}),
		});
	}
	return cal.toString();
}
