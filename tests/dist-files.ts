import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localeCodes } from '../src/lib/i18n/locales';
import { href, paths } from '../src/lib/routing';

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
		paths.home(),
		paths.profiles.list(),
		paths.profiles.filter('secteur', 'handicap'),
		paths.profiles.entry('aide-soignant'),
		paths.profiles.entry('aide-medico-psychologique'), // a former job title
		paths.pages.accessibility(),
		paths.search(),
		paths.offers.list(),
		paths.trainings.list(),
		paths.trainings.entry('deas'),
		paths.events.list(),
		paths.videos.list(),
		paths.videos.entry('lucas-educateur-specialise-externe'),
		paths.events.entry('forum-metiers-du-lien-dax'),
		paths.glossary.list(),
		paths.pages.teachers(),
		paths.easyRead.list(),
		paths.easyRead.entry('aide-soignant'),
		paths.siteMap(),
		paths.orientation.quiz(),
		paths.orientation.quizResult('social'),
		paths.orientation.compare(),
		paths.orientation.comparePair('aide-soignant', 'accompagnant-educatif-et-social'),
		paths.pages.tryIt(),
		paths.orientation.careerPaths(),
		paths.classroom.projection('aide-soignant'),
		paths.classroom.worksheet('aide-soignant'),
		paths.classroom.printAll(),
	];
	return [...localeCodes.flatMap((locale) => templates.map((t) => href(locale, t))), '/404.html', '/ar/404.html'];
})();
