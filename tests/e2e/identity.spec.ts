import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const territory = readFileSync('content/territories/landes.yaml', 'utf8');

const phone = { width: 390, height: 844 };

test('on a phone the home page shows the professions, with their pictures, on the first screen, and a way in for each audience', async ({
	browser,
}) => {
	const page = await browser.newPage({ viewport: phone });
	for (const path of ['/', '/ar/']) {
		await page.goto(path);
		const first = page.locator('.home-professions > li').first();
		await expect(first.locator('img.picture')).toBeInViewport();
		await expect
			.poll(() => first.locator('img.picture').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), path)
			.toBe(true);
		// Name and hook, a link to the profile.
		await expect(first.locator('h3 a')).toHaveAttribute('href', new RegExp(`^${path}metiers/`));
		await expect(first.locator('p')).not.toBeEmpty();
		// Four ways in, each to its own section.
		const ways = page.locator('nav[aria-labelledby="home-audiences"] a');
		await expect(ways).toHaveCount(4);
		const targets = await ways.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(targets).toEqual([`${path}quel-metier/`, `${path}offres/`, `${path}formations/`, `${path}enseignants/`]);
		// Nothing scrolls sideways, not even the list of professions (reflow, RGAA 10.11).
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
		expect(await page.locator('.home-professions').evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
	}
	await page.close();
});

test('the home page shows the newest offers with their source, and the teachers’ page exists in every language', async ({ page }) => {
	await page.goto('/');
	const offers = page.locator('section[aria-labelledby="home-offers"]');
	await expect(offers.locator('li.offer')).toHaveCount(3);
	await expect(offers.locator('.attribution')).toContainText('Source');
	for (const path of ['/enseignants/', '/ar/enseignants/', '/uk/enseignants/']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('h1')).not.toBeEmpty();
	}
});

test('profile cards carry a picture and their sector colour', async ({ page }) => {
	await page.goto('/metiers/');
	const card = page.locator('.card-grid > li', { hasText: 'Aide-soignant' }).first();
	await expect(card.locator('img.picture')).toHaveAttribute('src', '/illustrations/professions/aide-soignant.svg');
	const [border, tag] = await card.evaluate((li) => [
		getComputedStyle(li).borderTopColor,
		getComputedStyle(li.querySelector('.tag.sector')!, '::before').backgroundColor,
	]);
	expect(border).toBe('rgb(154, 52, 18)'); // autonomie
	expect(tag).toBe(border);
	// A former title shows its current profession's drawing.
	await expect(page.locator('.card-grid > li', { hasText: 'Aide médico-psychologique' }).locator('img')).toHaveAttribute(
		'src',
		'/illustrations/professions/accompagnant-educatif-et-social.svg',
	);
});

test('the drawings are served in the territory’s colours', async ({ request }) => {
	const svg = await (await request.get('/illustrations/sectors/handicap.svg')).text();
	const primary = /primary: "(#[0-9a-f]{6})"/i.exec(territory)![1]!.toLowerCase();
	expect(svg).toContain(primary);
	expect(svg).toMatch(/^<svg /);
});

test('salaries say gross and net, and what "experienced" means, in every language', async ({ page }) => {
	await page.goto('/metiers/educateur-specialise/');
	const salary = page.locator('#essentiel').locator('xpath=..').locator('ul.salary');
	await expect(salary).toContainText(/En début de carrière : 1\s827\s€ brut, soit environ 1\s450\s€ net/);
	await expect(salary).toContainText(/Après 10 ans : 2\s061\s€ brut, soit environ 1\s630\s€ net/);
	// Sources and the meaning of gross and net, one tap away.
	const details = page.locator('.key-facts details');
	await expect(details.locator('a[href^="https://trouver-un-metier.fr/"]')).toBeHidden();
	await details.locator('summary').click();
	await expect(details.locator('a[href^="https://trouver-un-metier.fr/"]')).toBeVisible();
	await page.goto('/uk/metiers/educateur-specialise/');
	await expect(page.locator('ul.salary')).toContainText(/Через 10 років: 2\s061\s€ брутто, тобто близько 1\s630\s€ нетто/);
	await page.goto('/ar/metiers/educateur-specialise/');
	await expect(page.locator('ul.salary li')).toHaveCount(2);
	await expect(page.locator('ul.salary')).toContainText('بعد 10 سنوات');
});

test('a profile’s table of contents is compact on a phone, never scrolls sideways, and starts with the key facts', async ({ browser }) => {
	const page = await browser.newPage({ viewport: phone });
	await page.goto('/metiers/aide-soignant/');
	const toc = page.getByRole('navigation', { name: 'Sur cette page' });
	const first = toc.getByRole('link').first();
	await expect(first).toHaveText("L'essentiel");
	await expect(first).toHaveAttribute('href', '#essentiel');
	const box = (await toc.locator('ul').boundingBox())!;
	expect(box.height).toBeLessThan(phone.height / 4);
	expect(await toc.locator('ul').evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
	await first.click();
	await expect(page.locator('#essentiel')).toBeInViewport();
	await page.close();
});

test('acronyms are explained where they first appear, and on the glossary page of every language', async ({ page }) => {
	await page.goto('/metiers/educateur-specialise/');
	await expect(page.locator('.prose abbr', { hasText: /^DEES$/ })).toHaveAttribute('title', "Diplôme d'État d'éducateur spécialisé");
	// Spelt out in the text already ("en EHPAD (établissement…)"): no second explanation.
	await page.goto('/metiers/aide-soignant/');
	await expect(page.locator('.prose')).toContainText('EHPAD (établissement');
	await expect(page.locator('.prose abbr', { hasText: /^EHPAD$/ })).toHaveCount(0);
	await page.goto('/ar/metiers/educateur-specialise/');
	const abbr = page.locator('.prose abbr').first();
	await expect(abbr).toHaveAttribute('title', /[\u0600-\u06FF]/); // explained in Arabic
	await expect(abbr.locator('span[lang="fr"]')).toHaveCount(1); // the acronym itself is French
	for (const [path, meaning] of [
		['/glossaire/', null],
		['/ar/glossaire/', /[\u0600-\u06FF]/],
		['/uk/glossaire/', /[\u0400-\u04FF]/],
	] as const) {
		await page.goto(path);
		const entry = page.locator('#ehpad');
		await expect(entry.locator('abbr')).toHaveText('EHPAD');
		await expect(entry.locator('.expansion')).toHaveText("Établissement d'hébergement pour personnes âgées dépendantes");
		if (path !== '/glossaire/') await expect(entry.locator('.expansion')).toHaveAttribute('lang', 'fr');
		if (meaning) await expect(entry.locator('.meaning')).toHaveText(meaning);
		await page.locator('nav a', { hasText: /^V$/ }).click();
		await expect(page.locator('#vae')).toBeInViewport();
	}
	// Reached from every page's footer.
	await page.goto('/uk/metiers/');
	await expect(page.locator('footer a[href="/uk/glossaire/"]')).toBeVisible();
});
