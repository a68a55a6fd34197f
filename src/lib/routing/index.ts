/**
 * The one route module: every address of the site comes from here. Section
 * path builders (declared in src/sections/) give locale-less paths; `href`
 * adds the locale prefix (French has none). Modelled on Starlight's
 * utils/routing (https://github.com/withastro/starlight/tree/main/packages/starlight/utils).
 */
import { easyRead, events, glossary, offers, pages, profiles, site, trainings, videos } from '../../sections';
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
	sitemap: () => '/sitemap-index.xml',
} as const;

/**
 * The only pages allowed to ship JavaScript (locale-less paths): content pages
 * work without it. The interactive tools to come add their path here.
 */
export const pagesWithJavaScript: readonly string[] = [paths.search(), adminPath];

/** The address of a locale-less path for a visitor of `locale`. */
export const href = (locale: Locale, path: string): string => localePath(locale, path);

export { searchParam, searchParamPrefix } from '../search-params';
