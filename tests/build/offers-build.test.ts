// Full site builds against a mock France Travail over real HTTP: whatever the feed
// does, the build ends green and the pages it publishes are safe.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiOffer, mockCredentials, startMockFranceTravail, type MockFranceTravail } from '../support/mock-france-travail';

/** A throw-away copy of the project (content and code; node_modules linked) to build in. */
const copies: string[] = [];
function projectCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'offers-build-'));
	copies.push(dir);
	for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		cpSync(entry, join(dir, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/** Asynchronous on purpose: the mock server answers from this very process. */
async function build(dir: string, api: MockFranceTravail) {
	const child = spawn(resolve('node_modules/.bin/astro'), ['build'], {
		cwd: dir,
		env: {
			...process.env,
			PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
			OFFERS_MODE: 'live',
			FRANCE_TRAVAIL_CLIENT_ID: mockCredentials.clientId,
			FRANCE_TRAVAIL_CLIENT_SECRET: mockCredentials.clientSecret,
			FRANCE_TRAVAIL_TOKEN_URL: api.tokenUrl,
			FRANCE_TRAVAIL_API_URL: api.apiUrl,
		},
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const status = await new Promise<number | null>((done) => child.on('close', done));
	const report = existsSync(join(dir, '.cache/offers/report.json'))
		? JSON.parse(readFileSync(join(dir, '.cache/offers/report.json'), 'utf8'))
		: null;
	return { status, log, report, dist: join(dir, 'dist') };
}

const offerPages = (dist: string) => readdirSync(join(dist, 'offres')).filter((d) => !/^(metier|\d+)$/.test(d));

let api: MockFranceTravail | undefined;
afterEach(async () => {
	await api?.close();
	api = undefined;
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('site build with a live offer feed', () => {
	it('stays green and hides France Travail offers when the API fails and no recent copy exists', async () => {
		api = await startMockFranceTravail({ offers: [apiOffer()] });
		api.fail('search', ...Array.from({ length: 30 }, () => ({ kind: 'status' as const, status: 500 })));
		const { status, log, report, dist } = await build(projectCopy(), api);
		expect(status, log).toBe(0);
		const ft = report.sources.find((s: { source: string }) => s.source === 'france-travail');
		expect(ft.hidden).toBe(true);
		expect(ft.errors.join(' ')).toMatch(/500/);
		// The partner's offers are still published; no France Travail page is.
		const pages = offerPages(dist);
		expect(pages.some((p) => p.startsWith('federation-employeurs-landes-'))).toBe(true);
		expect(pages.some((p) => p.startsWith('france-travail-'))).toBe(false);
		const list = readFileSync(join(dist, 'offres/index.html'), 'utf8');
		expect(list).toContain('Les offres ne sont pas affichées');
	}, 180_000);

	it('publishes injected text as text, drops invalid records and shows a duplicate once', async () => {
		const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		api = await startMockFranceTravail({
			offers: [
				apiOffer({
					intitule: `Aide-soignant ${evil}`,
					description: `Texte ${evil}`,
					entreprise: { nom: `EHPAD ${evil}` },
					lieuTravail: { libelle: '40 - DAX', codePostal: '40100' },
				}),
				apiOffer({ intitule: undefined }),
				apiOffer({
					intitule: 'Aide à domicile (H/F)',
					entreprise: { nom: "Service d'aide à domicile du Marsan (exemple)" },
					lieuTravail: { libelle: '40 - MONT-DE-MARSAN', codePostal: '40000' },
					romeCode: 'K1304',
					typeContrat: 'CDI',
				}),
			],
		});
		const { status, log, report, dist } = await build(projectCopy(), api);
		expect(status, log).toBe(0);
		const ft = report.sources.find((s: { source: string }) => s.source === 'france-travail');
		expect(ft.origin).toBe('live');
		expect(ft.valid).toBe(2);
		expect(Object.keys(ft.dropped).join(' ')).toMatch(/intitule|title|invalid/);
		const partner = report.sources.find((s: { source: string }) => s.source === 'federation-employeurs-landes');
		expect(partner.duplicates).toBe(1);
		const page = offerPages(dist).find(
			(p) => p.startsWith('france-travail-') && readFileSync(join(dist, 'offres', p, 'index.html'), 'utf8').includes('onerror'),
		);
		expect(page).toBeDefined();
		const html = readFileSync(join(dist, 'offres', page!, 'index.html'), 'utf8');
		// Inside a quoted attribute value "<" is inert; anywhere else it would be markup.
		const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
		expect(outsideAttributes).not.toMatch(/<img src=x/);
		expect(outsideAttributes).not.toMatch(/<script>alert/);
		expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
	}, 180_000);
});
