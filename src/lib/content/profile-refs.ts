import type { RefLabel } from '../facets';
import { frenchIsland } from '../i18n/french-island';
import type { Locale } from '../i18n/locales';
import { displayTitle, getProfiles } from './profiles';

/** How a facet value naming a job profile reads in a language: the profile's title, marked French when untranslated. */
export async function profileRefs(locale: Locale): Promise<RefLabel> {
	const profiles = new Map((await getProfiles(locale)).map((p) => [p.id, p]));
	return (_, id) => {
		const p = profiles.get(id);
		return p ? { text: displayTitle(p), lang: frenchIsland(locale, p.lang).lang } : { text: id };
	};
}
