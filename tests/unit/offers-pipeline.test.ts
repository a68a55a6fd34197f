import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partnerFeedConfigSchema, type PartnerFeedConfigInput } from '../../src/lib/offers/partner-feed';
import { collectOffers, formatReport, type CollectOptions } from '../../src/lib/offers/pipeline';
import { apiOffer, mockCredentials, startMockFranceTravail, type MockFranceTravail } from '../support/mock-france-travail';
import { romeTable } from '../support/rome-table';

let mock: MockFranceTravail;
let dir: string;
beforeEach(async () => {
	mock = await startMockFranceTravail();
	dir = mkdtempSync(join(tmpdir(), 'offers-'));
});
afterEach(async () => {
	await mock.close();
});

const hour = 3_600_000;

function collect(options: Partial<CollectOptions> = {}) {
	return collectOffers({
		settings: { mode: 'live', franceTravail: { ...mockCredentials, tokenUrl: mock.tokenUrl, apiUrl: mock.apiUrl } },
		departements: ['40'],
		romeTable,
		cacheDir: join(dir, 'cache'),
		franceTravail: { requestTimeoutMs: 3000, deadlineMs: 8000, maxRetries: 1, backoffMs: 5, minIntervalMs: 0 },
		...options,
	});
}

function csvPartner(csv: string, config: Partial<PartnerFeedConfigInput> = {}) {
	const file = join(dir, `partner-${Math.random().toString(36).slice(2)}.csv`);
	writeFileSync(file, csv);
	return partnerFeedConfigSchema.parse({
		id: 'federation-ehpad',
		name: 'Fédération des EHPAD (exemple)',
		format: 'csv',
		file,
		delimiter: ';',
		fields: {
			id: 'Référence',
			title: 'Poste',
			description: 'Description',
			url: 'Lien',
			employer: 'Établissement',
			town: 'Ville',
			postcode: 'CP',
			contractType: 'Contrat',
			romeCode: 'ROME',
			datePosted: 'Publiée le',
			validThrough: 'Jusqu’au',
		},
		...config,
	});
}

