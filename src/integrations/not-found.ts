import type { AstroIntegration } from 'astro';
import { mkdir, rename, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeCodes } from '../lib/i18n/locales';
import { localePath } from '../lib/i18n/paths';
import { notFoundFile, redirectsFile } from '../lib/hosting/not-found';

/**
 * Puts each language's missing page where hosts look for it (/en/404/index.html
 * → /en/404.html) and writes Netlify's `_redirects` rules (src/lib/hosting/not-found.ts).
 */
export function notFoundPages(): AstroIntegration {
	return {
		name: 'metiers-du-lien:not-found',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
					const built = join(root, localePath(locale, '/404/'), 'index.html');
					const target = join(root, notFoundFile(locale));
					await mkdir(dirname(target), { recursive: true });
					await rename(built, target);
					await rmdir(dirname(built));
				}
				await writeFile(join(root, '_redirects'), redirectsFile());
			},
		},
	};
}
