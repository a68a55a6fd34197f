import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { qrSvg } from '../../lib/qr';
import { href, paths } from '../../lib/routing';
import { profileRoutes } from '../../lib/routing/static-paths';

/**
 * The QR code of each profile's printed sheet, as a file: the sheet shows it with a
 * lazy <img> that only printing loads, so the ~700 bytes of drawing stay out of every
 * profile's first view (paths.profiles.qrCode: /qr/uk/metiers/aide-soignant.svg).
 */
export async function getStaticPaths() {
	return (await profileRoutes()).map(({ params }) => {
		const page = href(params.locale ?? 'fr', paths.profiles.entry(params.id));
		return { params: { slug: paths.profiles.qrCode(page).replace(/^\/qr\/|\.svg$/g, '') }, props: { page } };
	});
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) =>
	new Response(await qrSvg(new URL(props.page, site).href), { headers: { 'Content-Type': 'image/svg+xml' } });
