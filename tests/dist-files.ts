import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of the built site, as site paths ("/metiers/x/index.html"). */
export function builtHtmlFiles(dist = 'dist'): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== 'pagefind') walk(path);
			} else if (name.endsWith('.html')) out.push(`/${relative(dist, path)}`);
		}
	};
	walk(dist);
	return out.sort();
}

/** One page of every template, in every language: what the gates visit. */
export const templatePaths = (() => {
	const templates = [
		'/',
		'/metiers/',
		'/metiers/secteur/handicap/',
		'/metiers/aide-soignant/',
		'/metiers/aide-medico-psychologique/',
		'/accessibilite/',
		'/recherche/',
	];
	const locales = ['', '/en', '/es', '/ar', '/uk'];
	return [...locales.flatMap((l) => templates.map((t) => `${l}${t}`)), '/404.html'];
})();
