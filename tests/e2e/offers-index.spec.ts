import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { close, createIndex } from 'pagefind';

/**
 * Offers reach the search index from data (src/lib/offers/search-document.ts),
 * no longer from their pages. This compares the site's index with one built
 * the former way, by Pagefind reading every built page (offer pages included),
 * on a set of offer queries and filters: results, order, titles, excerpts and
 * filter counts must be the same.
 */
let reference: string;

test.beforeAll(async () => {
	reference = mkdtempSync(join(tmpdir(), 'pagefind-reference-'));
	const { index, errors } = await createIndex({});
	if (!index) throw new Error(errors.join('; '));
	const added = await index.addDirectory({ path: 'dist' });
	expect(added.errors).toEqual([]);
	expect((await index.writeFiles({ outputPath: reference })).errors).toEqual([]);
	await close();
});

test.afterAll(() => rmSync(reference, { recursive: true, force: true }));

interface Query {
	term: string | null;
	filters?: Record<string, string[]>;
	sort?: Record<string, 'asc' | 'desc'>;
}

const offers = ['offers'];
const queries: Query[] = [
	{ term: 'aide soignant', filters: { type: offers } },
	{ term: 'aide soignante' },
	{ term: 'auxiliaire de vie' },
	{ term: 'nuit', filters: { type: offers } },
	{ term: 'cdi', filters: { type: offers } },
	{ term: 'ehpad', filters: { type: offers, contrat: ['CDI'] } },
	{ term: 'accompagnant', filters: { type: offers, temps: ['Temps partiel'] } },
	{ term: 'dax', filters: { type: offers } },
	{ term: 'débutant' },
	{ term: null, filters: { type: offers }, sort: { date: 'desc' } },
	{ term: null, filters: { type: offers, metier: ['aide-soignant'] }, sort: { date: 'desc' } },
	{ term: null, filters: { type: offers, ville: ['Dax'] }, sort: { date: 'desc' } },
	// Pages other than offers are read from the built site as before: the same too.
	{ term: 'handicap' },
	{ term: 'formation', filters: { type: ['trainings'] } },
];

test('offers indexed from data give the same search results as offers read from their pages', async ({ page }) => {
	await page.route('**/pagefind-reference/**', (route) => {
		const path = new URL(route.request().url()).pathname.replace('/pagefind-reference/', '');
		return route.fulfill({
			body: readFileSync(join(reference, path)),
			contentType: path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
		});
	});
	await page.goto('/recherche/');
	const compared = await page.evaluate(async (queries) => {
		interface Pagefind {
			options(o: object): Promise<void>;
			init(language: string): Promise<void>;
			filters(): Promise<Record<string, Record<string, number>>>;
			search(term: string | null, o: object): Promise<{ results: { score: number; data(): Promise<Record<string, unknown>> }[] }>;
		}
		const load = async (base: string) => {
			const pf = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
			await pf.options({ excerptLength: 24, noWorker: true });
			await pf.init('fr');
			return pf;
		};
		const run = async (pf: Pagefind, q: (typeof queries)[number]) => {
			const response = await pf.search(q.term, { filters: q.filters ?? {}, ...(q.sort ? { sort: q.sort } : {}) });
			const found = await Promise.all(
				response.results.map(async (r) => {
					const d = (await r.data()) as { url: string; excerpt: string; meta: Record<string, string>; filters: unknown };
					return { score: r.score, url: d.url, title: d.meta.title, type: d.meta.type, excerpt: d.excerpt, filters: d.filters };
				}),
			);
			// Pages of exactly the same score (the easy-to-read versions say the same things) have no order of their own.
			return q.sort ? found : found.toSorted((a, b) => b.score - a.score || a.url.localeCompare(b.url));
		};
		const [now, before] = [await load('/pagefind/'), await load('/pagefind-reference/')];
		const out = [];
		for (const q of queries) out.push({ q, now: await run(now, q), before: await run(before, q) });
		return { results: out, filters: { now: await now.filters(), before: await before.filters() } };
	}, queries);
	for (const { q, now, before } of compared.results) {
		expect(now, JSON.stringify(q)).toEqual(before);
	}
	// The comparison means something: offers were found, by words and by filters alone.
	const offerHits = (i: number) => compared.results[i]!.now.filter((r) => r.url.startsWith('/offres/')).length;
	expect(offerHits(0)).toBeGreaterThan(0);
	expect(offerHits(9)).toBeGreaterThan(10);
	expect(compared.filters.now).toEqual(compared.filters.before);
	expect(Object.keys(compared.filters.now.contrat ?? {})).not.toEqual([]);
});
