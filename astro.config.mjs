// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { loadTerritory } from './src/lib/territory/load.ts';
import { territoryPlugin } from './src/lib/territory/vite-plugin.ts';
import { sitemapOptions } from './src/lib/seo/sitemap.ts';
import { reportContentError } from './src/lib/report-error.ts';
import { preflight } from './src/lib/preflight.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { adminEditor } from './src/integrations/admin.ts';
import { notFoundPages } from './src/integrations/not-found.ts';
import { loadAbbreviations } from './src/lib/glossary/load.ts';
import { abbreviationsPlugin } from './src/lib/glossary/abbr.ts';
import { satteri } from '@astrojs/markdown-satteri';

const territory = reportContentError(() => loadTerritory());
const problems = preflight();
if (problems) {
	console.error(`\n${problems}\n`);
	process.exit(1);
}
const abbreviations = loadAbbreviations();

export default defineConfig({
	site: process.env.SITE_URL || territory.siteUrl,
	output: 'static',
	trailingSlash: 'always',
	// Scoping classes weigh less than one data attribute per element (profile pages stay under 14 KB).
	scopedStyleStrategy: 'class',
	// Never inline scripts or styles: the Content-Security-Policy then needs no 'unsafe-inline'.
	// Four pages in flight: one renders while others wait for their files to be written
	// (about 10 to 25 % faster with thousands of offers on 2 cores; README, "Benchmark").
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// Acronyms of content/glossaire/ explained where they first appear in each text (MDX inherits this).
	markdown: { processor: satteri({ hastPlugins: [abbreviationsPlugin((locale) => abbreviations.get(locale) ?? [])] }) },
	integrations: [mdx(), sitemap(sitemapOptions()), notFoundPages(), pagefind(), securityHeadersFile(), adminEditor()],
	vite: {
		plugins: [tailwindcss(), territoryPlugin(territory)],
		resolve: {
			alias: {
				// astro 7.3.x imports this path from its image service without exporting it.
				'astro/_internal/logger': fileURLToPath(new URL('./node_modules/astro/dist/core/logger/core.js', import.meta.url)),
			},
		},
		build: {
			assetsInlineLimit: 0,
			rolldownOptions: {
				onwarn(warning, warn) {
					// Harmless and logged once per MDX file (withastro/astro#18087).
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
