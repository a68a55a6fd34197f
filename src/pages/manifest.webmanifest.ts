import type { APIRoute } from 'astro';
import territory from 'virtual:territory';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: `Métiers du lien · ${territory.name}`,
			short_name: 'Métiers du lien',
			description: "Les métiers de l'accompagnement social et médico-social",
			lang: 'fr',
			dir: 'ltr',
			start_url: '/',
			scope: '/',
			display: 'browser',
			background_color: '#ffffff',
			theme_color: territory.accent.primary,
			icons: [
				{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
				{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
			],
		}),
		{ headers: { 'content-type': 'application/manifest+json' } },
	);