const csvHeader = 'Référence;Poste;Description;Lien;Établissement;Ville;CP;Contrat;ROME;Publiée le;Jusqu’au\r\n';
const today = new Date();
const frenchDate = (date: Date) =>
	`${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;

describe('collectOffers', () => {
	it('shows live offers newest first, reports them and keeps a last known good copy', async () => {
		const older = apiOffer({ dateCreation: new Date(Date.now() - 5 * hour).toISOString() });
		const newer = apiOffer({ dateCreation: new Date(Date.now() - hour).toISOString() });
		mock.offers = [older, newer];
		const now = new Date();
		const { offers, report } = await collect({ now });
		expect(offers.map((o) => o.sourceId)).toEqual([newer['id'], older['id']]);
		expect(offers[0]).toMatchObject({
			source: 'france-travail',
			profession: 'aide-soignant',
			town: 'Dax',
			departement: '40',
			example: false,
		});
		expect(report.sources[0]).toMatchObject({
			source: 'france-travail',
			origin: 'live',
			fetched: 2,
			valid: 2,
			shown: 2,
			fallbackUsed: false,
			hidden: false,
			dataDate: now.toISOString(),
			errors: [],
		});
		const saved = JSON.parse(readFileSync(join(dir, 'cache', 'france-travail.json'), 'utf8'));
		expect(saved).toMatchObject({ source: 'france-travail', fetchedAt: now.toISOString() });
		expect(saved.records).toHaveLength(2);
	});

	it('falls back to the last known good copy when the API refuses the token twice', async () => {
		mock.offers = [apiOffer(), apiOffer()];
		const first = new Date();
		await collect({ now: first });
		mock.offers = [];
		mock.fail('search', { kind: 'status', status: 401 }, { kind: 'status', status: 401 });
		const { offers, report } = await collect({ now: new Date(first.getTime() + 3 * hour) });
		expect(offers).toHaveLength(2);
		const source = report.sources[0];
		expect(source).toMatchObject({ origin: 'last-known-good', fallbackUsed: true, hidden: false, dataDate: first.toISOString() });
		expect(source?.errors.join('\n')).toMatch(/giving up[\s\S]*using the last known good copy/);
	});

	it('hides France Travail offers when the last good copy is older than 24 hours', async () => {
		mock.offers = [apiOffer()];
		const first = new Date();
		await collect({ now: first });
		mock.fail('token', { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
		const { offers, report } = await collect({ now: new Date(first.getTime() + 25 * hour) });
		expect(offers).toEqual([]);
		expect(report.sources[0]).toMatchObject({ hidden: true, origin: 'none', fallbackUsed: false });
		expect(report.sources[0]?.errors.join()).toMatch(/older than 24 h: offers hidden/);
		expect(formatReport(report)).toMatch(/france-travail\s+HIDDEN/);
	});

	it('hides them too when there is no copy at all', async () => {
		mock.fail('search', ...Array.from({ length: 4 }, () => ({ kind: 'status' as const, status: 500 })));
		const { offers, report } = await collect();
		expect(offers).toEqual([]);
		expect(report.sources[0]?.hidden).toBe(true);
		expect(report.sources[0]?.errors.join()).toMatch(/HTTP 500[\s\S]*no last known good copy/);
	});

	it('takes a 204 as a day without offers, not as an outage', async () => {
		const { offers, report } = await collect();
		expect(offers).toEqual([]);
		expect(report.sources[0]).toMatchObject({ origin: 'live', hidden: false, fetched: 0, errors: [] });
	});

	it('drops and counts records the schema refuses, or that it cannot place, without failing the rest', async () => {
		mock.offers = [
			apiOffer(),
			apiOffer({ intitule: '' }),
			apiOffer({ dateCreation: 'hier' }),
			apiOffer({ lieuTravail: { libelle: '40 - DAX', codePostal: '4010' } }),
			apiOffer({ id: undefined }),
			apiOffer({ romeCode: 'K1303', intitule: 'Garde d’enfants à domicile', appellationlibelle: 'Garde d’enfants' }),
			apiOffer({ romeCode: 'K1303', intitule: 'Assistante maternelle', appellationlibelle: '' }),
		];
		const { offers, report } = await collect();
		expect(offers.map((o) => o.profession).sort()).toEqual(['aide-soignant', 'assistant-maternel']);
		expect(report.sources[0]).toMatchObject({
			fetched: 7,
			valid: 2,
			dropped: { 'invalid:title': 1, 'invalid:datePosted': 1, 'invalid:postcode': 1, 'missing-id': 1, 'unknown-rome': 1 },
		});
		expect(formatReport(report)).toMatch(/france-travail dropped: .*unknown-rome 1/);
	});

	it('drops offers past their end date or older than the maximum age', async () => {
		mock.offers = [apiOffer(), apiOffer({ dateCreation: new Date(Date.now() - 70 * 24 * hour).toISOString() })];
		const yesterday = new Date(Date.now() - 24 * hour);
		const partner = csvPartner(
			csvHeader +
				`P1;Aide-soignant;Nuit;https://emploi.example.org/p1;EHPAD Le Port (exemple);Dax;40100;CDI;J1501;${frenchDate(today)};${frenchDate(yesterday)}\r\n` +
				`P2;Aide-soignant;Jour;https://emploi.example.org/p2;EHPAD Le Port (exemple);Dax;40100;CDD;J1501;${frenchDate(today)};${frenchDate(today)}\r\n`,
		);
		const { offers, report } = await collect({ partners: [partner], maxAgeDays: 60 });
		expect(offers.map((o) => o.id).sort()).toEqual([`federation-ehpad:P2`, offers.find((o) => o.source === 'france-travail')?.id].sort());
		expect(report.sources[0]?.dropped).toEqual({ 'too-old': 1 });
		// "Until today" keeps the offer for the whole day.
		expect(report.sources[1]?.dropped).toEqual({ expired: 1 });
	});

	it('keeps the France Travail copy of an offer a partner also publishes', async () => {
		mock.offers = [apiOffer({ intitule: 'Aide-soignant (H/F)', entreprise: { nom: 'EHPAD Les Tilleuls (exemple)' }, typeContrat: 'CDI' })];
		const partner = csvPartner(
			csvHeader +
				`A-1;AIDE-SOIGNANT (H/F);Texte;https://emploi.example.org/a1;Ehpad les Tilleuls (exemple);DAX;40100;CDI;J1501;${frenchDate(today)};\r\n` +
				`A-1;AIDE-SOIGNANT (H/F) de nuit;Texte;https://emploi.example.org/a1;Ehpad les Tilleuls (exemple);DAX;40100;CDI;J1501;${frenchDate(today)};\r\n` +
				`A-2;Aide-soignant (H/F);Texte;https://emploi.example.org/a2;Ehpad les Tilleuls (exemple);Dax;40100;CDD;J1501;${frenchDate(today)};\r\n`,
		);
		const { offers, report } = await collect({ partners: [partner] });
		expect(offers.map((o) => o.id).sort()).toEqual([`federation-ehpad:A-2`, `france-travail:${mock.offers[0]?.['id']}`].sort());
		expect(report.sources[1]).toMatchObject({ source: 'federation-ehpad', fetched: 3, valid: 3, duplicates: 2, shown: 1 });
	});

	it('shows only the territory’s départements', async () => {
		const partner = csvPartner(
			csvHeader +
				`B1;Aide-soignant;Texte;https://emploi.example.org/b1;EHPAD (exemple);Pau;64000;CDI;J1501;${frenchDate(today)};\r\n` +
				`B2;Aide-soignant;Texte;https://emploi.example.org/b2;EHPAD (exemple);;;CDI;J1501;${frenchDate(today)};\r\n`,
		);
		const { offers, report } = await collect({ partners: [partner] });
		expect(offers.map((o) => o.sourceId)).toEqual(['B2']);
		expect(report.sources[1]?.dropped).toEqual({ 'outside-territory': 1 });
	});

	it('builds offline from the demonstration snapshot, dated today and marked as examples', async () => {
		const now = new Date();
		const { offers, report } = await collectOffers({
			settings: { mode: 'snapshot', franceTravail: null },
			departements: ['40'],
			romeTable,
			cacheDir: join(dir, 'cache'),
			now,
		});
		expect(offers.length).toBeGreaterThanOrEqual(15);
		expect(offers.every((o) => o.example && o.departement === '40')).toBe(true);
		const newest = Date.parse(offers[0]?.datePosted ?? '');
		const oldest = Date.parse(offers.at(-1)?.datePosted ?? '');
		expect(newest).toBeLessThanOrEqual(now.getTime());
		expect(oldest).toBeGreaterThanOrEqual(now.getTime() - 20 * 24 * hour);
		expect(report.sources[0]).toMatchObject({ origin: 'demo', example: true, dataDate: now.toISOString(), hidden: false, errors: [] });
		expect(report.sources[0]?.dropped).toEqual({ 'outside-territory': expect.any(Number) });
		// Offline: nothing asked of the API, and no "last known good" copy made of demonstration data.
		expect(mock.requests).toEqual([]);
		expect(existsSync(join(dir, 'cache', 'france-travail.json'))).toBe(false);
	});

	it('reads a partner web feed only from its last good copy in snapshot mode', async () => {
		const partner = partnerFeedConfigSchema.parse({
			id: 'hopitaux',
			name: 'Groupe hospitalier (exemple)',
			format: 'json',
			url: 'http://127.0.0.1:9/never-called.json',
			fields: { id: 'id', title: 'title', url: 'url', romeCode: 'rome', datePosted: 'date' },
		});
		const { report } = await collectOffers({
			settings: { mode: 'snapshot', franceTravail: null },
			departements: ['40'],
			romeTable,
			cacheDir: join(dir, 'cache'),
			partners: [partner],
		});
		expect(report.sources[1]).toMatchObject({ source: 'hopitaux', hidden: true });
		expect(report.sources[1]?.errors.join()).toMatch(/snapshot mode[\s\S]*no last known good copy/);
	});

	it('prints a small table', async () => {
		mock.offers = [apiOffer()];
		const { report } = await collect();
		const text = formatReport(report);
		expect(text.split('\n')[0]).toBe('Offers (live mode): 1 shown');
		expect(text).toMatch(/^source\s+origin\s+fetched\s+valid\s+dropped\s+dupes\s+shown\s+ms\s+data date$/m);
		expect(text).toMatch(/^france-travail\s+live\s+1\s+1\s+0\s+0\s+1\s+\d+\s+\d{4}-/m);
	});
});
