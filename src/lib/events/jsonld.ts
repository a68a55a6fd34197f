import type { EventFacts } from '../../schemas/event';
import { parisOffset, parisParts } from '../paris-time';

interface EventInput {
	url: string;
	lang: string;
	name: string;
	description: string;
	facts: Pick<EventFacts, 'status' | 'place' | 'online' | 'organiser' | 'registration' | 'example'>;
	startAt: Date;
	endAt: Date;
	timed: boolean;
}

const statusUrl: Record<EventFacts['status'], string> = {
	scheduled: 'https://schema.org/EventScheduled',
	cancelled: 'https://schema.org/EventCancelled',
	postponed: 'https://schema.org/EventPostponed',
	'moved-online': 'https://schema.org/EventMovedOnline',
};

/** ISO 8601 with Paris's offset ("2027-03-18T09:30:00+01:00"), or the day alone. */
function parisIso(date: Date, timed: boolean): string {
	const p = parisParts(date);
	const day = `${p.year}-${p.month}-${p.day}`;
	return timed ? `${day}T${p.hour}:${p.minute}:00${parisOffset(date)}` : day;
}

/**
 * schema.org Event (https://developers.google.com/search/docs/appearance/structured-data/event):
 * status, attendance mode, a Place or a VirtualLocation, the organiser.
 */
export function eventJsonLd(input: EventInput) {
	const { facts } = input;
	const online = facts.status === 'moved-online' || (facts.online !== undefined && !facts.place);
	const place = facts.place && {
		'@type': 'Place',
		name: facts.place.name,
		...(facts.place.town || facts.place.address
			? {
					address: {
						'@type': 'PostalAddress',
						...(facts.place.address ? { streetAddress: facts.place.address } : {}),
						...(facts.place.postcode ? { postalCode: facts.place.postcode } : {}),
						...(facts.place.town ? { addressLocality: facts.place.town } : {}),
						addressCountry: 'FR',
					},
				}
			: {}),
		...(facts.place.lat !== undefined && facts.place.lon !== undefined
			? { geo: { '@type': 'GeoCoordinates', latitude: facts.place.lat, longitude: facts.place.lon } }
			: {}),
	};
	const virtual = facts.online !== undefined && {
		'@type': 'VirtualLocation',
		url: typeof facts.online === 'string' ? facts.online : input.url,
	};
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: input.name,
		description: input.description,
		url: input.url,
		inLanguage: input.lang,
		startDate: parisIso(input.startAt, input.timed),
		endDate: parisIso(input.endAt, input.timed),
		eventStatus: statusUrl[facts.status],
		eventAttendanceMode: online
			? 'https://schema.org/OnlineEventAttendanceMode'
			: facts.online !== undefined
				? 'https://schema.org/MixedEventAttendanceMode'
				: 'https://schema.org/OfflineEventAttendanceMode',
		location: online ? virtual : place && virtual ? [place, virtual] : (place ?? virtual),
		organizer: { '@type': 'Organization', name: facts.organiser.name, ...(facts.organiser.url ? { url: facts.organiser.url } : {}) },
		...(facts.registration !== 'none'
			? {
					offers: { '@type': 'Offer', url: facts.registration, price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
				}
			: { isAccessibleForFree: true }),
	};
}
