import { expect, test, type Page } from '@playwright/test';

/** Answers the quiz with the keyboard only: Tab into each question, arrows to the answer, then the final button. */
async function answerWithKeyboard(page: Page, answers: [question: string, value: string][], finalInterest: string) {
	for (const [question, value] of answers) {
		const radios = page.locator(`input[name="${question}"]`);
		const values = await radios.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		await radios.first().focus();
		await page.keyboard.press('Space');
		for (let i = 0; i < values.indexOf(value); i++) await page.keyboard.press('ArrowDown');
		await expect(page.locator(`input[name="${question}"][value="${value}"]`)).toBeChecked();
	}
	const button = page.locator(`button[data-interest="${finalInterest}"]`);
	// Tab from the last question reaches the final buttons without a mouse.
	for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
}

test('the quiz, with a keyboard, ranks the professions in the browser and says why, sending nothing', async ({ page }) => {
	await page.goto('/quel-metier/');
	await expect(page.locator('h1')).toHaveText('Quel métier pour moi ?');
	await expect(page.locator('#quiz fieldset')).toHaveCount(10);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await answerWithKeyboard(
		page,
		[
			['like', 'S'],
			['public', 'elderly'],
			['proud', 'R'],
			['place', 'their-home'],
			['study', 'short'],
			['earn', 'yes'],
		],
		'S',
	);
	const results = page.locator('#quiz-results');
	await expect(results).toBeVisible();
	await expect(results).toBeFocused();
	await expect(page).toHaveURL(/\/quel-metier\/$/);
	// Only the result pictures of this site load: no request carries an answer, none leaves the site.
	expect(requests.filter((url) => !url.startsWith(new URL('/illustrations/professions/', page.url()).href) || url.includes('?'))).toEqual(
		[],
	);
	const first = results.locator('li[data-id]').first();
	await expect(first.locator('h3')).toHaveText('Aide-soignant / Aide-soignante');
	await expect(first.locator('.why li')).toContainText(['Tu aimes aider', 'personnes âgées', 'Formation courte', 'apprentissage']);
	await expect(results.locator('li[data-id]').nth(1).locator('h3')).toContainText('Accompagnant éducatif et social');
	// Each result leads to the profile, and to its trainings, videos and offers where there are some.
	await expect(first.getByRole('link', { name: 'Les formations' })).toHaveAttribute('href', '/formations/metier/aide-soignant/');
	await first.locator('h3 a').click();
	await expect(page).toHaveURL(/\/metiers\/aide-soignant\/$/);
});

test('a wish for day hours warns about shifts rather than hiding the profession', async ({ page }) => {
	await page.goto('/quel-metier/');
	await page.check('input[name="like"][value="R"]');
	await page.check('input[name="hours"][value="day"]');
	await page.click('button[data-interest="R"]');
	const soignant = page.locator('#quiz-results li[data-id="aide-soignant"]');
	await expect(soignant.locator('.why .warning')).toHaveText(/horaires décalés/);
});

test('without JavaScript the quiz leads to the pre-built results of the dominant interest, and lists professions by interest', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/quel-metier/');
	await expect(page.locator('.interest-groups > li')).toHaveCount(5);
	await page.check('input[name="like"][value="A"]');
	await page.getByRole('button', { name: "J'aime créer" }).click();
	// The answers stay in the page: only the chosen interest is in the address.
	await expect(page).toHaveURL(/\/quel-metier\/creatif\/\??$/);
	await expect(page.locator('h1')).toContainText("J'aime créer");
	const results = page.locator('.quiz-ranking > li');
	const titles = await results.locator('h3').allTextContents();
	expect(titles).toContain('Éducateur de jeunes enfants / Éducatrice de jeunes enfants');
	expect(titles.join()).not.toContain('Aide-soignant');
	await expect(results.first().locator('.why li')).toHaveCount(2);
	await context.close();
});

