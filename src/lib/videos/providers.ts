/**
 * External video providers: the player each one embeds, played only after a click
 * (no request leaves the site before), and the origins the Content-Security-Policy
 * lets into frames. PeerTube instances are listed here one by one.
 */
export const peertubeHosts = ['video.blender.org'] as const;

export const providers = {
	youtube: {
		name: 'YouTube',
		origin: 'https://www.youtube-nocookie.com',
		embed: (id: string) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
	},
	vimeo: {
		name: 'Vimeo',
		origin: 'https://player.vimeo.com',
		embed: (id: string) => `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
	},
	dailymotion: {
		name: 'Dailymotion',
		origin: 'https://www.dailymotion.com',
		embed: (id: string) => `https://www.dailymotion.com/embed/video/${id}?autoplay=1`,
	},
	peertube: { name: 'PeerTube', origin: '', embed: (id: string, host = '') => `https://${host}/videos/embed/${id}?autoplay=1` },
} as const;

/** Origins allowed in frames: the providers above, nothing else. */
export const frameOrigins: readonly string[] = [
	...Object.values(providers)
		.map((p) => p.origin)
		.filter(Boolean),
	...peertubeHosts.map((h) => `https://${h}`),
];
