/**
 * Addresses a visitor reaches by trimming a filter address in the address bar
 * (/metiers/secteur/handicap/ → /metiers/secteur/, /offres/metier/aide-soignant/
 * → /offres/metier/): no page lists a facet's values alone, so each leads to
 * its section's list, where every filter is, rather than to a 404. Each is a
 * small page in the visitor's language that forwards at once
 * (src/pages/[...trimmed].astro), which every static host serves.
 */
import { offers, sections, type Section } from '../../sections';
import { join } from '../../sections/define';
import type { UiKey } from '../i18n/strings';
import { localeCodes, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';

export interface TrimmedAddress {
	locale: Locale;
	/** The trimmed address: /ar/metiers/secteur/. */
	from: string;
	/** The section's list in the same language: /ar/metiers/. */
	to: string;
	/** The list's name, as the navigation says it. */
	label: UiKey;
}

export function trimmedAddresses(): TrimmedAddress[] {
	const out: TrimmedAddress[] = [];
	for (const locale of localeCodes) {
		for (const section of sections as readonly Section[]) {
			if (!('list' in section.paths) || !section.nav) continue;
			const to = localePath(locale, (section.paths.list as () => string)());
			for (const facet of (section.facets ?? []).filter((f) => f.prebuilt)) {
				out.push({ locale, from: localePath(locale, join(section.segment, facet.id)), to, label: section.nav.label });
			}
		}
		// Offers by profession are their own pages (/offres/metier/<profession>/), not a facet.
		out.push({
			locale,
			from: localePath(locale, offers.paths.profession()),
			to: localePath(locale, offers.paths.list()),
			label: offers.nav.label,
		});
	}
	return out;
}
