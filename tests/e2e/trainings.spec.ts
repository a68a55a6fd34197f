import { expect, test } from '@playwright/test';

test('the training list shows diplomas with their next session, and its filters are plain links', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/formations/');
	await expect(page.locator('h1')).toHaveText('Se former');
	const cards = page.locator('.card-grid > li');
	expect(await cards.count()).toBeGreaterThan(10);
	// Upcoming sessions first: the first card names its next session.
	await expect(cards.first()).toContainText('Prochaine session ici');
	await page.getByRole('link', { name: 'Apprentissage', exact: true }).first().click();
	await expect(page).toHaveURL(/\/formations\/voie\/apprentissage\/$/);
	await expect(page.locator('h1')).toContainText('Apprentissage');
	for (const name of await page.locator('.card-grid h2').allTextContents()) expect(name).not.toMatch(/médiateur familial/i);
	await expect(page.locator('.card-grid h2', { hasText: '(DEAS)' })).toHaveCount(1);
	await page.getByRole('link', { name: 'Effacer les filtres' }).click();
	await expect(page).toHaveURL(/\/formations\/$/);
	await context.close();
});

test('a diploma page gives level, routes, funding, how to apply, sessions and organisations, with Course data', async ({ page }) => {
	await page.goto('/formations/deas/');
	await expect(page.locator('h1 [lang="fr"], h1')).toContainText("Diplôme d'État d'aide-soignant (DEAS)");
	const facts = page.locator('section[aria-labelledby="essentiel"]');
	await expect(facts).toContainText('Niveau 4');
	await expect(facts).toContainText(/11 à 18\s+mois/);
	await expect(facts).toContainText('RNCP40692');
	await expect(facts).toContainText('Apprentissage');
	await expect(facts).toContainText('La Région');
	await expect(page.locator('#entrer + p')).toContainText('17 ans');
	await expect(page.locator('section[aria-labelledby="sessions"] li').first()).toContainText(/Du \d+/);
	await expect(page.locator('section[aria-labelledby="organismes"]')).toContainText('Mont-de-Marsan');
	const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(json['@type']).toBe('Course');
	expect(json.hasCourseInstance.length).toBeGreaterThan(0);
	// Example sessions stay upcoming whatever the build date.
	for (const instance of json.hasCourseInstance)
		expect(Date.parse(instance.startDate)).toBeGreaterThanOrEqual(Date.parse(new Date().toISOString().slice(0, 10)));
});

test('in Ukrainian a diploma page is translated and keeps the French name marked as French', async ({ page }) => {
	await page.goto('/uk/formations/deas/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.locator('.fallback-notice')).toHaveCount(0);
	await expect(page.locator('h1 [lang="fr"]')).toHaveText("Diplôme d'État d'aide-soignant (DEAS)");
	await expect(page.locator('h1')).toHaveText(/[\u0400-\u04FF]/);
	await expect(page.locator('.lead')).toHaveText(/[\u0400-\u04FF]/);
});

test('profiles and diplomas link both ways, and the printed profile keeps the training route', async ({ page }) => {
	await page.goto('/metiers/aide-soignant/');
	const block = page.locator('section[aria-labelledby="formations"]');
	await expect(block.locator('h2')).toHaveText('Se former');
	await block.getByRole('link', { name: /DEAS/ }).click();
	await expect(page).toHaveURL(/\/formations\/deas\/$/);
	await page
		.locator('section[aria-labelledby="metiers"]')
		.getByRole('link', { name: /Aide-soignant/ })
		.click();
	await expect(page).toHaveURL(/\/metiers\/aide-soignant\/$/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('section[aria-labelledby="formations"]')).toBeVisible();
});

test('search finds diplomas by acronym and schools by name and town', async ({ page }) => {
	await page.goto('/uk/recherche/?q=deas');
	await expect(page.locator('#search-shortcut a')).toHaveAttribute('href', '/uk/formations/deas/');
	await page.goto('/recherche/?q=IFAS%20Mont-de-Marsan');
	await expect(page.locator('#search-results a[href="/formations/deas/"]')).toBeVisible();
});
