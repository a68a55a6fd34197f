// Lighthouse mobile scores (its default emulation: a mid-range phone on slow 4G),
// run against the local static server with Debian's Chromium when present.
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export async function lighthouseScores(baseUrl, paths) {
	const chromePath = chromiumPath();
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: chromiumFlags,
	});
	const scores = [];
	try {
		for (const path of paths) {
			// A page whose content waits on the network (search with a query) varies from run to run: median of three.
			const runs = [];
			for (let i = 0; i < (path.includes('?') ? 3 : 1); i++) {
				const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
				const categories = result?.lhr.categories ?? {};
				const lcp = result?.lhr.audits['largest-contentful-paint']?.numericValue;
				runs.push({
					path: decodeURI(path),
					performance: categories.performance?.score ?? null,
					'LCP (s)': lcp === undefined ? null : Number((lcp / 1000).toFixed(1)),
					accessibility: categories.accessibility?.score ?? null,
					'best-practices': categories['best-practices']?.score ?? null,
					seo: categories.seo?.score ?? null,
				});
			}
			runs.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
			const median = runs[Math.floor(runs.length / 2)];
			if (path.includes('?')) {
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
