/**
 * The one route module: every address of the site comes from here. Section
 * path builders (declared in src/sections/) give locale-less paths; `href`
 * adds the locale prefix (French has none). Modelled on Starlight's
 * utils/routing (https://github.com/withastro/starlight/tree/main/packages/starlight/utils).
 */
import { classroom, easyRead, events, glossary, offers, orientation, pages, profiles, site, trainings, videos } from '../../sections';
import { localePath } from '../i18n/paths';
import { adminPath } from '../security/headers';
import type { Locale } from '../i18n/locales';

export { isSingleLanguagePath, navigation } from '../../sections';
export { alternates, localePath, localeStaticPaths, splitLocale } from '../i18n/paths';

/** Locale-less paths of every section: paths.profiles.entry('aide-soignant') → "/metiers/aide-soignant/". */
export const paths = {
	home: site.paths.home,
	search: site.paths.search,
	siteMap: site.paths.siteMap,
	profiles: profiles.paths,
	trainings: trainings.paths,
	events: events.paths,
	videos: videos.paths,
	offers: offers.paths,
	pages: pages.paths,
	glossary: glossary.paths,
	easyRead: easyRead.paths,
	orientation: orientation.paths,
	classroom: classroom.paths,
	sitemap: () => '/sitemap-index.xml',
} as const;

/**
 * The only pages allowed to ship JavaScript (locale-less paths): content pages
 * work without it. The interactive tools add their path here; each also works without it.
 */
export const pagesWithJavaScript: readonly string[] = [paths.search(), paths.orientation.quiz(), paths.orientation.compare(), adminPath];

/** A template's path split around its id, to recognise its pages: the projection view of a profile. */
const projectionTemplate = paths.classroom.projection('\0').split('\0') as [string, string];

/** Templates whose every page ships JavaScript: the projection view of each profile (arrow keys). */
const templatesWithJavaScript = [projectionTemplate];

/**
 * Documents made to be printed, not read on a phone's first screen: "print all profiles"
 * holds every profile's sheet, one A4 page each, so it cannot fit the 14 KiB first view of
 * other pages. tests/e2e/budgets.spec.ts exempts them from that budget and holds them to
 * their own ceiling instead (printDocumentBudget).
 */
export const printDocuments: readonly string[] = [paths.classroom.printAll()];

/** The ceiling of a print document: gzipped HTML and screen CSS (about 3.5 KB a profile today, 47 KB for fourteen in Ukrainian). */
export const printDocumentBudget = 120_000;

/** True when a locale-less path is one of a template's pages (split around its id). */
const ofTemplate = (path: string, [start, end]: [string, string]) =>
	path.startsWith(start) && path.endsWith(end) && !path.slice(start.length, -end.length).includes('/');

/** True for a locale-less path allowed to ship JavaScript. */
export function shipsJavaScript(path: string): boolean {
	return pagesWithJavaScript.includes(path) || templatesWithJavaScript.some((template) => ofTemplate(path, template));
}

/**
 * Pages for a classroom rather than for search engines: the projection views repeat their
 * profile, the print documents every profile. They are `noindex` and left out of the sitemap.
 */
export function isClassroomCopy(path: string): boolean {
	return printDocuments.includes(path) || ofTemplate(path, projectionTemplate);
}

/** The address of a locale-less path for a visitor of `locale`. */
export const href = (locale: Locale, path: string): string => localePath(locale, path);

export { searchParam, searchParamPrefix } from '../search-params';
