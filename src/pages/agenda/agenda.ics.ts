import type { APIRoute } from 'astro';
import territory from 'virtual:territory';
import { getEvents } from '../../lib/content/events';
import { calendar } from '../../lib/events/ics';
import { paths } from '../../lib/routing';

/** The territory's upcoming events as a subscribable iCalendar feed (French). */
export const GET: APIRoute = async ({ site }) => {
	const base = site ?? new URL(territory.siteUrl);
	const { upcoming } = await getEvents('fr');
	const body = calendar(
		upcoming.map((event) => ({ ...event, url: new URL(paths.events.entry(event.id), base).href })),
		{ name: `Métiers du lien · ${territory.name}`, host: base.hostname, url: new URL(paths.events.list(), base).href },
	);
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
