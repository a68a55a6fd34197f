import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { templatePaths } from '../dist-files';

// One page of every template in every language.
for (const path of templatePaths) {
	test(`no WCAG 2.1 A/AA violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(summary).toEqual([]);
	});
}

test('search results page has no violation once results are shown', async ({ page }) => {
	await page.goto('/ar/recherche/?q=%D9%85%D8%B3%D8%A7%D8%B9%D8%AF');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the language switcher and the filters work with the keyboard alone', async ({ page }) => {
	await page.goto('/metiers/');
	const summary = page.locator('.switcher summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.switcher')).toHaveAttribute('open', '');
	await page.keyboard.press('Tab');
	await expect(page.locator('.switcher a').first()).toBeFocused();
	const handicap = page.locator('.filters a', { hasText: /^Handicap$/ });
	await handicap.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/metiers\/secteur\/handicap\/$/);
});

test('the main navigation is reachable in order with Tab, after the skip link', async ({ page }) => {
	await page.goto('/uk/');
	const order: string[] = [];
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		order.push(
			await page.evaluate(
				() => (document.activeElement as HTMLElement | null)?.getAttribute('href') ?? document.activeElement?.tagName ?? '',
			),
		);
	}
	expect(order[0]).toBe('#contenu');
	expect(order).toEqual(
		expect.arrayContaining([
			'/uk/',
			'/uk/metiers/',
			'/uk/formations/',
			'/uk/offres/',
			'/uk/agenda/',
			'/uk/facile-a-lire/',
			'/uk/recherche/',
		]),
	);
});

test('search works with the keyboard alone: type, Enter, Tab to the first result', async ({ page }) => {
	await page.goto('/recherche/');
	await page.getByRole('searchbox').focus();
	await page.keyboard.type('aide soignante');
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-status')).toContainText('résultat');
	await page.keyboard.press('Tab'); // submit button
	await page.keyboard.press('Tab'); // filters disclosure
	await page.keyboard.press('Tab'); // first result
	await expect(page.locator('#search-results li a').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/metiers\/aide-soignant\/$/);
});
