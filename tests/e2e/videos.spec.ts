import { expect, test } from '@playwright/test';

const external = '/temoignages/lucas-educateur-specialise-externe/';

test('the testimonials list shows every video with its poster, filterable without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/temoignages/');
	const cards = page.locator('.card-grid > li');
	expect(await cards.count()).toBeGreaterThanOrEqual(6);
	await expect(cards.first().locator('img')).toHaveAttribute('src', /\.webp$/);
	await page
		.locator('.filters a', { hasText: /^Aide-soignant/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/temoignages\/metier\/aide-soignant\/$/);
	expect(await page.locator('.card-grid > li').count()).toBeGreaterThanOrEqual(1);
	await context.close();
});

test('a self-hosted video has a poster, no preload, captions in each language and the transcript on the page', async ({ page }) => {
	await page.goto('/en/temoignages/');
	const first = page.locator('.card-grid > li a').first();
	const href = (await first.getAttribute('href'))!;
	await page.goto(href.includes('externe') ? '/en/temoignages/' : href);
	const video = page.locator('video');
	await expect(video).toHaveAttribute('preload', 'none');
	await expect(video).toHaveAttribute('poster', /\.webp$/);
	await expect(video).not.toHaveAttribute('autoplay');
	await expect(page.locator('video track[srclang="fr"]')).toHaveCount(1);
	// In English, the English captions are the default.
	await expect(page.locator('video track[default]')).toHaveAttribute('srclang', 'en');
	// The caption file loads and gives cues.
	const cue = await video.evaluate(async (v: HTMLVideoElement) => {
		const track = v.textTracks[0]!;
		track.mode = 'showing';
		for (let i = 0; i < 50 && !(track.cues && track.cues.length); i++) await new Promise((r) => setTimeout(r, 100));
		return (track.cues?.[0] as VTTCue | undefined)?.text ?? '';
	});
	expect(cue.length).toBeGreaterThan(3);
	await expect(page.locator('#transcript-title')).toBeVisible();
	expect((await page.locator('#transcript-title + .prose').innerText()).length).toBeGreaterThan(80);
	const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(json['@type']).toBe('VideoObject');
	expect(json.duration).toMatch(/^PT/);
	expect(json.transcript.length).toBeGreaterThan(80);
});

test('an external video makes no request to its provider before the click, then plays in its frame', async ({ page }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') foreign.push(request.url());
	});
	await page.goto(external);
	await expect(page.getByText(/hébergée par YouTube/)).toBeVisible();
	await page.waitForTimeout(500);
	expect(foreign).toEqual([]);
	await expect(page.locator('iframe')).toBeHidden();
	// Keyboard: the facade is a native control.
	await page.locator('.facade summary').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('iframe')).toBeVisible();
	await expect(page.locator('iframe')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
	await expect.poll(() => foreign.some((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
});

test('a profile shows its videos near the top, the home page a few', async ({ page }) => {
	await page.goto('/metiers/aide-soignant/');
	const block = page.locator('section[aria-labelledby="temoignages"]');
	await expect(block.locator('a').first()).toHaveAttribute('href', /^\/temoignages\//);
	const blockTop = (await block.boundingBox())!.y;
	const textTop = (await page.locator('.prose h2').first().boundingBox())!.y;
	expect(blockTop).toBeLessThan(textTop);
	await page.goto('/');
	await expect(page.locator('section[aria-labelledby="home-videos"] .card-grid > li').first()).toBeVisible();
});
