import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchFranceTravail, type FranceTravailOptions } from '../../src/lib/offers/france-travail';
import { apiOffer, mockCredentials, startMockFranceTravail, type ApiOffer, type MockFranceTravail } from '../support/mock-france-travail';

let mock: MockFranceTravail;
beforeEach(async () => {
	mock = await startMockFranceTravail();
});
afterEach(async () => {
	await mock.close();
});

/** Tiny timeouts keep the suite fast; each test overrides what it exercises. */
function run(options: Partial<FranceTravailOptions> = {}) {
	return fetchFranceTravail({
		...mockCredentials,
		tokenUrl: mock.tokenUrl,
		apiUrl: mock.apiUrl,
		romeCodes: ['J1501', 'K1302'],
		departements: ['40'],
		// Generous for healthy requests (the machine may be busy); tests that time out set their own.
		requestTimeoutMs: 3000,
		deadlineMs: 8000,
		maxRetries: 2,
		backoffMs: 10,
		maxRetryAfterMs: 200,
		minIntervalMs: 0,
		...options,
	});
}

function offers(count: number, overrides: (i: number) => ApiOffer = () => ({})): ApiOffer[] {
	return Array.from({ length: count }, (_, i) => apiOffer(overrides(i)));
}

const ranges = () => mock.searches().map((r) => r.query.get('range'));

