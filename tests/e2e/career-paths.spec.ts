import { expect, test } from '@playwright/test';

// The career paths page (/parcours/): a drawing and a list of the same moves between professions.
for (const prefix of ['', '/ar']) {
	test(`[${prefix || 'fr'}] the drawing has a title and a description, and the list holds the same moves`, async ({ page }) => {
		await page.goto(`${prefix}/parcours/`);
		const svg = page.locator('main svg.cp-svg');
		await expect(svg).toHaveCount(1);
		await expect(svg).toHaveAttribute('aria-labelledby', 'cp-title');
		await expect(svg).toHaveAttribute('aria-describedby', 'cp-desc');
		await expect(svg.locator('title#cp-title')).not.toBeEmpty();
		await expect(svg.locator('desc#cp-desc')).not.toBeEmpty();
		await expect(page.getByRole('group', { name: (await svg.locator('title').textContent())! })).toBeVisible();

		// A line between two professions that lead to each other carries both moves.
		const drawn = await svg
			.locator('path[data-move]')
			.evaluateAll((ps) => ps.flatMap((p) => p.getAttribute('data-move')!.split(' ')).sort());
		const listed = await page.locator('.cp-list li[data-move]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-move')!).sort());
		expect(drawn.length).toBeGreaterThan(40);
		expect(listed).toEqual(drawn);

		// DEAES → DEAS: accompagnant éducatif et social to aide-soignant, a shortened training, in both.
		const move = 'accompagnant-educatif-et-social>aide-soignant';
		await expect(svg.locator(`path[data-move="${move}"]`)).toHaveClass(/cp-short/);
		const item = page.locator(`.cp-list li[data-move="${move}"]`);
		await expect(item).toHaveClass(/cp-item-short/);
		await expect(item.locator(`a[href="${prefix}/formations/deas/"]`)).toHaveText('DEAS');
		await expect(item).toContainText('DEAES');
		// A move leaving this site is named, with its source.
		const nurse = page.locator('.cp-list li[data-move="aide-soignant>infirmier"]');
		await expect(nurse.locator('a[rel~="noopener"]')).toHaveCount(1);
	});
}

test('every profession of the drawing is a link that the keyboard reaches, with a visible focus', async ({ page }) => {
	await page.goto('/parcours/');
	const links = page.locator('main svg a.cp-node');
	await expect(links).toHaveCount(15); // 14 professions + the DEAP's page for auxiliaire de puériculture
	// Tab from the scrollable region into the drawing: the first box is next.
	await page.locator('.cp-scroll').focus();
	await page.keyboard.press('Tab');
	const focused = page.locator('main svg a.cp-node:focus');
	await expect(focused).toHaveCount(1);
	const stroke = await focused.locator('rect').evaluate((r) => getComputedStyle(r).strokeWidth);
	expect(parseFloat(stroke)).toBeGreaterThanOrEqual(4);
	await expect(focused).toHaveAttribute('href', /^\/(metiers|formations)\//);
	// Each link leads to a page of the site.
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('the Arabic page reads right to left, the French names beside the Arabic ones', async ({ page }) => {
	await page.goto('/ar/parcours/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// Level labels on the right of the drawing.
	const box = (await page.locator('.cp-svg').boundingBox())!;
	const label = (await page.locator('.cp-row text').first().boundingBox())!;
	expect(label.x).toBeGreaterThan(box.x + box.width / 2);
	await expect(page.locator('.cp-list .cp-french[lang="fr"]').first()).toHaveAttribute('dir', 'ltr');
});

test('the profile list and the site map link to the career paths', async ({ page }) => {
	await page.goto('/metiers/');
	await page.locator('main a[href="/parcours/"]').click();
	await expect(page).toHaveURL(/\/parcours\/$/);
	await expect(page.locator('h1')).toHaveCount(1);
	await page.goto('/uk/plan-du-site/');
	await expect(page.locator('main a[href="/uk/parcours/"]')).toHaveCount(1);
});
