import { expect, test } from '@playwright/test';

test('the offer list shows current offers newest first, with source, date and licence', async ({ page }) => {
	await page.goto('/offres/');
	await expect(page.locator('h1')).toHaveText("Offres d'emploi");
	const dates = await page.locator('.offer-list .posted').allTextContents();
	expect(dates.length).toBeGreaterThan(5);
	// The notice that offers are examples above the list, the sources, dates and licence below it.
	await expect(page.locator('.attribution').first()).toContainText('Offres de démonstration');
	await expect(page.locator('.attribution').last()).toContainText('Source : France Travail');
	await expect(page.locator('.attribution').last()).toContainText('Données mises à jour le');
	await expect(page.locator('.attribution a', { hasText: 'Conditions de réutilisation' })).toHaveAttribute('href', /francetravail\.io/);
	const posted = await page.locator('.offer-list h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(new Set(posted).size).toBe(posted.length);
});

test('an offer page is French, escapes what the feed sends and links to the source to apply', async ({ page }) => {
	await page.goto('/offres/');
	await page.locator('.offer-list h2 a').first().click();
	await expect(page).toHaveURL(/\/offres\/[a-z0-9-]+\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const apply = page.getByRole('link', { name: /postuler/ });
	await expect(apply).toHaveAttribute('href', /^https:\/\//);
	await expect(apply).toHaveAttribute('rel', /noopener/);
	const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(json['@type']).toBe('JobPosting');
	for (const field of ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'jobLocation'])
		expect(json[field], field).toBeTruthy();
	expect(Date.parse(json.validThrough)).toBeGreaterThan(Date.now());
	// Other languages lead to their offer list, since the offer exists in French only.
	await page.locator('.switcher summary').click();
	await expect(page.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '/ar/offres/');
	await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
});

test('HTML and script sent in an offer description are shown as text, never run', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto('/recherche/?q=balises');
	const result = page.locator('#search-results li').first();
	await expect(result.locator('h2 a')).toHaveText('Accompagnant éducatif et social de nuit (H/F)');
	// The excerpt is the one place search writes HTML (its <mark>s): the feed's tags must stay text there too.
	await expect(result).toContainText('<b>html</b>');
	await expect(page.locator('#search-results b, #search-results script')).toHaveCount(0);
	await result.locator('h2 a').click();
	await expect(page.locator('h1')).toHaveText('Accompagnant éducatif et social de nuit (H/F)');
	await expect(page.locator('section[aria-labelledby="description"]')).toContainText('<b>html</b> ou <script>alert(1)</script>');
	// A demonstration offer says so once, in the singular.
	await expect(page.getByRole('note')).toHaveText([/^Offre de démonstration/]);
	await expect(page.locator('article b, article i, article script:not([type])')).toHaveCount(0);
	const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(json.description).toContain('&lt;script&gt;');
	expect(dialogs).toEqual([]);
});

test('the offer list is translated in Arabic and says offers are in French', async ({ page }) => {
	await page.goto('/ar/offres/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toHaveText('عروض العمل');
	await expect(page.getByText('باللغة الفرنسية')).toBeVisible();
	await expect(page.locator('.offer-list h2').first()).toHaveAttribute('lang', 'fr');
	// Only the partner's name is French in the attribution line; its label is Arabic.
	const source = page.locator('.attribution p', { hasText: 'France Travail' });
	await expect(source).toContainText('المصدر');
	await expect(source.locator('[lang="fr"]')).toHaveText('France Travail');
});

test('the profession filter is a plain link and the other filters go through search', async ({ page }) => {
	await page.goto('/offres/');
	// Both filter groups are folded so that offers come first on a phone.
	await expect(page.locator('.chips a').first()).toBeHidden();
	await page.getByText('Par métier').click();
	await page.locator('.chips a', { hasText: 'Aide-soignant' }).click();
	await expect(page).toHaveURL(/\/offres\/metier\/aide-soignant\/$/);
	const titles = await page.locator('.offer-list h2').allTextContents();
	expect(titles.length).toBeGreaterThan(0);
	for (const title of titles) expect(title).toMatch(/soignant/i);
	await page.getByText('Filtrer les offres').click();
	await page.getByLabel('Type de contrat').selectOption('CDI');
	await page.getByRole('button', { name: 'Voir les offres' }).click();
	await expect(page).toHaveURL(/\/recherche\/\?/);
	await expect(page.locator('#search-status')).toHaveText(/^\d+ résultats?$/);
	for (const type of await page.locator('#search-results .type').allTextContents()) expect(type).toBe("Offre d'emploi");
});

test('English search finds French offers by town, and an apprenticeship filter keeps only apprenticeships', async ({ page }) => {
	await page.goto('/en/recherche/?q=Dax');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	await expect(page.locator('#search-results li a[href^="/offres/"]').first()).toBeVisible();
	await page.goto('/en/offres/');
	await page.locator('summary', { hasText: 'Filter' }).click();
	await page.getByRole('checkbox', { name: 'Apprenticeship' }).check();
	await page.getByRole('button', { name: 'Show offers' }).click();
	await expect(page.locator('#search-status')).toHaveText(/^\d+ results?$/);
	const links = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(links.length).toBeGreaterThan(0);
	for (const href of links) {
		await page.goto(href);
		await expect(page.locator('dl.facts')).toContainText('Apprentissage');
	}
});

test('a profile shows its current offers and links to all of them', async ({ page }) => {
	await page.goto('/metiers/aide-soignant/');
	const block = page.locator('section[aria-labelledby="offres"]');
	await expect(block.locator('li.offer')).toHaveCount(3);
	await block.getByRole('link', { name: /Toutes les offres pour ce métier \(\d+\)/ }).click();
	await expect(page).toHaveURL(/\/offres\/metier\/aide-soignant\/$/);
	await page.goto('/metiers/accueillant-familial/');
	// No offer for this profession in the demonstration data: no block, no placeholder.
	await expect(page.locator('section[aria-labelledby="offres"]')).toHaveCount(0);
});

test("offer cards say the pay in plain words in the visitor's language; the offer page keeps the feed's words", async ({ page }) => {
	await page.goto('/offres/');
	const pay = page.locator('.offer .tag', { hasText: /par mois/ }).first();
	await expect(pay).toHaveText(/^[\d\s]+€ à [\d\s]+€ par mois$/u);
	await page.goto('/ar/offres/');
	await expect(page.locator('.offer .tag', { hasText: /شهريًا/ }).first()).toBeVisible();
	// The offer page states the source's own label.
	await page.goto('/offres/');
	await page
		.locator('.offer', { has: page.locator('.tag', { hasText: /par mois/ }) })
		.first()
		.locator('h2 a')
		.click();
	await expect(page.locator('dd', { hasText: /^Mensuel de .* Euros/ })).toBeVisible();
});

test('offer labels are translated, with the French word of job ads beside them', async ({ page }) => {
	await page.goto('/en/offres/');
	const contract = page.locator('.offer .tag', { hasText: /^(Permanent|Fixed-term) contract \((CDI|CDD)\)$/ }).first();
	await expect(contract).toBeVisible();
	await expect(contract.locator('span[lang="fr"]')).toHaveText(/^\((CDI|CDD)\)$/);
	await expect(page.locator('.offer .tag', { hasText: /^Full time \(Temps plein\)$/ }).first()).toBeVisible();
	await page.goto('/ar/offres/');
	await expect(page.locator('.offer .tag', { hasText: /عقد (غير )?محدد المدة \((CDI|CDD)\)/ }).first()).toBeVisible();
	// French pages keep the feed's own words.
	await page.goto('/offres/');
	await expect(page.locator('.offer .tag', { hasText: /^Contrat à durée (in)?déterminée/ }).first()).toBeVisible();
});

test('on a phone the offers come first: the filters stay folded, after a choice too, and the first offer is on the first screen', async ({
	browser,
}) => {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	for (const path of ['/offres/', '/offres/metier/aide-soignant/', '/ar/offres/metier/aide-soignant/']) {
		await page.goto(path);
		for (const details of await page.locator('main details').all()) await expect(details, path).not.toHaveAttribute('open', '');
		const top = await page
			.locator('.offer')
			.first()
			.evaluate((card) => card.getBoundingClientRect().top);
		expect(top, path).toBeLessThan(844);
	}
	await page.close();
});