test('every pre-built results page lists professions that lead to their profiles', async ({ page, request }) => {
	for (const interest of ['social', 'concret', 'creatif', 'entreprenant', 'organise']) {
		await page.goto(`/quel-metier/${interest}/`);
		const links = await page.locator('.quiz-ranking h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links.length, interest).toBeGreaterThan(0);
		for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
	}
});

test('the Arabic quiz is right to left, with French job titles beside the Arabic ones', async ({ page }) => {
	await page.goto('/ar/quel-metier/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.locator('button[data-interest="S"]').click();
	const first = page.locator('#quiz-results li[data-id]').first();
	await expect(first.locator('[lang="fr"]').first()).toHaveText(/Aide-soignant|Accompagnant/);
});

test('compare: a shareable address builds the table of two or three professions, criteria as row headings', async ({ page }) => {
	await page.goto('/comparer/');
	await page.selectOption('#metier-1', 'aide-soignant');
	await page.selectOption('#metier-2', 'educateur-specialise');
	await page.selectOption('#metier-3', 'assistant-familial');
	await page.getByRole('button', { name: 'Comparer' }).click();
	await expect(page).toHaveURL(/\/comparer\/\?metier=aide-soignant&metier=educateur-specialise&metier=assistant-familial$/);
	const table = page.locator('#compare-result table');
	await expect(table.locator('thead th')).toHaveText([/^Aide-soignant/, /^Éducateur spécialisé/, /^Assistant familial/]);
	await expect(table.locator('tbody th')).toHaveText([
		'Niveau du diplôme',
		'Durée de la formation',
		"Comment s'y former",
		'Salaire par mois',
		"Où l'on travaille",
		'Horaires',
		'Ce qui plaît',
		'Ce qui est difficile',
	]);
	const level = table.locator('td[headers="row-level col-1"]');
	await expect(level).toHaveText('Niveau 6');
	await expect(table.locator('td[headers="row-likes col-1"] li').first()).not.toBeEmpty();
	// The same address, opened again (shared), gives the same table with the choices kept.
	await page.reload();
	await expect(page.locator('#metier-2')).toHaveValue('educateur-specialise');
	await page.goto('/comparer/?metier=aide-soignant');
	await expect(page.getByRole('alert')).toHaveText('Choisis au moins deux métiers différents.');
});

test('compare without JavaScript: the common pairs are pre-built pages with the same table', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/comparer/');
	await page.locator('.compare-pairs a', { hasText: 'Accompagnant éducatif et social' }).first().click();
	await expect(page).toHaveURL(/\/comparer\/aide-soignant\/accompagnant-educatif-et-social\/$/);
	await expect(page.locator('h1')).toHaveText('Aide-soignant ou Accompagnant éducatif et social ?');
	await expect(page.locator('table.compare thead th')).toHaveCount(2);
	await expect(page.locator('table.compare tbody th')).toHaveCount(8);
	await expect(page.locator('#metier-1')).toHaveValue('aide-soignant');
	await context.close();
});

test('every profile has a "try it" line leading to its row of the try-the-job page', async ({ page }) => {
	for (const locale of ['', '/ar']) {
		await page.goto(`${locale}/metiers/educateur-specialise/`);
		const link = page.locator(`a[href="${locale}/essayer/#educateur-specialise"]`);
		await expect(link).toHaveCount(1);
		await link.click();
		const row = page.locator('li#educateur-specialise');
		await expect(row).toBeVisible();
		await expect(row.locator('a[href*="labonnealternance"]')).toHaveAttribute('href', /romes=K1207/);
		await expect(row.locator('a[href^="https://immersion-facile.beta.gouv.fr/"]')).toHaveCount(1);
	}
	await page.goto('/essayer/');
	await expect(page.locator('h2')).toContainText(['Au collège ou au lycée', 'immersion professionnelle', 'apprentissage']);
});

test('search finds the tools by their names, under their own type', async ({ page }) => {
	for (const [query, path] of [
		['quel métier pour moi', '/quel-metier/'],
		['comparer des métiers', '/comparer/'],
		['passer d’un métier à l’autre', '/parcours/'],
	] as const) {
		await page.goto(`/recherche/?q=${encodeURIComponent(query)}`);
		const first = page.locator('#search-results li').first();
		await expect(first.locator('a').first(), query).toHaveAttribute('href', path);
		await expect(first, query).toContainText('Outil pour choisir');
	}
});
