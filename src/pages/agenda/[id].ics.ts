import type { APIRoute, InferGetStaticPropsType } from 'astro';
import territory from 'virtual:territory';
import { getEvents } from '../../lib/content/events';
import { calendar } from '../../lib/events/ics';
import { paths } from '../../lib/routing';

/** One event as an iCalendar file, in French (the events' canonical language): "add to my calendar". */
export async function getStaticPaths() {
	const { upcoming, past } = await getEvents('fr');
	return [...upcoming, ...past].map((event) => ({ params: { id: event.id }, props: { event } }));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
	const { event } = props;
	const base = site ?? new URL(territory.siteUrl);
	const body = calendar([{ ...event, url: new URL(paths.events.entry(event.id), base).href }], {
		name: event.facts.title,
		host: base.hostname,
		url: new URL(paths.events.list(), base).href,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
