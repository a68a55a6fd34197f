import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { cmsConfig } from '../lib/cms/config';

const modules = new URL('../../node_modules/', import.meta.url);
const cmsVersion = (JSON.parse(readFileSync(new URL('@sveltia/cms/package.json', modules), 'utf8')) as { version: string }).version;

/**
 * The three fonts Sveltia CMS would fetch from a CDN (jsDelivr), served by the site instead
 * from the fontsource packages: no request leaves the site before the editor logs in.
 */
const fonts = {
	'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2':
		'@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
	'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2':
		'@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
	'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2':
		'@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};

/**
 * Writes the browser editor to dist/admin/: Sveltia CMS from node_modules (served by the
 * site itself, no CDN), its page and its configuration generated from the section registry.
 * The Git repository comes from CMS_REPO ("owner/name") and CMS_BRANCH.
 */
export function adminEditor(): AstroIntegration {
	return {
		name: 'metiers-du-lien:admin',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(new URL('admin/', dir));
				mkdirSync(`${out}fonts`, { recursive: true });
				mkdirSync(`${out}cms`, { recursive: true });
				let script = readFileSync(new URL('@sveltia/cms/dist/sveltia-cms.js', modules), 'utf8');
				for (const [cdn, file] of Object.entries(fonts)) {
					const name = file.slice(file.lastIndexOf('/') + 1);
					if (!script.includes(cdn)) throw new Error(`Sveltia CMS ${cmsVersion} no longer loads ${cdn}: update src/integrations/admin.ts`);
					script = script.replaceAll(cdn, `/admin/fonts/${name}`);
					copyFileSync(new URL(file, modules), `${out}fonts/${name}`);
				}
				// Its update check asks unpkg.com for its latest version: answered here, with the version we ship.
				script = script.replaceAll('https://unpkg.com/@sveltia/cms', '/admin/cms');
				writeFileSync(`${out}cms/package.json`, JSON.stringify({ name: '@sveltia/cms', version: cmsVersion }));
				// And it asks githubstatus.com whether GitHub is up before login: answered here too (no request leaves the site).
				script = script.replaceAll('https://www.githubstatus.com/api/v2/status.json', '/admin/cms/github-status.json');
				writeFileSync(
					`${out}cms/github-status.json`,
					JSON.stringify({ status: { indicator: 'none', description: 'All Systems Operational' } }),
				);
				writeFileSync(`${out}sveltia-cms.js`, script);
				const config = cmsConfig({
					repo: process.env.CMS_REPO ?? 'departement/metiers-du-lien',
					branch: process.env.CMS_BRANCH ?? 'main',
					siteUrl: process.env.SITE_URL ?? '',
				});
				writeFileSync(
					`${out}config.yml`,
					`# Generated from src/sections/ and src/schemas/ at build time (src/lib/cms/config.ts). Do not edit.\n${yaml.dump(config, { lineWidth: 140 })}`,
				);
				writeFileSync(
					`${out}index.html`,
					`<!doctype html>
<html lang="fr">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="robots" content="noindex" />
		<title>Modifier le site · Métiers du lien</title>
		<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url" />
	</head>
	<body>
		<noscript>L'éditeur du site a besoin de JavaScript. Sans lui, modifiez les fichiers du dossier content/ sur GitHub (voir docs/guide-redaction.md).</noscript>
		<script src="/admin/sveltia-cms.js"></script>
	</body>
</html>
`,
				);
			},
		},
	};
}
