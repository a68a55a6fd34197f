import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the search index right after Astro writes the site, as part of
 * `npm run build`. Pagefind splits it by <html lang>, one index per locale;
 * only elements marked data-pagefind-body (content pages) are indexed.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'metiers-du-lien:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: root });
				if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${root}/pagefind` });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				logger.info(`search index: ${added.page_count} pages`);
				await close();
			},
		},
	};
}
