import { describe, expect, it } from 'vitest';
import { readOfferSettings } from '../../src/lib/offers/settings';

const credentials = { FRANCE_TRAVAIL_CLIENT_ID: 'PAR_metiers_1234567', FRANCE_TRAVAIL_CLIENT_SECRET: 's3cr3t-value' };

describe('offer settings', () => {
	it('builds from the demonstration snapshot when no credentials are set', () => {
		const settings = readOfferSettings({});
		expect(settings).toMatchObject({ mode: 'snapshot', franceTravail: null, warnings: [] });
		expect(settings.logLine).toMatch(/^\[offers\] mode snapshot: demonstration offers/);
	});

	it('goes live with both credentials, on the real endpoints by default', () => {
		const settings = readOfferSettings(credentials);
		expect(settings.mode).toBe('live');
		expect(settings.franceTravail).toEqual({
			clientId: 'PAR_metiers_1234567',
			clientSecret: 's3cr3t-value',
			tokenUrl: 'https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire',
			apiUrl: 'https://api.francetravail.io/partenaire/offresdemploi/v2/offres/search',
		});
		expect(settings.logLine).toMatch(/mode live: France Travail API at api\.francetravail\.io/);
		// The log line never carries the secret, nor the whole client id.
		expect(settings.logLine).not.toContain('s3cr3t');
		expect(settings.logLine).not.toContain('PAR_metiers_1234567');
	});

	it('takes other endpoints and an explicit mode', () => {
		const settings = readOfferSettings({ ...credentials, FRANCE_TRAVAIL_API_URL: 'http://127.0.0.1:9/search', OFFERS_MODE: 'snapshot' });
		expect(settings.mode).toBe('snapshot');
		expect(settings.franceTravail).toBeNull();
		expect(readOfferSettings({ ...credentials, FRANCE_TRAVAIL_API_URL: 'http://127.0.0.1:9/search' }).franceTravail?.apiUrl).toBe(
			'http://127.0.0.1:9/search',
		);
	});

	it('says so when asked for live data without credentials, and never falls back to fictional offers', () => {
		const settings = readOfferSettings({ OFFERS_MODE: 'live', FRANCE_TRAVAIL_CLIENT_ID: 'only-the-id' });
		expect(settings.mode).toBe('live');
		expect(settings.franceTravail).toBeNull();
		expect(settings.logLine).toMatch(/warning: OFFERS_MODE=live without/);
	});

	it('warns about a bad mode or address and keeps the defaults', () => {
		const settings = readOfferSettings({ OFFERS_MODE: 'sometimes', FRANCE_TRAVAIL_TOKEN_URL: 'not a url' });
		expect(settings.mode).toBe('snapshot');
		expect(settings.warnings).toHaveLength(2);
		expect(settings.logLine.split('\n')).toHaveLength(1);
	});
});