describe('France Travail client', () => {
	it('pages through 206 answers until every offer is fetched', async () => {
		mock.offers = offers(400);
		const result = await run();
		expect(result.status).toBe('complete');
		expect(result.errors).toEqual([]);
		expect(new Set(result.records.map((r) => (r as ApiOffer)['id'])).size).toBe(400);
		expect(ranges()).toEqual(['0-149', '150-299', '300-399']);
		expect(mock.searches().map((r) => r.status)).toEqual([206, 206, 206]);
		const first = mock.searches()[0]?.query;
		expect(first?.get('codeROME')).toBe('J1501,K1302');
		expect(first?.get('departement')).toBe('40');
		expect(first?.get('sort')).toBe('1');
		expect(mock.tokensIssued).toBe(1);
	});

	it('asks once and gets everything with a 200 when one page is enough', async () => {
		mock.offers = offers(12);
		const result = await run();
		expect(result.records).toHaveLength(12);
		expect(mock.searches().map((r) => r.status)).toEqual([200]);
	});

	it('takes a 204 as no offer, not as a failure', async () => {
		const result = await run();
		expect(result).toMatchObject({ status: 'complete', records: [], errors: [] });
		expect(mock.searches().map((r) => r.status)).toEqual([204]);
	});

	it('splits a query past the start-index cap by ROME code, then by département', async () => {
		mock.startIndexCap = 300;
		mock.offers = offers(1000, (i) => ({
			romeCode: i % 2 ? 'J1501' : 'K1302',
			lieuTravail: i % 4 < 2 ? { libelle: '40 - DAX', codePostal: '40100' } : { libelle: '64 - PAU', codePostal: '64000' },
		}));
		const result = await run({ startIndexCap: 300, departements: ['40', '64'] });
		expect(result.errors).toEqual([]);
		expect(result.records).toHaveLength(1000);
		// The API refused no request: no start index past the cap.
		expect(mock.searches().every((r) => r.status !== 400)).toBe(true);
		const leaves = mock.searches().filter((r) => !r.query.get('codeROME')?.includes(',') && !r.query.get('departement')?.includes(','));
		expect(new Set(leaves.map((r) => `${r.query.get('codeROME')} ${r.query.get('departement')}`)).size).toBe(4);
	});

	it('splits a single ROME code and département by creation-date windows', async () => {
		mock.startIndexCap = 300;
		const now = Date.now();
		mock.offers = offers(700, (i) => ({ dateCreation: new Date(now - i * 3_600_000).toISOString() }));
		const result = await run({ romeCodes: ['J1501'], startIndexCap: 300, now: new Date(now + 1000) });
		expect(result.errors).toEqual([]);
		expect(result.records).toHaveLength(700);
		const windowed = mock.searches().filter((r) => r.query.has('minCreationDate'));
		expect(windowed.length).toBeGreaterThan(0);
		expect(windowed[0]?.query.get('minCreationDate')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
	});

	it('refreshes the token once on a 401 and carries on', async () => {
		mock.offers = offers(5);
		mock.fail('search', { kind: 'status', status: 401 });
		const result = await run();
		expect(result).toMatchObject({ status: 'complete', errors: [] });
		expect(result.records).toHaveLength(5);
		expect(mock.tokensIssued).toBe(2);
	});

	it('refreshes a token the API stopped accepting (403 counts too)', async () => {
		mock.offers = offers(5);
		mock.fail('search', { kind: 'status', status: 403 });
		const result = await run();
		expect(result.status).toBe('complete');
	});

	it('gives up after a second 401: exactly one refresh', async () => {
		mock.offers = offers(5);
		mock.fail('search', { kind: 'status', status: 401 }, { kind: 'status', status: 401 });
		const result = await run();
		expect(result.status).toBe('failed');
		expect(result.records).toEqual([]);
		expect(result.errors.join()).toMatch(/401 .*giving up/);
		expect(mock.tokensIssued).toBe(2);
		expect(mock.searches()).toHaveLength(2);
	});

	it('reports refused credentials without quoting the secret', async () => {
		const result = await run({ clientSecret: 'wrong-secret-value' });
		expect(result.status).toBe('failed');
		expect(result.errors.join()).toMatch(/token request: HTTP 400/);
		expect(result.errors.join()).not.toContain('wrong-secret-value');
		expect(mock.searches()).toHaveLength(0);
	});

	it('waits for Retry-After on a 429, capped, then retries', async () => {
		mock.offers = offers(3);
		mock.fail('search', { kind: 'status', status: 429, retryAfter: '120' });
		const started = Date.now();
		const result = await run({ maxRetryAfterMs: 150 });
		const elapsed = Date.now() - started;
		expect(result).toMatchObject({ status: 'complete', retries: 1 });
		expect(result.records).toHaveLength(3);
		expect(elapsed).toBeGreaterThanOrEqual(140);
		expect(elapsed).toBeLessThan(2000);
	});

	it('backs off and retries after a 500', async () => {
		mock.offers = offers(3);
		mock.fail('search', { kind: 'status', status: 500 }, { kind: 'status', status: 503 });
		const result = await run();
		expect(result).toMatchObject({ status: 'complete', retries: 2, errors: [] });
		expect(mock.searches().map((r) => r.status)).toEqual([500, 503, 200]);
	});

	it('stops retrying a failing server after the allowed retries', async () => {
		mock.offers = offers(3);
		mock.fail('search', ...Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 502 })));
		const result = await run({ maxRetries: 2 });
		expect(result.status).toBe('failed');
		expect(result.errors.join()).toMatch(/HTTP 502 \(gave up after 3 attempts\)/);
		expect(mock.searches()).toHaveLength(3);
	});

	it('abandons a request that hangs past its timeout and retries it', async () => {
		mock.offers = offers(3);
		mock.fail('search', { kind: 'hang' });
		const started = Date.now();
		const result = await run({ requestTimeoutMs: 250, maxRetries: 4 });
		expect(Date.now() - started).toBeGreaterThanOrEqual(240);
		expect(result.status).toBe('complete');
		expect(result.records).toHaveLength(3);
		expect(mock.searches()[0]?.status).toBe('hang');
	});

	it('keeps what it has when the whole-feed deadline passes', async () => {
		mock.offers = offers(600);
		// The second page never comes; its own timeout is longer than the feed's deadline.
		mock.fail('search', { kind: 'hang', start: 150 });
		const started = Date.now();
		const result = await run({ deadlineMs: 1000, requestTimeoutMs: 5000 });
		expect(Date.now() - started).toBeLessThan(2500);
		expect(result.status).toBe('partial');
		expect(result.records).toHaveLength(150);
		expect(result.errors.join()).toMatch(/deadline of 1000 ms/);
	});

	it('retries a truncated JSON page', async () => {
		mock.offers = offers(300);
		mock.fail('search', { kind: 'truncate', start: 150 });
		const result = await run();
		expect(result).toMatchObject({ status: 'complete', retries: 1 });
		expect(result.records).toHaveLength(300);
	});

	it('keeps the pages it got when one stays truncated, and says which', async () => {
		mock.offers = offers(300);
		mock.fail('search', { kind: 'truncate', start: 150 }, { kind: 'truncate', start: 150 });
		const result = await run({ maxRetries: 1 });
		expect(result.status).toBe('partial');
		expect(result.records).toHaveLength(150);
		expect(result.errors.join()).toMatch(/range 150-299: unreadable JSON .*truncated/);
	});
});
