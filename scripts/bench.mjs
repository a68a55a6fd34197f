#!/usr/bin/env node
// npm run bench: figures, not assertions. Prints tables and writes bench-results/bench.json.
// Builds the site, then measures page weights, the cost of a first search and build time/memory.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { firstOfferPath, heaviestProfile, pageWeight } from './bench/sizes.mjs';
import { firstSearchCost, searchFromAddress } from './bench/search.mjs';
import { timedBuild } from './bench/build.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const national = process.argv.includes('--national');
// The page people land on from a shared link or the header's search box, in French and in Arabic, and in English with
// a word in Latin letters, which merges the French offers index in (src/lib/search/merged.ts).
const searchQueries = ['/recherche/?q=aide', `/ar/recherche/?q=${encodeURIComponent('مساعد')}`, '/en/recherche/?q=care'];
const results = { date: new Date().toISOString(), node: process.version };

/** The search index's steps inside a build's time (src/integrations/pagefind.ts): they vary less than the whole. */
const indexSteps = ({ searchIndex: s }) =>
	s
		? ` (of which search index: ${s.pages} pages ${s.seconds.pages.toFixed(1)} s, ${s.offers} offers ${s.seconds.offers.toFixed(1)} s, writing ${s.seconds.write.toFixed(1)} s)`
		: '';

console.log('Building the shipped site…');
results.build = { shipped: await timedBuild() };
console.log(
	`  ${(results.build.shipped.ms / 1000).toFixed(1)} s${indexSteps(results.build.shipped)}, peak ${results.build.shipped.maxRssMb.toFixed(0)} MB (Node process), ${results.build.shipped.indexerPeakMb.toFixed(0)} MB (Pagefind's indexer)`,
);

const templates = {
	home: '/',
	'home (ar)': '/ar/',
	'profile list': '/metiers/',
	'filtered list': '/metiers/secteur/handicap/',
	profile: '/metiers/aide-soignant/',
	'profile (ar)': '/ar/metiers/aide-soignant/',
	'editorial page': '/accessibilite/',
	search: '/recherche/',
	'training list': '/formations/',
	diploma: '/formations/deas/',
	'diploma (ar)': '/ar/formations/deas/',
	agenda: '/agenda/',
	event: '/agenda/job-dating-grand-age-mont-de-marsan/',
	'offer list': '/offres/',
	offer: firstOfferPath('dist'),
	quiz: '/quel-metier/',
	'quiz results': '/quel-metier/social/',
	compare: '/comparer/aide-soignant/accompagnant-educatif-et-social/',
	'career paths': '/parcours/',
	'try the job': '/essayer/',
	projection: '/metiers/aide-soignant/projection/',
	worksheet: '/metiers/aide-soignant/fiche-eleve/',
	404: '/404.html',
};
results.pages = Object.entries(templates).map(([name, path]) => ({ name, ...pageWeight('dist', path) }));
// The budget holds for every profile in every language, not only the one above.
const heaviest = heaviestProfile('dist');
results.pages.push({ name: `heaviest profile (${heaviest.path})`, ...heaviest });
console.log('\nPage weight (first view; gzip -9)');
console.table(
	Object.fromEntries(
		results.pages.map((p) => [
			p.name.length > 40 ? `${p.name.slice(0, 39)}…` : p.name,
			{
				'HTML gz': kb(p.html.gzip),
				'CSS gz': kb(p.css.gzip),
				'JS gz': kb(p.js.gzip),
				'HTML+CSS gz': kb(p.firstViewHtmlCssGzip),
				'HTML raw': kb(p.html.raw),
			},
		]),
	),
);

