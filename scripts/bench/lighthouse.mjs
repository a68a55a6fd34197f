// Lighthouse mobile scores (its default emulation: a mid-range phone on slow 4G),
// run against the local static server with Debian's Chromium when present. Over HTTPS that server has a
// throwaway self-signed certificate (scripts/serve-dist.mjs --https), hence the ignored certificate errors.
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/** `throttled: false` leaves out the runs with throttling applied to the real loading (search addresses only). */
export async function lighthouseScores(baseUrl, paths, { throttled = true } = {}) {
	const chromePath = chromiumPath();
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: [...chromiumFlags, '--ignore-certificate-errors'],
	});
	const scores = [];
	try {
		for (const path of paths) {
			// A page whose content waits on the network (search with a query) varies from run to run (±0.1 s of
			// largest contentful paint): median of five, each figure on its own.
			const runs = [];
			for (let i = 0; i < (path.includes('?') ? 5 : 1); i++) {
				const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
				const categories = result?.lhr.categories ?? {};
				const lcp = result?.lhr.audits['largest-contentful-paint']?.numericValue;
				runs.push({
					path: decodeURI(path),
					performance: categories.performance?.score ?? null,
					'LCP (s)': lcp === undefined ? null : Number((lcp / 1000).toFixed(2)),
					accessibility: categories.accessibility?.score ?? null,
					'best-practices': categories['best-practices']?.score ?? null,
					seo: categories.seo?.score ?? null,
				});
			}
			const middle = (key) => runs.map((r) => r[key]).sort((a, b) => (a ?? 0) - (b ?? 0))[Math.floor(runs.length / 2)];
			const median = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, key === 'path' ? runs[0].path : middle(key)]));
			if (path.includes('?') && throttled) {
				// Lighthouse's default simulation estimates from bytes and a dependency graph, so it hardly sees a
				// request started earlier; with throttling applied to the real loading (its "devtools" method:
				// 562 ms round trips, 1.4 Mbit/s) it does. Median of three.
				const observed = [];
				for (let i = 0; i < 3; i++) {
					const result = await lighthouse(
						`${baseUrl}${path}`,
						{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
						{ extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools' } },
					);
					observed.push(result?.lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity);
				}
				observed.sort((a, b) => a - b);
				median['LCP throttled (s)'] = Number((observed[1] / 1000).toFixed(1));
			}
			scores.push(median);
		}
	} finally {
		await chrome.kill();
	}
	return scores;
}
