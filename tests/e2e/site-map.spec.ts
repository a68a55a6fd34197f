import { expect, test, type Page } from '@playwright/test';

// RGAA 12.3: the footer's "Plan du site" leads to an HTML page, in every language, not to the XML sitemap.
const cases = [
	{ locale: 'fr', home: '/', prefix: '' },
	{ locale: 'ar', home: '/ar/', prefix: '/ar' },
] as const;

/** Every distinct address the site map's main content links to. */
const linksOf = async (page: Page) => [
	...new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
];

for (const { locale, home, prefix } of cases) {
	test(`[${locale}] the footer's site map link opens the HTML site map, with the professions and the accessibility statement`, async ({
		page,
	}) => {
		await page.goto(home);
		const link = page.locator('footer').locator(`a[href="${prefix}/plan-du-site/"]`);
		await expect(link).toHaveCount(1);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/plan-du-site/$`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('h1')).toHaveCount(1);
		// The footer no longer sends people to the file meant for search engines.
		await expect(page.locator('footer a[href$=".xml"]')).toHaveCount(0);
		// The fourteen current professions, nested under the profiles list.
		const professions = page.locator(`#plan-sections + ul > li:has(> a[href="${prefix}/metiers/"]) > ul > li > a`);
		await expect(professions).toHaveCount(14);
		await expect(professions.first()).toHaveAttribute('href', `${prefix}/metiers/aide-soignant/`);
		await expect(page.locator(`#plan-information + ul a[href="${prefix}/accessibilite/"]`)).toHaveCount(1);
	});
}

test('French text inside the Arabic site map is marked French; French needs no mark', async ({ page }) => {
	await page.goto('/ar/plan-du-site/');
	// The territory's local page exists in French only.
	await expect(page.locator('#plan-information + ul a[lang="fr"]')).not.toHaveCount(0);
	await expect(page.locator('#plan-information + ul a[lang="fr"]').first()).toHaveAttribute('dir', 'ltr');
	await page.goto('/plan-du-site/');
	await expect(page.locator('main a[lang]')).toHaveCount(0);
});

test('every link of the site map answers 200, in French and in Arabic', async ({ page, request }) => {
	for (const { prefix } of cases) {
		await page.goto(`${prefix}/plan-du-site/`);
		const links = await linksOf(page);
		expect(links.length).toBeGreaterThan(30);
		const failing: string[] = [];
		for (const href of links) {
			const response = await request.get(href, { maxRedirects: 0 });
			if (response.status() !== 200) failing.push(`${href}: ${response.status()}`);
		}
		expect(failing).toEqual([]);
	}
});
