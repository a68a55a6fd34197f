import { render } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { href, paths } from '../routing';
import { displayTitle, type ProfileView } from './profiles';
import { relatedToProfile } from './related';
import { diplomasFor } from './trainings';

/**
 * What a profile's sheet shows besides its own words, computed one way for its page
 * (/metiers/<id>/) and for the document that prints every profile (/metiers/imprimer/).
 */
export async function profileSheet(profile: ProfileView, all: readonly ProfileView[], locale: Locale, site: URL | undefined) {
	const { Content, headings } = await render(profile.entry);
	const byId = new Map(all.map((p) => [p.id, p]));
	return {
		Content,
		headings,
		title: displayTitle(profile),
		/** Absolute address, printed with its QR code. */
		pageUrl: new URL(href(locale, paths.profiles.entry(profile.id)), site).href,
		moves: profile.facts.careerMoves.map((id) => byId.get(id)).filter((p): p is ProfileView => !!p),
		related: await relatedToProfile(profile.id, locale),
		diplomas: await diplomasFor(profile.id, locale),
	};
}
