// Client for France Travail's "Offres d'emploi v2" search API (documentation:
// https://francetravail.io/produits-partages/catalogue/offres-emploi/documentation).
// It never throws: it returns the raw records it got plus errors, and the pipeline
// decides what visitors see.
import { Deadline, GiveUp, RequestFailed, httpRequest, messageOf, type HttpAnswer, type HttpContext, type RetryPolicy } from './http';

export const franceTravailDefaults = {
	tokenUrl: 'https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire',
	apiUrl: 'https://api.francetravail.io/partenaire/offresdemploi/v2/offres/search',
	scope: 'api_offresdemploiv2 o2dsoffre',
	/** The API's maximum per call. */
	pageSize: 150,
	/** Highest start index the API accepts (1,000 in older documentation, 3,000 now). */
	startIndexCap: 3000,
	requestTimeoutMs: 15_000,
	deadlineMs: 180_000,
	maxRetries: 3,
	backoffMs: 500,
	maxRetryAfterMs: 30_000,
	/** About 6 calls per second: under the documented 3 to 10. */
	minIntervalMs: 170,
	/** How far back creation-date windows start when a query must be split by date. */
	maxAgeDays: 60,
};

export interface FranceTravailOptions {
	clientId: string;
	clientSecret: string;
	tokenUrl?: string | undefined;
	apiUrl?: string | undefined;
	scope?: string | undefined;
	romeCodes: readonly string[];
	/** Département codes; empty means the whole country. */
	departements: readonly string[];
	pageSize?: number | undefined;
	startIndexCap?: number | undefined;
	requestTimeoutMs?: number | undefined;
	deadlineMs?: number | undefined;
	maxRetries?: number | undefined;
	backoffMs?: number | undefined;
	maxRetryAfterMs?: number | undefined;
	minIntervalMs?: number | undefined;
	maxAgeDays?: number | undefined;
	now?: Date | undefined;
	fetch?: typeof fetch | undefined;
}

export interface FranceTravailResult {
	/** Raw API records (the `resultats` items), one per offer id. */
	records: unknown[];
	errors: string[];
	/** complete: every query answered; partial: some records but errors; failed: nothing usable. */
	status: 'complete' | 'partial' | 'failed';
	requests: number;
	retries: number;
}

interface Query {
	romeCodes: readonly string[];
	departements: readonly string[];
	window?: { from: Date; to: Date };
}

interface Token {
	value: string;
	expiresAt: number;
}

type Settings = typeof franceTravailDefaults & Pick<FranceTravailOptions, 'clientId' | 'clientSecret'>;

/** Fetches every offer for the given ROME codes and départements. Never throws. */
export async function fetchFranceTravail(options: FranceTravailOptions): Promise<FranceTravailResult> {
	const settings = withDefaults(options);
	const now = options.now ?? new Date();
	const deadline = new Deadline(settings.deadlineMs);
	const policy: RetryPolicy = settings;
	const http: HttpContext = {
		fetch: options.fetch ?? globalThis.fetch,
		deadline,
		policy,
		stats: { requests: 0, retries: 0, lastRequestAt: 0 },
	};
	const client = new Client(settings, http, now);
	try {
		await client.run({ romeCodes: options.romeCodes, departements: options.departements });
	} catch (error) {
		// GiveUp (deadline, refused credentials) or a bug: either way keep what was fetched.
		client.errors.push(error instanceof GiveUp ? error.message : `unexpected error: ${messageOf(error)}`);
	} finally {
		deadline.dispose();
	}
	const records = client.records();
	const status = client.errors.length === 0 ? 'complete' : records.length > 0 ? 'partial' : 'failed';
	return { records, errors: client.errors, status, requests: http.stats.requests, retries: http.stats.retries };
}

function withDefaults(options: FranceTravailOptions): Settings {
	const settings: Settings = { ...franceTravailDefaults, clientId: options.clientId, clientSecret: options.clientSecret };
	for (const key of Object.keys(franceTravailDefaults) as (keyof typeof franceTravailDefaults)[]) {
		const value = options[key];
		if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
	}
	return settings;
}

class Client {
	readonly errors: string[] = [];
	readonly #byId = new Map<string, unknown>();
	readonly #withoutId: unknown[] = [];
	#token: Token | null = null;
	#refreshed = false;

	constructor(
		readonly settings: Settings,
		readonly http: HttpContext,
		readonly now: Date,
	) {}

	records(): unknown[] {
		return [...this.#byId.values(), ...this.#withoutId];
	}

	async run(query: Query): Promise<void> {
		const { pageSize, startIndexCap } = this.settings;
		let first: { records: unknown[]; total: number };
		try {
			first = await this.#page(query, 0, pageSize - 1);
		} catch (error) {
			if (!(error instanceof RequestFailed)) throw error;
			this.errors.push(error.message);
			return;
		}
		if (first.total > startIndexCap) {
			const parts = this.#split(query);
			if (parts) {
				for (const part of parts) await this.run(part);
				return;
			}
			this.errors.push(
				`${describe(query)}: ${first.total} offers, more than the API lets us page through (start index ${startIndexCap}); kept the newest`,
			);
		}
		this.#keep(first.records);
		for (let start = first.records.length; start < first.total && start <= startIndexCap; start += pageSize) {
			try {
				const page = await this.#page(query, start, Math.min(start + pageSize, first.total) - 1);
				this.#keep(page.records);
				// An empty page: the list shrank meanwhile and the rest would be empty too.
				if (page.records.length === 0) break;
			} catch (error) {
				// The rest of this query is lost; other queries may still answer.
				if (!(error instanceof RequestFailed)) throw error;
				this.errors.push(error.message);
				return;
			}
		}
	}

	#keep(records: unknown[]): void {
		for (const record of records) {
			const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
			if (typeof id === 'string' && id) this.#byId.set(id, record);
			else this.#withoutId.push(record);
		}
	}

