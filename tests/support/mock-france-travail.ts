// A local stand-in for France Travail's "Offres d'emploi v2" API over real HTTP on
// 127.0.0.1 (random free port): the token endpoint, the search endpoint with
// range / Content-Range / 200 / 206 / 204 and the start-index cap, and faults the
// tests switch on (an HTTP status, a hang, a truncated body, a slow answer).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ApiOffer = Record<string, unknown>;

export type Fault = (
	| { kind: 'status'; status: number; retryAfter?: string; body?: string }
	/** Never answers (until the server closes). */
	| { kind: 'hang' }
	/** Answers normally but cuts the JSON body in half. */
	| { kind: 'truncate' }
) & {
	/** Only for the search page starting at this index. */
	start?: number;
};

export interface MockRequest {
	endpoint: 'token' | 'search' | 'other';
	query: URLSearchParams;
	status: number | 'hang';
}

export interface MockFranceTravail {
	readonly tokenUrl: string;
	readonly apiUrl: string;
	offers: ApiOffer[];
	/** Highest start index accepted (the real API: 3,000). */
	startIndexCap: number;
	/** Delay before every search answer. */
	delayMs: number;
	readonly requests: MockRequest[];
	readonly tokensIssued: number;
	/** Queues faults: each is used by one upcoming request to that endpoint, in order. */
	fail(endpoint: 'token' | 'search', ...faults: Fault[]): void;
	/** Every token issued so far stops working (as when one expires early). */
	revokeTokens(): void;
	searches(): MockRequest[];
	close(): Promise<void>;
}

export const mockCredentials = { clientId: 'test-client', clientSecret: 'test-secret' };

const searchPath = '/partenaire/offresdemploi/v2/offres/search';
const tokenPath = '/connexion/oauth2/access_token';

export async function startMockFranceTravail(
	options: { offers?: ApiOffer[]; startIndexCap?: number; delayMs?: number } = {},
): Promise<MockFranceTravail> {
	const faults: Record<'token' | 'search', Fault[]> = { token: [], search: [] };
	const validTokens = new Set<string>();
	let issued = 0;
	const requests: MockRequest[] = [];

	const state = {
		offers: options.offers ?? [],
		startIndexCap: options.startIndexCap ?? 3000,
		delayMs: options.delayMs ?? 0,
	};

	const server = createServer((req, res) => {
		void handle(req, res).catch(() => {
			if (!res.headersSent) res.writeHead(500);
			res.end();
		});
	});

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const body = await readBody(req);
		const endpoint = url.pathname === tokenPath ? 'token' : url.pathname === searchPath ? 'search' : 'other';
		const log: MockRequest = { endpoint, query: url.searchParams, status: 0 };
		requests.push(log);
		const send = (status: number, payload?: string, headers: Record<string, string> = {}) => {
			log.status = status;
			res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', ...headers });
			res.end(payload);
		};
		if (endpoint === 'other') return send(404, '{"message":"not found"}');

		const start = Number((url.searchParams.get('range') ?? '0-149').split('-')[0]);
		const index = faults[endpoint].findIndex((f) => f.start === undefined || f.start === start);
		const fault = index < 0 ? undefined : faults[endpoint].splice(index, 1)[0];
		if (fault?.kind === 'hang') {
			log.status = 'hang';
			return;
		}
		if (fault?.kind === 'status') {
			return send(
				fault.status,
				fault.body ?? JSON.stringify({ message: `fault ${fault.status}` }),
				fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
			);
		}

		if (endpoint === 'token') {
			const form = new URLSearchParams(body);
			const ok =
				req.method === 'POST' &&
				form.get('grant_type') === 'client_credentials' &&
				form.get('client_id') === mockCredentials.clientId &&
				form.get('client_secret') === mockCredentials.clientSecret &&
				(form.get('scope') ?? '').split(' ').includes('api_offresdemploiv2');
			if (!ok) return send(400, JSON.stringify({ error: 'invalid_client' }));
			const token = `token-${++issued}`;
			validTokens.add(token);
			return send(
				200,
				JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 1499, scope: 'api_offresdemploiv2 o2dsoffre' }),
			);
		}

		if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
		const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
		if (!token || !validTokens.has(token)) return send(401, JSON.stringify({ message: 'invalid token' }));

		const end = Number((url.searchParams.get('range') ?? '0-149').split('-')[1]);
		if (!(start >= 0 && end >= start && end - start < 150))
			return send(400, JSON.stringify({ message: 'Le paramètre range est invalide' }));
		if (start > state.startIndexCap)
			return send(400, JSON.stringify({ message: `La position de début doit être inférieure ou égale à ${state.startIndexCap}` }));

		const found = search(state.offers, url.searchParams);
		if (found.length === 0 || start >= found.length) return send(204);
		const page = found.slice(start, end + 1);
		const json = JSON.stringify({ resultats: page, filtresPossibles: [] });
		const payload = fault?.kind === 'truncate' ? json.slice(0, Math.floor(json.length / 2)) : json;
		if (start === 0 && found.length <= end + 1) return send(200, payload);
		return send(206, payload, {
			'Content-Range': `offres ${start}-${start + page.length - 1}/${found.length}`,
			'Accept-Range': 'offres 150',
		});
	}

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const base = `http://127.0.0.1:${port}`;

	return {
		tokenUrl: `${base}${tokenPath}?realm=/partenaire`,
		apiUrl: `${base}${searchPath}`,
		get offers() {
			return state.offers;
		},
		set offers(value) {
			state.offers = value;
		},
		get startIndexCap() {
			return state.startIndexCap;
		},
		set startIndexCap(value) {
			state.startIndexCap = value;
		},
		get delayMs() {
			return state.delayMs;
		},
		set delayMs(value) {
			state.delayMs = value;
		},
		requests,
		get tokensIssued() {
			return issued;
		},
		fail(endpoint, ...list) {
			faults[endpoint].push(...list);
		},
		revokeTokens() {
			validTokens.clear();
		},
		searches() {
			return requests.filter((r) => r.endpoint === 'search');
		},
		close() {
			// Hung requests hold their sockets open: cut them so the test run ends.
			server.closeAllConnections();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		let text = '';
		req.setEncoding('utf8');
		req.on('data', (chunk: string) => (text += chunk));
		req.on('end', () => resolve(text));
		req.on('error', reject);
	});
}

