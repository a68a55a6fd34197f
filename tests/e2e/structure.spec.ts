import { expect, test, type Page } from '@playwright/test';

/*
 * RGAA 9.3 (lists are marked up as lists) and 10.3 (the content stays understandable with
 * style sheets off): rows of tags are <ul>, and neighbouring words never run together once
 * the CSS that set them apart (pills, blocks, flex gaps) is gone.
 */

/** Pages with rows of tags: profile cards, diploma cards, event cards (the home page shows events). */
const withTags = ['/', '/metiers/', '/formations/', '/agenda/'];
/** One page of every template the audit read with styles off. */
const styledOff = [...withTags, '/temoignages/', '/glossaire/', '/metiers/aide-soignant/facile-a-lire/'];

/** Words glued together that the audit found, written out so that a failure names them. */
const glued = [
	/Métiers du lienLandes/,
	/Niveau \d(Personnes|Handicap|Enfance|Insertion|Apprentissage)/,
	/agrément\)(Personnes|Handicap|Enfance|Insertion)/,
	/(âgées|Handicap|famille|Insertion)(Personnes|Handicap|Enfance|Insertion)/,
	/(Forum|Job dating|Portes ouvertes|Webinaire)[A-Z]/,
	/[a-z](Annulé|Exemple)/,
	/[a-zé]ADVF|ADVFAssistant|EHPADÉtablissement/,
	/Lire la fiche complèteTous les métiers/,
];

/**
 * The text of the page as read with every style sheet disabled, and the pairs of neighbours
 * that CSS alone set apart (tags of a row, the two lines of the site's name, an acronym and
 * its expansion, the links closing an easy-to-read page), each pair written as if glued.
 */
async function readWithoutStyles(page: Page) {
	await page.emulateMedia({ media: 'screen' });
	return page.evaluate(() => {
		const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		const containers = new Set<Element>([
			...[...document.querySelectorAll('.tag, .badge')].map((el) => el.parentElement!),
			...document.querySelectorAll('.brand > span:not([aria-hidden]), dt, .easy-links'),
		]);
		// Empty neighbours (a decorative picture, a drawn mark) are left out: they glue nothing.
		const pairs = [...containers].flatMap((parent) => {
			const texts = [...parent.children].map(words).filter(Boolean);
			return texts.slice(1).map((text, i) => `${texts[i]}${text}`);
		});
		for (const sheet of document.styleSheets) sheet.disabled = true;
		return { text: document.body.innerText.replace(/\s+/g, ' '), pairs };
	});
}

for (const path of withTags) {
	test(`the rows of tags on ${path} are lists`, async ({ page }) => {
		await page.goto(path);
		expect(await page.locator('ul > li.tag').count()).toBeGreaterThan(0);
		// Every tag is an item of a list (so it is announced as "1 of 3"), never a span in a paragraph.
		await expect(page.locator('p > :is(.tag, .badge)')).toHaveCount(0);
		await expect(page.locator('.tag:not(ul > li)')).toHaveCount(0);
	});
}

for (const path of styledOff) {
	test(`with style sheets off, the words on ${path} stay apart`, async ({ page }) => {
		await page.goto(path);
		const { text, pairs } = await readWithoutStyles(page);
		expect(pairs.length).toBeGreaterThan(0);
		expect(glued.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
		expect(pairs.filter((pair) => text.includes(pair))).toEqual([]);
	});
}

test('at 320 px the open language menu stays inside the screen, in French and in Arabic (reflow)', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
	for (const path of ['/', '/ar/']) {
		await page.goto(path);
		await page.locator('.switcher summary').click();
		const box = (await page.locator('.switcher ul').boundingBox())!;
		expect(box.x, path).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, path).toBeLessThanOrEqual(320);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
	}
	await page.close();
});

test('at 320 px the open filter forms of offers and search do not widen the page', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
	for (const [path, summary] of [
		['/offres/', 'Filtrer les offres'],
		['/recherche/', 'Affiner la recherche'],
		['/ar/recherche/', 'تضييق البحث'],
	] as const) {
		await page.goto(path);
		await page.locator('summary', { hasText: summary }).click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
	}
	await page.close();
});
