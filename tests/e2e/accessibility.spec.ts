import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// One page of every template, in French and in a right-to-left language, plus every home.
const pages = [
	'/',
	'/en/',
	'/es/',
	'/ar/',
	'/uk/',
	'/metiers/',
	'/ar/metiers/',
	'/metiers/secteur/handicap/',
	'/metiers/aide-soignant/',
	'/ar/metiers/aide-soignant/',
	'/uk/metiers/auxiliaire-de-vie-sociale/',
	'/accessibilite/',
	'/ar/mentions-legales/',
	'/en/demarche-landes/',
	'/404.html',
];

for (const path of pages) {
	test(`no WCAG 2.1 A/AA violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(summary).toEqual([]);
	});
}

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
