// Which offers a build shows, from environment variables. Live needs France
// Travail credentials; without them the build uses the committed demonstration
// snapshot, so a fresh clone builds with no secret and no network.
import { franceTravailDefaults } from './france-travail';

export const offerModes = ['live', 'snapshot'] as const;
export type OfferMode = (typeof offerModes)[number];

export interface OfferSettings {
	mode: OfferMode;
	/** Present in live mode with both credentials only. */
	franceTravail: { clientId: string; clientSecret: string; tokenUrl: string; apiUrl: string } | null;
	/** Configuration mistakes, also summed up in `logLine`. */
	warnings: string[];
	/** One line for the build log; never contains a secret. */
	logLine: string;
}

export type Env = Record<string, string | undefined>;

export function readOfferSettings(env: Env = process.env): OfferSettings {
	const clientId = env['FRANCE_TRAVAIL_CLIENT_ID']?.trim() ?? '';
	const clientSecret = env['FRANCE_TRAVAIL_CLIENT_SECRET']?.trim() ?? '';
	const hasCredentials = clientId !== '' && clientSecret !== '';
	const warnings: string[] = [];

	const tokenUrl = urlSetting(env, 'FRANCE_TRAVAIL_TOKEN_URL', franceTravailDefaults.tokenUrl, warnings);
	const apiUrl = urlSetting(env, 'FRANCE_TRAVAIL_API_URL', franceTravailDefaults.apiUrl, warnings);

	const asked = env['OFFERS_MODE']?.trim().toLowerCase() ?? '';
	let mode: OfferMode = hasCredentials ? 'live' : 'snapshot';
	if (asked === 'live' || asked === 'snapshot') mode = asked;
	else if (asked !== '') warnings.push(`OFFERS_MODE="${asked}" is neither "live" nor "snapshot"; using ${mode}`);
	if (mode === 'live' && !hasCredentials) {
		// Asking for live data means real offers or none: never fictional ones on a production site.
		warnings.push(
			'OFFERS_MODE=live without FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET: France Travail offers come only from the last known good copy, if any',
		);
	}

	const franceTravail = mode === 'live' && hasCredentials ? { clientId, clientSecret, tokenUrl, apiUrl } : null;
	const what =
		mode === 'live'
			? `live: France Travail API at ${new URL(apiUrl).host}${hasCredentials ? ` (client ${mask(clientId)})` : ''}`
			: `snapshot: demonstration offers from content/offres/demo/, shown as examples (${asked === 'snapshot' ? 'OFFERS_MODE=snapshot' : 'no France Travail credentials'})`;
	const logLine = `[offers] mode ${what}${warnings.length ? `; warning: ${warnings.join('; ')}` : ''}`;
	return { mode, franceTravail, warnings, logLine };
}

function urlSetting(env: Env, name: string, fallback: string, warnings: string[]): string {
	const value = env[name]?.trim();
	if (!value) return fallback;
	try {
		const url = new URL(value);
		if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
	} catch {
		// reported below
	}
	warnings.push(`${name} is not a web address; using ${fallback}`);
	return fallback;
}

/** Enough of the client id to tell two configurations apart, not enough to reuse it. */
function mask(id: string): string {
	return id.length <= 6 ? '***' : `${id.slice(0, 4)}…`;
}
