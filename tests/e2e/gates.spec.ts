import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHtmlFiles, templatePaths } from '../dist-files';

const dist = 'dist';

test('every built page passes the Nu HTML Checker with zero errors', () => {
	test.setTimeout(180_000);
	const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
	let output = '';
	try {
		execFileSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dist], {
			encoding: 'utf8',
			stdio: 'pipe',
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		const failure = error as { stderr?: string; code?: string };
		if (failure.code === 'ENOENT')
			throw new Error('java is not installed: the HTML checker (vnu-jar) needs a Java runtime', { cause: error });
		output = failure.stderr ?? '';
	}
	const messages = output ? (JSON.parse(output).messages as { url: string; message: string; lastLine?: number }[]) : [];
	expect(messages.map((m) => `${m.url.replace(/^.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
});

test('no broken internal link or anchor, and external links carry rel="noopener"', () => {
	const files = builtHtmlFiles(dist);
	const idsOf = new Map<string, Set<string>>();
	const ids = (file: string) => {
		if (!idsOf.has(file)) {
			const html = readFileSync(join(dist, file), 'utf8');
			idsOf.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
		}
		return idsOf.get(file)!;
	};
	const resolve = (path: string) => {
		const clean = decodeURIComponent(path);
		for (const candidate of [clean, join(clean, 'index.html')]) {
			const full = join(dist, candidate);
			if (existsSync(full) && !full.endsWith('/')) {
				try {
					readFileSync(full);
					return candidate;
				} catch {
					// a directory
				}
			}
		}
		return null;
	};
	const broken: string[] = [];
	for (const file of files) {
		const html = readFileSync(join(dist, file), 'utf8');
		for (const [tag, attrs] of html.matchAll(/<(a|link|img|script|source|track)\b([^>]*)>/g).map((m) => [m[1]!, m[2]!] as const)) {
			const target = /\s(?:href|src)="([^"]*)"/.exec(attrs)?.[1];
			if (target === undefined || /^(mailto:|tel:|data:)/.test(target)) continue;
			if (/^https?:\/\//.test(target)) {
				if (tag === 'a' && !/\srel="[^"]*noopener/.test(attrs)) broken.push(`${file}: external link without rel="noopener": ${target}`);
				continue;
			}
			// A query (/recherche/?q=aide) is read by the page's script: the link is to the page.
			const [path, anchor] = target.replace(/\?[^#]*/, '').split('#') as [string, string | undefined];
			const targetFile = path === '' ? file : resolve(path.startsWith('/') ? path : join(file, '..', path));
			if (!targetFile) {
				broken.push(`${file}: broken link to ${target}`);
				continue;
			}
			if (anchor && targetFile.endsWith('.html') && !ids(targetFile).has(decodeURIComponent(anchor))) {
				broken.push(`${file}: missing anchor #${anchor} in ${targetFile}`);
			}
		}
	}
	expect(broken).toEqual([]);
	expect(files.length).toBeGreaterThan(100);
});

test('pages are served with the security headers and break no Content-Security-Policy rule', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	const response = await page.goto('/metiers/aide-soignant/');
	const headers = response!.headers();
	const csp = headers['content-security-policy'] ?? '';
	const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
	expect(scriptSrc).toContain("'self'");
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(csp).toContain("frame-ancestors 'none'");
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['permissions-policy']).toContain('camera=()');
	await page.goto('/recherche/?q=aide%20soignante');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	await page.goto('/ar/metiers/');
	expect(violations).toEqual([]);
});

test('one page of every template makes no request to another host and sets no cookie', async ({ page, context }) => {
	// About 0.3 s a page on a 2-core machine: a hundred templates × locales no longer fit the default 30 s.
	test.slow();
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') foreign.push(request.url());
	});
	for (const path of templatePaths) {
		await page.goto(path);
	}
	await page.goto('/recherche/?q=educateur');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	expect(foreign).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});
