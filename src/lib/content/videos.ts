import { videos } from '../../sections';
import type { VideoListing } from '../../sections/videos';
import type { VideoFacts } from '../../schemas/video';
import type { Locale } from '../i18n/locales';
import { localizedEntries, type LocalizedEntry } from './localized';
import { getProfiles } from './profiles';

type Words = Pick<VideoFacts, 'title' | 'summary' | 'posterAlt'>;
export type VideoView = LocalizedEntry<'videos', Words> & { listing: VideoListing };

const cache = new Map<Locale, Promise<VideoView[]>>();

/** Videos as `locale` shows them, most recently recorded first, with the sectors of their profession. */
export function getVideos(locale: Locale): Promise<VideoView[]> {
	if (!cache.has(locale)) cache.set(locale, loadVideos(locale));
	return cache.get(locale)!;
}

async function loadVideos(locale: Locale): Promise<VideoView[]> {
	const sectorsOf = new Map((await getProfiles(locale)).map((p) => [p.id, p.facts.sectors ?? []]));
	return (await localizedEntries<'videos', Words>(videos.localisation, locale))
		.map((v) => ({ ...v, listing: { facts: v.facts, sectors: sectorsOf.get(v.facts.person.profession) ?? [] } }))
		.sort((a, b) => b.facts.recorded.getTime() - a.facts.recorded.getTime());
}

/** "PT32S", "PT1M35S": a duration in seconds as ISO 8601, for VideoObject. */
export function isoDuration(seconds: number): string {
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (!minutes && !rest) return 'PT0S';
	return `PT${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
}

/** "0:32": a duration as people read it on a player. */
export const clockDuration = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
