import type { APIRoute } from 'astro';
import { getOrientation } from '../../../lib/content/orientation';
import type { Locale } from '../../../lib/i18n/locales';
import { localeRoutes } from '../../../lib/routing/static-paths';

/**
 * Every profession's comparison column in one language (about 4 KB gzipped), fetched by the
 * compare page only when its address names professions: the page itself stays light.
 */
export const getStaticPaths = localeRoutes;

export const GET: APIRoute = async ({ props }) => {
	const { compare } = await getOrientation((props as { locale: Locale }).locale);
	return new Response(JSON.stringify(compare), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
