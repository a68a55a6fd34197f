/**
 * The HTML site map (/plan-du-site/, RGAA criterion 12.3): which pages it lists,
 * in which groups and under which labels. A pure function of data the page loads,
 * with no Astro import, so that the tree is unit-tested without a build. The XML
 * sitemap (paths.sitemap()) stays: it is for search engines, this page is for people.
 */
import { profiles, trainings } from '../../sections';
import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/strings';
import { href, navigation, paths } from './index';

/** A label: an interface string, or a content title with the language it is written in. */
export type SiteMapLabel = { key: UiKey } | { text: string; lang: Locale };

/** A page of the map: its address, with the visitor's locale prefix, and its label. */
export interface SiteMapLeaf {
	href: string;
	label: SiteMapLabel;
}

/** A page of a group, with the pages under it (the profiles under "Métiers"): the map is two levels deep. */
export interface SiteMapLink extends SiteMapLeaf {
	children: SiteMapLeaf[];
}

export interface SiteMapGroup {
	/** Stable id, used for the heading's id. */
	id: 'sections' | 'information' | 'orientation';
	heading: UiKey;
	links: SiteMapLink[];
}

/** An entry as the site map needs it: its id (the URL segment), its title and the title's language. */
export interface SiteMapEntry {
	id: string;
	title: string;
	lang: Locale;
}

export interface SiteMapData {
	/** Job profiles in list order; `former` marks a former job title (AMP, AVS), which the map leaves out. */
	profiles: readonly (SiteMapEntry & { former?: boolean })[];
	/** Diplomas in the order the map lists them. */
	diplomas: readonly SiteMapEntry[];
	/** Editorial pages of this territory (accessibility statement, legal notice, local page…). */
	pages: readonly SiteMapEntry[];
}

/**
 * Editorial pages in the footer's order, then the teachers' page; any other page
 * (the territory's local page) follows in the order it was given.
 */
const pageOrder = [paths.pages.accessibility(), paths.pages.legal(), paths.pages.privacy(), paths.pages.teachers(), paths.pages.tryIt()];

const leaf = (link: SiteMapLeaf): SiteMapLink => ({ ...link, children: [] });

/**
 * The site map of `locale`: the home page and each section of the main
 * navigation, in the header's order, with the profiles and the diplomas under
 * their sections (lists whose entries are many or short-lived, offers and
 * events, are linked as lists only); then the editorial pages and the glossary; then the
 * orientation tools (quiz, comparison, career paths).
 */
export function siteMapTree(locale: Locale, data: SiteMapData): SiteMapGroup[] {
	const entry = (path: string, e: SiteMapEntry): SiteMapLeaf => ({ href: href(locale, path), label: { text: e.title, lang: e.lang } });
	const childrenOf: Record<string, SiteMapLeaf[]> = {
		[profiles.id]: data.profiles.filter((p) => !p.former).map((p) => entry(paths.profiles.entry(p.id), p)),
		[trainings.id]: data.diplomas.map((d) => entry(paths.trainings.entry(d.id), d)),
	};
	const rank = (e: SiteMapEntry) => {
		const at = pageOrder.indexOf(paths.pages.entry(e.id));
		return at === -1 ? pageOrder.length : at;
	};
	// toSorted is stable: pages of equal rank keep the order they were given.
	const pages = data.pages.toSorted((a, b) => rank(a) - rank(b));
	return [
		{
			id: 'sections',
			heading: 'nav.label',
			links: [
				leaf({ href: href(locale, paths.home()), label: { key: 'nav.home' } }),
				...navigation.map((n) => ({ href: href(locale, n.path), label: { key: n.label }, children: childrenOf[n.id] ?? [] })),
			],
		},
		{
			id: 'information',
			heading: 'sitemap.information',
			links: [
				...pages.map((p) => leaf(entry(paths.pages.entry(p.id), p))),
				leaf({ href: href(locale, paths.glossary.list()), label: { key: 'footer.glossary' } }),
			],
		},
		{
			id: 'orientation',
			heading: 'orientation.tools',
			links: [
				leaf({ href: href(locale, paths.orientation.quiz()), label: { key: 'quiz.title' } }),
				leaf({ href: href(locale, paths.orientation.compare()), label: { key: 'compare.title' } }),
				leaf({ href: href(locale, paths.orientation.careerPaths()), label: { key: 'careerPaths.title' } }),
			],
		},
	];
}

/**
 * How a diploma is named in the map: its translated name when there is one, in the
 * visitor's language; otherwise its official French name and acronym, marked French.
 */
export function diplomaEntry(diploma: {
	id: string;
	facts: { name: string; acronym?: string | undefined };
	text: { title?: string | undefined };
	lang: Locale;
	isFallback: boolean;
}): SiteMapEntry {
	const { name, acronym } = diploma.facts;
	if (diploma.text.title && !diploma.isFallback) return { id: diploma.id, title: diploma.text.title, lang: diploma.lang };
	return { id: diploma.id, title: acronym ? `${name} (${acronym})` : name, lang: 'fr' };
}
