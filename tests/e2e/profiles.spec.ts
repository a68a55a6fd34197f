import { expect, test } from '@playwright/test';
import { href } from '../../src/lib/routing';
import { localeCodes } from '../../src/lib/i18n/locales';

test('a French profile shows its key facts, sections with anchors and career moves', async ({ page }) => {
	await page.goto('/metiers/aide-soignant/');
	await expect(page.locator('h1')).toHaveText('Aide-soignant / Aide-soignante');
	const facts = page.locator('section[aria-labelledby="essentiel"]');
	await expect(facts).toContainText('Niveau 4');
	await expect(facts).toContainText('RNCP40692');
	await expect(facts).toContainText(/1\s823\s€/);
	await page.getByRole('navigation', { name: 'Sur cette page' }).getByRole('link', { name: 'Une journée type' }).click();
	expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#une-journée-type');
	await expect(page.locator('h2', { hasText: 'Une journée type' })).toBeInViewport();
	await page.locator('#evoluer').scrollIntoViewIfNeeded();
	await page.locator('section[aria-labelledby="evoluer"] a').first().click();
	await expect(page).toHaveURL(/\/metiers\/[a-z-]+\/$/);
	await expect(page).not.toHaveURL(/aide-soignant/);
});

test('the profile carries schema.org Occupation data', async ({ page }) => {
	await page.goto('/metiers/educateur-specialise/');
	const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(json['@type']).toBe('Occupation');
	expect(json.occupationalCategory.map((c: { codeValue: string }) => c.codeValue)).toContain('K1207');
	expect(json.educationRequirements[0].identifier).toBe('RNCP37676');
	expect(json.estimatedSalary.currency).toBe('EUR');
});

test('an Arabic profile reads right to left, translated, with French names marked', async ({ page }) => {
	await page.goto('/ar/metiers/educateur-specialise/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('.fallback-notice')).toHaveCount(0);
	await expect(page.locator('h1')).not.toHaveAttribute('lang', 'fr');
	await expect(page.locator('h1')).toHaveText(/[\u0600-\u06FF]/);
	const diploma = page.locator('section[aria-labelledby="essentiel"] [lang="fr"]').first();
	await expect(diploma).toHaveAttribute('dir', 'ltr');
	const box = await page.locator('aside').boundingBox();
	const main = await page.locator('.profile-main').boundingBox();
	// On a wide screen the key facts sit on the left in Arabic (the end side).
	expect(box!.x).toBeLessThan(main!.x);
});

test('a former job title explains the change and leads to the current profile', async ({ page }) => {
	await page.goto('/metiers/aide-medico-psychologique/');
	await expect(page.locator('.badge')).toHaveText('Ancien intitulé');
	await page.locator('.replaced a').click();
	await expect(page).toHaveURL(/\/metiers\/accompagnant-educatif-et-social\/$/);
});

test('filters are links to lists that only hold matching profiles', async ({ page }) => {
	await page.goto('/metiers/');
	const all = await page.locator('.card-grid > li').count();
	expect(all).toBe(16);
	await page.locator('.filters a', { hasText: 'Enfance et famille' }).click();
	await expect(page).toHaveURL(/\/metiers\/secteur\/enfance-famille\/$/);
	const cards = page.locator('.card-grid > li');
	const count = await cards.count();
	expect(count).toBeGreaterThan(2);
	expect(count).toBeLessThan(all);
	for (const sectors of await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-sectors')))) {
		expect(sectors).toContain('enfance-famille');
	}
	// The count leaves out former job titles (their cards carry a badge).
	const formerTitles = await cards.filter({ has: page.locator('.badge') }).count();
	await expect(page.locator('#count')).toHaveText(`${count - formerTitles} métiers`);
	await expect(page.locator('.filters a[aria-current="page"]')).toHaveText(/Enfance et famille/);
	await page.locator('.filters a', { hasText: 'Niveau 6' }).click();
	await expect(page.locator('h1')).toContainText('Niveau 6');
	await expect(page.locator('.card-grid')).toContainText('Éducateur spécialisé');
	await expect(page.locator('.card-grid')).not.toContainText('Aide-soignant');
	// French puts a space before a colon; English does not.
	await expect(page).toHaveTitle(/^Les métiers : Niveau 6 · /);
	await page.goto('/en/metiers/niveau/6/');
	await expect(page).toHaveTitle(/^Careers: Level 6 · /);
	await page.goto('/metiers/niveau/6/');
	await page.getByRole('link', { name: 'Effacer les filtres' }).click();
	await expect(page).toHaveURL(/\/metiers\/$/);
	// The long list of workplaces is folded, opens with the keyboard, and stays open when one is chosen.
	const workplaces = page.locator('.filters details');
	await expect(workplaces.locator('a').first()).toBeHidden();
	await workplaces.locator('summary').focus();
	await page.keyboard.press('Enter');
	await workplaces.locator('a', { hasText: 'EHPAD' }).click();
	await expect(page.locator('.filters details')).toHaveAttribute('open', '');
	await expect(page.locator('.filters a[aria-current="page"]')).toContainText('EHPAD');
	await expect(page.locator('.card-grid')).toContainText('Aide-soignant');
});

test('printing any profile in any language gives one A4 page, nothing under 10 pt, with the route, skills and conditions', async ({
	page,
}) => {
	test.setTimeout(240_000);
	await page.goto('/metiers/');
	const ids = await page.locator('.card-grid h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(ids).toHaveLength(16);
	for (const path of localeCodes.flatMap((locale) => ids.map((id) => href(locale, id)))) {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header nav')).toBeHidden();
		await expect(page.locator('footer')).toBeHidden();
		await expect(page.locator('figure.qr img')).toBeVisible();
		await expect
			.poll(() => page.locator('figure.qr img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
			.toBe(true);
		await expect(page.locator('figure.qr figcaption')).toContainText(path);
		if (await page.locator('.profile-grid').count()) {
			// The training route (key facts), the skills and the working conditions stay on paper.
			for (const id of ['#essentiel', '#competences', '#conditions']) await expect(page.locator(id), `${path} ${id}`).toBeVisible();
		}
		// Readable: every piece of text on the sheet is at least 10 pt (13.33 CSS pixels).
		const small = await page.evaluate(() =>
			[...document.querySelectorAll('body *')]
				.filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
				.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
				.filter((el) => parseFloat(getComputedStyle(el).fontSize) < 13.3)
				.map((el) => `${el.tagName}.${el.className}: ${getComputedStyle(el).fontSize} "${el.textContent!.trim().slice(0, 30)}"`),
		);
		expect(small, path).toEqual([]);
		const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length, `${path} prints on ${pages.length} pages`).toBe(1);
		await page.emulateMedia({ media: 'screen' });
	}
});

test('on a phone the key facts come right after the hook, and the codes for professionals after the content', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	for (const path of ['/metiers/aide-soignant/', '/ar/metiers/aide-soignant/']) {
		await page.goto(path);
		const top = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
		const keyFacts = await top('#essentiel');
		expect(keyFacts, path).toBeLessThan(await top('.profile-main'));
		expect(keyFacts, path).toBeLessThan(await top('.profile-main .prose h2'));
		// On the first two screens, not seven down.
		expect(keyFacts, path).toBeLessThan(2 * 844);
		expect(await top('#codes'), path).toBeGreaterThan(await top('#competences'));
	}
	await page.close();
});
