import { defaultLocale, localeCodes } from '../i18n/locales';
import { splitLocale, localePath } from '../i18n/paths';
import { isSingleLanguagePath } from '../../sections';
import { trimmedAddresses } from '../routing/trimmed';
import { isClassroomCopy } from '../routing';

/**
 * hreflang alternates for every page, plus x-default pointing to French, the
 * language every page exists in.
 */
export function sitemapOptions() {
	// Pages that only forward to a list (src/lib/routing/trimmed.ts) are no destination.
	const forwarding = new Set(trimmedAddresses().map((a) => a.from));
	return {
		filter: (page: string) => {
			const { pathname } = new URL(page);
			return !/\/404\/?$/.test(pathname) && !forwarding.has(pathname) && !isClassroomCopy(splitLocale(pathname).path);
		},
		serialize(item: { url: string; links?: { lang: string; url: string }[] }) {
			const url = new URL(item.url);
			const { path } = splitLocale(url.pathname);
			if (isSingleLanguagePath(path)) return item; // an offer exists in French only
			const at = (p: string) => new URL(p, url.origin).href;
			item.links = [
				...localeCodes.map((locale) => ({ lang: locale, url: at(localePath(locale, path)) })),
				{ lang: 'x-default', url: at(localePath(defaultLocale, path)) },
			];
			return item;
		},
	};
}
