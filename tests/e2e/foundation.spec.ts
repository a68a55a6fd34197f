import { expect, test } from '@playwright/test';
import ar from '../../content/ui/ar.json' with { type: 'json' };
import uk from '../../content/ui/uk.json' with { type: 'json' };

const homes = [
	{ locale: 'fr', path: '/', dir: 'ltr' },
	{ locale: 'en', path: '/en/', dir: 'ltr' },
	{ locale: 'es', path: '/es/', dir: 'ltr' },
	{ locale: 'ar', path: '/ar/', dir: 'rtl' },
	{ locale: 'uk', path: '/uk/', dir: 'ltr' },
];

for (const { locale, path, dir } of homes) {
	test(`home in ${locale} declares its language and direction`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('html')).toHaveAttribute('dir', dir);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator(`link[rel="alternate"][hreflang="x-default"]`)).toHaveAttribute('href', /\/$/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
	});
}

test('the language switcher leads to the same page in each language and back', async ({ page }) => {
	await page.goto('/metiers/aide-soignant/');
	await page.locator('summary', { hasText: 'Français' }).click();
	await page.getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL(/\/ar\/metiers\/aide-soignant\/$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.locator('.switcher summary').click();
	const ukrainian = page.getByRole('link', { name: 'Українська' });
	await expect(ukrainian).toHaveAttribute('hreflang', 'uk');
	await expect(ukrainian).toHaveAttribute('lang', 'uk');
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/metiers\/aide-soignant\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/en/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#contenu$/);
	await expect(page.locator('main')).toBeFocused();
});

test('a missing page answers 404 with a way back in every language', async ({ page }) => {
	const response = await page.goto('/metiers/astronaute/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page introuvable');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('li[lang="ar"][dir="rtl"] a')).toHaveAttribute('href', '/ar/');
	await page.getByRole('link', { name: "Retour à l'accueil" }).first().click();
	await expect(page).toHaveURL(/\/$/);
});

test('a missing address in a language folder answers in that language, with a search box', async ({ page }) => {
	const response = await page.goto('/ar/metiers/astronaute/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toHaveText(ar['notFound.title']);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	const box = page.getByRole('searchbox', { name: ar['search.label'] });
	await box.fill('مساعد');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/ar\/recherche\/\?q=/);
	await expect(page.locator('#search-results li').first()).toBeVisible();
	// Ukrainian too, and an address in no language folder gets the French page.
	await page.goto('/uk/nemaie/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.locator('h1')).toHaveText(uk['notFound.title']);
	await page.goto('/zz/rien/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test("counts follow each language's plural rules, and former job titles do not count as professions", async ({ page }) => {
	await page.goto('/metiers/');
	// Sixteen profiles, two of them former job titles (AMP, AVS).
	await expect(page.locator('.card-grid > li')).toHaveCount(16);
	await expect(page.locator('#count')).toHaveText('14 métiers');
	await page.goto('/uk/metiers/');
	await expect(page.locator('#count')).toHaveText('14 професій');
	await page.goto('/ar/metiers/');
	await expect(page.locator('#count')).toHaveText('14 مهنة');
	await page.goto('/ar/');
	await expect(page.locator('#home-professions')).toHaveText('14 مهنة لتكتشفها');
	await expect(page.locator('.home-professions > li')).toHaveCount(14);
	await page.goto('/uk/offres/');
	const offers = (await page
		.locator('main p', { hasText: /^\d+ вакансі/ })
		.first()
		.textContent())!.trim();
	const n = Number.parseInt(offers, 10);
	const form = { one: 'вакансія', few: 'вакансії', many: 'вакансій' }[new Intl.PluralRules('uk').select(n) as 'one' | 'few' | 'many'];
	expect(offers).toBe(`${n} ${form}`);
});

test('inside an Arabic page the platform address reads left to right, its number first', async ({ page }) => {
	await page.goto('/ar/');
	const address = page.locator('footer span[dir="ltr"]').first();
	await expect(address).toHaveText(/^\d+ /);
	// Where the street number and the first word are drawn: the number must be on the left.
	const [numberX, wordX] = await address.evaluate((span) => {
		const text = span.firstChild as Text;
		const at = (start: number, end: number) => {
			const range = document.createRange();
			range.setStart(text, start);
			range.setEnd(text, end);
			return range.getBoundingClientRect().left;
		};
		const space = text.data.indexOf(' ');
		return [at(0, space), at(space + 1, space + 2)];
	});
	expect(numberX).toBeLessThan(wordX);
});

test('an address trimmed back to a filter folder leads to its list, not to a 404', async ({ page }) => {
	for (const [trimmed, list] of [
		['/metiers/secteur/', '/metiers/'],
		['/ar/metiers/niveau/', '/ar/metiers/'],
		['/offres/metier/', '/offres/'],
		['/uk/offres/metier/', '/uk/offres/'],
		['/formations/niveau/', '/formations/'],
	]) {
		const response = await page.request.get(trimmed!);
		expect(response.status(), trimmed).toBe(200);
		await page.goto(trimmed!);
		await expect(page).toHaveURL(new RegExp(`${list!.replace(/\//g, '\\/')}$`));
		await expect(page.locator('h1')).toBeVisible();
	}
});

test('untranslated content shows the French text with a notice and lang="fr"', async ({ page }) => {
	await page.goto('/uk/demarche-landes/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.getByRole('note')).toContainText('українською');
	await expect(page.locator('article')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('article h1')).toHaveText('La démarche dans les Landes');
});

test('legal pages show the territory publisher and the accessibility statement its status', async ({ page }) => {
	await page.goto('/mentions-legales/');
	await expect(page.locator('dl.legal')).toContainText('Département des Landes');
	await page.goto('/ar/accessibilite/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('footer')).toContainText('إمكانية الوصول');
});

test('discoverability files: sitemap with hreflang and x-default, robots, manifest', async ({ request }) => {
	const index = await request.get('/sitemap-index.xml');
	expect(index.ok()).toBe(true);
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	expect(sitemap).toContain('hreflang="ar"');
	expect(sitemap).toContain('hreflang="x-default"');
	expect(sitemap).not.toContain('404');
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toContain('512x512');
});

test('a shared link previews with the page title, description and an absolute image, in the page language', async ({ page }) => {
	await page.goto('/es/metiers/aide-soignant/');
	const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
	expect(await meta('og:title')).toBe(await page.title());
	expect(await meta('og:description')).toBe(await meta('description'));
	expect(await meta('og:image')).toMatch(/^https:\/\/.+\.png$/);
	expect(await meta('og:url')).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
	expect(await meta('og:locale')).toBe('es_ES');
	expect(await meta('twitter:card')).toBe('summary_large_image');
	const image = await page.request.get(new URL((await meta('og:image'))!).pathname);
	expect(image.headers()['content-type']).toBe('image/png');
});

test('base pages work without JavaScript and load nothing from other hosts', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const foreign: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url());
	});
	for (const path of ['/', '/ar/', '/metiers/', '/metiers/educateur-specialise/', '/confidentialite/']) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
	}
	expect(foreign).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	await context.close();
});
