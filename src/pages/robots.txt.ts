import { paths } from '../lib/routing';
import { adminPath } from '../lib/security/headers';
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\nDisallow: ${adminPath}\n\nSitemap: ${new URL(paths.sitemap(), site).href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
