import { expect, test } from '@playwright/test';

test('the browser editor loads without console errors and without any request to another host before login', async ({ page, request }) => {
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(r.url());
	});
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(String(e)));
	const response = await page.goto('/admin/');
	expect(response!.headers()['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
	expect(response!.headers()['x-robots-tag']).toBe('noindex');
	await expect(page.getByText(/Sign In with/)).toBeVisible({ timeout: 15_000 });
	await page.waitForTimeout(1000);
	expect(errors).toEqual([]);
	expect(foreign).toEqual([]);
	// Out of robots, sitemap and search.
	expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /admin/');
	expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain('/admin/');
	const config = await (await request.get('/admin/config.yml')).text();
	expect(config).toContain('name: profiles');
	expect(config).toContain('structure: multiple_folders');
});
