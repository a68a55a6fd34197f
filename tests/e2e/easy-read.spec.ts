import { expect, test } from '@playwright/test';

test('a profile leads to its easy-to-read version: five ideas, a pictogram each, large left-aligned text, no acronym', async ({ page }) => {
	await page.goto('/metiers/aide-soignant/');
	await page.getByRole('link', { name: 'Lire en facile à lire' }).click();
	await expect(page).toHaveURL(/\/metiers\/aide-soignant\/facile-a-lire\/$/);
	await expect(page.locator('h1')).toHaveText('Aide-soignant ou aide-soignante');
	const parts = page.locator('.easy-read section');
	await expect(parts).toHaveCount(5);
	await expect(parts.locator('h2')).toHaveText([
		'Le métier',
		'Où travailler ?',
		'Une journée de travail',
		'Apprendre le métier',
		'Le salaire',
	]);
	// Pictograms beside the headings, hidden from screen readers (the heading says it).
	await expect(parts.locator('h2 svg[aria-hidden="true"]')).toHaveCount(5);
	const style = await page
		.locator('.easy-read p')
		.first()
		.evaluate((p) => {
			const s = getComputedStyle(p);
			return { size: parseFloat(s.fontSize), align: s.textAlign, width: p.getBoundingClientRect().width / parseFloat(s.fontSize) };
		});
	expect(style.size).toBeGreaterThanOrEqual(18.67); // 14 pt
	expect(style.align).toBe('left');
	expect(style.width).toBeLessThanOrEqual(32); // short lines: about 60 characters at most
	expect(await page.locator('.easy-read').innerText()).not.toMatch(/\b[A-Z]{2,}\b/);
	await page.getByRole('link', { name: 'Lire la fiche complète' }).click();
	await expect(page).toHaveURL(/\/metiers\/aide-soignant\/$/);
});

test('"Facile à lire" is in the navigation and the footer, and explains the method before listing the profiles', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: /principal|Menu/i })
		.getByRole('link', { name: 'Facile à lire' })
		.click();
	await expect(page).toHaveURL(/\/facile-a-lire\/$/);
	await expect(page.locator('main')).toContainText('Il y a une idée par phrase.');
	await expect(page.locator('.easy-list a')).toHaveCount(14);
	await page.goto('/uk/metiers/');
	await expect(page.locator('footer a[href="/uk/facile-a-lire/"]')).toBeVisible();
});

test('in other languages the French easy-to-read text is shown, marked French, with a notice', async ({ page }) => {
	await page.goto('/ar/metiers/aide-soignant/');
	await page.locator('.easy-link a').click();
	await expect(page).toHaveURL(/\/ar\/metiers\/aide-soignant\/facile-a-lire\/$/);
	await expect(page.locator('.fallback-notice')).toBeVisible();
	await expect(page.locator('article.easy-read')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('article.easy-read')).toHaveAttribute('dir', 'ltr');
});

test('search finds the easy-to-read versions, with their own type filter', async ({ page }) => {
	await page.goto('/recherche/?q=aide-soignant&f-type=easyRead');
	const links = page.locator('#search-results li h2 a');
	await expect(links.first()).toHaveAttribute('href', '/metiers/aide-soignant/facile-a-lire/');
	const types = await page.locator('#search-results li .type').allTextContents();
	expect(new Set(types)).toEqual(new Set(['Facile à lire']));
});