const port = 4399;
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port)], { stdio: 'ignore' });
// Lighthouse loads pages over HTTP/2 with TLS, as static hosts serve them; without openssl, over HTTP/1.1.
const secure = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port + 1), '--https'], { stdio: 'ignore' });
let secureExited = false;
secure.on('exit', () => (secureExited = true));
await new Promise((r) => setTimeout(r, 1500));
try {
	results.search = await firstSearchCost(`http://127.0.0.1:${port}`);
	const s = results.search;
	console.log(`\nFirst search ("${s.query}"): ${s.requests} requests to /pagefind/`);
	console.table({
		JavaScript: { raw: kb(s.js.raw), gzip: kb(s.js.gzip) },
		WebAssembly: { raw: kb(s.wasm.raw), gzip: kb(s.wasm.gzip) },
		'index data': { raw: kb(s.index.raw), gzip: kb(s.index.gzip) },
	});
	results.searchFromAddress = [];
	for (const path of searchQueries) results.searchFromAddress.push(await searchFromAddress(`http://127.0.0.1:${port}`, path));
	console.log('\nArriving with a query: every request until the first result (bytes on the wire, gzip)');
	console.table(
		Object.fromEntries(
			results.searchFromAddress.flatMap((s) => [
				[decodeURIComponent(s.path), { requests: s.requests, bytes: kb(s.bytes) }],
				...Object.entries(s.byKind).map(([k, v]) => [
					`  ${k} (${/^\/(\w\w)\//.exec(s.path)?.[1] ?? 'fr'})`,
					{ requests: v.requests, bytes: kb(v.bytes) },
				]),
			]),
		),
	);
	if (!process.argv.includes('--no-lighthouse')) {
		const frenchOnly = new Set(['/404.html', templates.offer]);
		const paths = Object.values(templates)
			.flatMap((p) => (p.startsWith('/ar/') ? [] : [p, frenchOnly.has(p) ? null : `/ar${p}`]))
			.filter(Boolean);
		paths.push(...searchQueries);
		results.lighthouseProtocol = secureExited ? 'HTTP/1.1 (openssl missing)' : 'HTTP/2 with TLS';
		const base = secureExited ? `http://127.0.0.1:${port}` : `https://localhost:${port + 1}`;
		console.log(`\nLighthouse (mobile) on ${paths.length} pages, over ${results.lighthouseProtocol}…`);
		results.lighthouse = await lighthouseScores(base, [...new Set(paths)]);
		console.table(Object.fromEntries(results.lighthouse.map(({ path, ...s }) => [path, s])));
		if (!secureExited) {
			// The same search addresses over HTTP/1.1, as measured before (and as a host without HTTP/2 serves them).
			results.lighthouseSearchHttp1 = await lighthouseScores(`http://127.0.0.1:${port}`, searchQueries, { throttled: false });
			console.log('\nThe search addresses over HTTP/1.1');
			console.table(Object.fromEntries(results.lighthouseSearchHttp1.map(({ path, ...s }) => [path, s])));
		}
	}
} finally {
	server.kill();
	secure.kill();
}

// Offers: validation speed, and whole builds with many offers (in a separate output folder).
const validate = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/bench/offers-validate.ts', '10000'], { encoding: 'utf8' });
results.offers = {
	validate: JSON.parse(
		validate.stdout
			.split('\n')
			.find((l) => l.startsWith('BENCH '))
			.slice(6),
	),
};
console.log(
	`\nOffers: ${results.offers.validate.count} generated records mapped and validated in ${(results.offers.validate.ms / 1000).toFixed(2)} s (target ≤ 2 s)`,
);
// --national: France Travail's national care-jobs portal holds about 112,000 offers.
const sizes = national ? [100000] : process.argv.includes('--quick') ? [2000] : [2000, 20000];
results.offers.builds = [];
for (const count of sizes) {
	const fixture = join(tmpdir(), `offers-${count}.json`);
	spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/bench/offers-fixture.ts', String(count), fixture], { stdio: 'ignore' });
	const outDir = join(tmpdir(), `bench-dist-${count}`);
	const figures = await timedBuild({ OFFERS_DEMO_SNAPSHOT: fixture, BENCH_OUT_DIR: outDir });
	rmSync(outDir, { recursive: true, force: true });
	results.offers.builds.push({ offers: count, ...figures });
	console.log(
		`  build with ${count} offers: ${(figures.ms / 1000).toFixed(1)} s${indexSteps(figures)}, peak ${figures.maxRssMb.toFixed(0)} MB (Node) and ${figures.indexerPeakMb.toFixed(0)} MB (Pagefind's indexer) (targets: 20,000 in ≤ 45 s and ≤ 1 GB; 100,000 in ≤ 300 s and ≤ 3 GB)`,
	);
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench-results/bench.json');