/** The API's filters we use: codeROME, departement, creation-date window; sort=1 is newest first. */
function search(offers: ApiOffer[], query: URLSearchParams): ApiOffer[] {
	const codes = query.get('codeROME')?.split(',');
	const departements = query.get('departement')?.split(',');
	const min = query.get('minCreationDate');
	const max = query.get('maxCreationDate');
	return offers
		.filter((o) => !codes || codes.includes(String(o['romeCode'])))
		.filter((o) => !departements || departements.includes(departementOf(o)))
		.filter((o) => !min || String(o['dateCreation']) >= min.replace('Z', ''))
		.filter((o) => !max || String(o['dateCreation']) <= max.replace('Z', '.999Z'))
		.sort((a, b) => String(b['dateCreation']).localeCompare(String(a['dateCreation'])) || String(a['id']).localeCompare(String(b['id'])));
}

function departementOf(offer: ApiOffer): string {
	const place = offer['lieuTravail'] as { libelle?: string; codePostal?: string } | undefined;
	return /^(\d{2,3})\s*-/.exec(place?.libelle ?? '')?.[1] ?? (place?.codePostal ?? '').slice(0, 2);
}

let sequence = 0;

/** A valid offer in the API's shape; override any field. */
export function apiOffer(overrides: ApiOffer = {}): ApiOffer {
	sequence++;
	const id = `T${String(sequence).padStart(6, '0')}`;
	return {
		id,
		intitule: 'Aide-soignant / Aide-soignante (H/F)',
		description: 'Vous accompagnez les résidents dans les gestes du quotidien.\nÉquipe de douze soignants.',
		dateCreation: new Date(Date.now() - sequence * 60_000).toISOString(),
		dateActualisation: new Date(Date.now() - sequence * 60_000).toISOString(),
		lieuTravail: { libelle: '40 - DAX', latitude: 43.71, longitude: -1.05, codePostal: '40100' },
		romeCode: 'J1501',
		romeLibelle: 'Aide-soignant / Aide-soignante',
		appellationlibelle: 'Aide-soignant / Aide-soignante',
		entreprise: { nom: 'EHPAD Les Tilleuls (exemple)' },
		typeContrat: 'CDI',
		typeContratLibelle: 'Contrat à durée indéterminée',
		natureContrat: 'Contrat travail',
		experienceExige: 'D',
		experienceLibelle: 'Débutant accepté',
		salaire: { libelle: 'Mensuel de 2000.00 Euros sur 12 mois' },
		dureeTravailLibelle: '35H Horaires normaux',
		dureeTravailLibelleConverti: 'Temps plein',
		alternance: false,
		nombrePostes: 1,
		origineOffre: { origine: '1', urlOrigine: `https://candidat.francetravail.fr/offres/recherche/detail/${id}` },
		...overrides,
	};
}
