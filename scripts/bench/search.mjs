// What a first search costs a visitor: every byte fetched from focusing the
// box to seeing results, split into JavaScript, WebAssembly and index data.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';

/** Debian's Chromium where it exists, with this network's flags (scripts/chromium.mjs). */
const launch = () => chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });

export async function firstSearchCost(baseUrl, path = '/recherche/', query = 'aide soignante') {
	const browser = await launch();
	const page = await browser.newPage();
	await page.goto(baseUrl + path);
	const pageScripts = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([type="application/ld+json"])')].map((s) => s.textContent ?? '').join('\n'),
	);
	const fetched = [];
	page.on('response', async (response) => {
		const url = response.url();
		if (!url.includes('/pagefind/')) return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		fetched.push({ url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
	});
	await page.getByRole('searchbox').fill(query);
	await page.getByRole('searchbox').press('Enter');
	await page.locator('#search-results li').first().waitFor();
	await page.waitForTimeout(300);
	await browser.close();
	const kind = (u) => (u.endsWith('.js') ? 'js' : u.endsWith('.wasm') || u.includes('wasm') ? 'wasm' : 'index');
	const totals = { js: { raw: 0, gzip: 0 }, wasm: { raw: 0, gzip: 0 }, index: { raw: 0, gzip: 0 } };
	for (const f of fetched) {
		totals[kind(f.url)].raw += f.raw;
		totals[kind(f.url)].gzip += f.gzip;
	}
	const own = Buffer.from(pageScripts);
	totals.js.raw += own.length;
	totals.js.gzip += gzipSync(own, { level: 9 }).length;
	return { query, requests: fetched.length, ...totals };
}

/**
 * What a visitor arriving with a query pays (a shared link, the header's search
 * box): every request from navigation until the first result shows, with the
 * bytes on the wire (gzip where the server compresses, as static hosts do).
 */
export async function searchFromAddress(baseUrl, path) {
	const browser = await launch();
	const page = await browser.newPage();
	const requests = [];
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes().catch(() => null);
		requests.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
	});
	const start = Date.now();
	await page.goto(baseUrl + path);
	await page.locator('#search-results li').first().waitFor();
	const ms = Date.now() - start;
	await page.waitForTimeout(300);
	await browser.close();
	const kind = (u) => {
		const p = new URL(u).pathname;
		if (p.includes('/pagefind/')) return p.endsWith('.js') ? 'pagefind JS' : p.includes('wasm') ? 'WebAssembly' : 'index data';
		return p.endsWith('.css') ? 'CSS' : p.endsWith('.js') ? 'site JS' : 'page and other';
	};
	const byKind = {};
	for (const r of requests) {
		const k = kind(r.url);
		byKind[k] ??= { requests: 0, bytes: 0 };
		byKind[k].requests += 1;
		byKind[k].bytes += r.bytes;
	}
	return { path, requests: requests.length, bytes: requests.reduce((n, r) => n + r.bytes, 0), byKind, localMs: ms };
}
