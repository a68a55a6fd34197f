import type { APIRoute, InferGetStaticPropsType } from 'astro';
import territory from 'virtual:territory';
import { drawings } from '../../lib/content/illustrations';
import { recolour } from '../../lib/illustrations';

/** Each drawing of src/assets/illustrations/ in this territory's colours: /illustrations/sectors/handicap.svg. */
export function getStaticPaths() {
	return [...drawings].map(([name, svg]) => ({ params: { name }, props: { svg } }));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(recolour(props.svg, territory.accent), { headers: { 'Content-Type': 'image/svg+xml' } });
