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
			const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
			const categories = result?.lhr.categories ?? {};
			scores.push({
				path,
				performance: categories.performance?.score ?? null,
				accessibility: categories.accessibility?.score ?? null,
				'best-practices': categories['best-practices']?.score ?? null,
				seo: categories.seo?.score ?? null,
			});
		}
	} finally {
		await chrome.kill();
	}
	return scores;
}
