import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/security/headers';

/** Writes dist/_headers so that Netlify and Cloudflare Pages send the security headers. */
export function securityHeadersFile(): AstroIntegration {
	return {
		name: 'metiers-du-lien:security-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL('_headers', dir), headersFile());
			},
		},
	};
}