	/** Narrower queries covering the same offers, or null when nothing is left to split. */
	#split(query: Query): Query[] | null {
		if (query.romeCodes.length > 1) return query.romeCodes.map((code) => ({ ...query, romeCodes: [code] }));
		if (query.departements.length > 1) return query.departements.map((d) => ({ ...query, departements: [d] }));
		const from = query.window?.from ?? new Date(this.now.getTime() - this.settings.maxAgeDays * 86_400_000);
		const to = query.window?.to ?? this.now;
		const half = Math.floor((to.getTime() - from.getTime()) / 2000) * 1000;
		// Below a minute the API's one-second resolution makes further halves pointless.
		if (half < 30_000) return null;
		const middle = new Date(from.getTime() + half);
		return [
			{ ...query, window: { from: middle, to } },
			{ ...query, window: { from, to: middle } },
		];
	}

	async #page(query: Query, start: number, end: number): Promise<{ records: unknown[]; total: number }> {
		const url = new URL(this.settings.apiUrl);
		url.searchParams.set('codeROME', query.romeCodes.join(','));
		if (query.departements.length) url.searchParams.set('departement', query.departements.join(','));
		url.searchParams.set('sort', '1');
		url.searchParams.set('range', `${start}-${end}`);
		if (query.window) {
			url.searchParams.set('minCreationDate', apiDate(query.window.from));
			url.searchParams.set('maxCreationDate', apiDate(query.window.to));
		}
		const label = `${describe(query)} range ${start}-${end}`;
		const answer = await this.#authorised(label, url.href);
		if (answer.status === 204) return { records: [], total: 0 };
		if (answer.status !== 200 && answer.status !== 206) {
			throw new RequestFailed(`${label}: HTTP ${answer.status}${detail(answer.body)}`);
		}
		const results = (answer.body as { resultats?: unknown } | null)?.resultats;
		if (!Array.isArray(results)) throw new RequestFailed(`${label}: the answer has no "resultats" list`);
		if (answer.status === 200) return { records: results, total: start + results.length };
		const total = contentRangeTotal(answer.headers.get('content-range'));
		if (total === null) {
			this.errors.push(`${label}: HTTP 206 without a readable Content-Range; kept this page only`);
			return { records: results, total: start + results.length };
		}
		return { records: results, total };
	}

	/** A search call with a valid token; exactly one refresh when the API refuses it. */
	async #authorised(label: string, url: string): Promise<HttpAnswer> {
		const get = async () =>
			httpRequest(
				this.http,
				label,
				url,
				{ headers: { Authorization: `Bearer ${await this.#accessToken()}`, Accept: 'application/json' } },
				true,
			);
		let answer = await get();
		if (answer.status === 401 || answer.status === 403) {
			if (this.#refreshed) throw new GiveUp(`${label}: HTTP ${answer.status} again after the one token refresh allowed; giving up`);
			this.#refreshed = true;
			this.#token = null;
			answer = await get();
			if (answer.status === 401 || answer.status === 403) {
				throw new GiveUp(`${label}: HTTP ${answer.status} even with a fresh token; giving up`);
			}
		}
		return answer;
	}

	async #accessToken(): Promise<string> {
		// Renew a minute early: a token expiring mid-request would cost the one refresh we allow.
		if (this.#token && this.#token.expiresAt - 60_000 > Date.now()) return this.#token.value;
		const { tokenUrl, clientId, clientSecret, scope } = this.settings;
		const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope });
		let answer: HttpAnswer;
		try {
			answer = await httpRequest(
				this.http,
				'token request',
				tokenUrl,
				{
					method: 'POST',
					body: form.toString(),
					headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
				},
				true,
			);
		} catch (error) {
			if (error instanceof RequestFailed) throw new GiveUp(error.message);
			throw error;
		}
		const body = answer.body as { access_token?: unknown; expires_in?: unknown } | null;
		if (answer.status !== 200 || typeof body?.access_token !== 'string') {
			// Never echo the body: an OAuth error could quote the credentials sent.
			throw new GiveUp(
				`token request: HTTP ${answer.status}, no access token (check FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET)`,
			);
		}
		const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 1499;
		this.#token = { value: body.access_token, expiresAt: Date.now() + lifetime * 1000 };
		return this.#token.value;
	}
}

/** "offres 0-149/9981" → 9981. */
export function contentRangeTotal(header: string | null): number | null {
	const match = header ? /(\d+)\s*-\s*(\d+)\s*\/\s*(\d+)/.exec(header) : null;
	return match ? Number(match[3]) : null;
}

/** The API wants "yyyy-MM-ddTHH:mm:ssZ", without milliseconds. */
function apiDate(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function describe(query: Query): string {
	const where = query.departements.length ? ` in ${query.departements.join(',')}` : '';
	const when = query.window ? ` created ${apiDate(query.window.from)}..${apiDate(query.window.to)}` : '';
	return `search ${query.romeCodes.join(',')}${where}${when}`;
}

function detail(body: unknown): string {
	const message = typeof body === 'string' ? body : body && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
	return typeof message === 'string' && message.trim() ? ` (${message.trim().slice(0, 200)})` : '';
}
