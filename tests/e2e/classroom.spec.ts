import { expect, test, type Page } from '@playwright/test';
import { localeCodes } from '../../src/lib/i18n/locales';
import { href, paths } from '../../src/lib/routing';

/** The classroom kit (issue #15): projection view, pupils' worksheet, every profile in one document to print. */

const projector = { width: 1280, height: 720 };

/** The ids of the current professions (not the former titles), from the list page. */
async function professionIds(page: Page): Promise<string[]> {
	await page.goto(paths.profiles.list());
	const links = await page.locator('.card-grid h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	const ids = links.map((l) => l.split('/').at(-2)!);
	// Former titles (AMP, AVS) have no kit of their own.
	const current = [];
	for (const id of ids) if ((await page.request.get(paths.classroom.projection(id))).ok()) current.push(id);
	return current;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** The index of the screen at the top of the window, and whether it has the focus. */
const shown = (page: Page) =>
	page.evaluate(() => {
		const screens = [...document.querySelectorAll<HTMLElement>('.screen')];
		const index = screens.findIndex((s) => Math.abs(s.getBoundingClientRect().top) < 2);
		return { index, focused: screens[index] === document.activeElement, hash: location.hash };
	});

test('projection: arrow keys, space, page keys, Home and End move one screen at a time, focus following', async ({ browser }) => {
	const page = await browser.newPage({ viewport: projector });
	await page.goto(href('fr', paths.classroom.projection('aide-soignant')));
	const count = await page.locator('.screen').count();
	expect(count).toBeGreaterThanOrEqual(7);
	await expect(page.locator('h1')).toHaveText('Aide-soignant / Aide-soignante');
	await expect(page.locator('#ecran-1 .screen-nav')).toContainText(`Écran 1 sur ${count}`);

	await page.keyboard.press('ArrowRight');
	await expect.poll(() => shown(page)).toEqual({ index: 1, focused: true, hash: '#ecran-2' });
	await expect(page.locator('#ecran-2 h2')).toHaveText("L'essentiel");
	await expect(page.locator('#ecran-2')).toContainText('Niveau 4');
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => shown(page)).toMatchObject({ index: 2, focused: true });
	await expect(page.locator('#ecran-3 h2')).toHaveText('Missions');
	await page.keyboard.press(' ');
	await expect.poll(() => shown(page)).toMatchObject({ index: 3 });
	await page.keyboard.press('PageUp');
	await expect.poll(() => shown(page)).toMatchObject({ index: 2 });
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => shown(page)).toMatchObject({ index: 1 });
	await page.keyboard.press('End');
	await expect.poll(() => shown(page)).toMatchObject({ index: count - 1, focused: true });
	await expect(page.locator(`#ecran-${count} .screen-nav`)).toContainText(`Écran ${count} sur ${count}`);
	await page.keyboard.press('ArrowRight'); // the last screen stays
	await expect.poll(() => shown(page)).toMatchObject({ index: count - 1 });
	await page.keyboard.press('Home');
	await expect.poll(() => shown(page)).toMatchObject({ index: 0, focused: true });
	// Every section of the profile's text has its screen.
	const headings = await page.locator('.screen h2').allTextContents();
	for (const h of ['Missions', 'Une journée type', 'Ce qui plaît', 'Ce qui est difficile', 'Comment y accéder'])
		expect(headings.join('|')).toContain(h);
	// The way back.
	await expect(page.locator('.proj-bar a').first()).toHaveAttribute('href', '/metiers/aide-soignant/');
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/enseignants\/$/);
	await page.close();
});

test('projection in Arabic: left goes on and right goes back (right to left)', async ({ browser }) => {
	const page = await browser.newPage({ viewport: projector });
	await page.goto(href('ar', paths.classroom.projection('aide-soignant')));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => shown(page)).toEqual({ index: 1, focused: true, hash: '#ecran-2' });
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => shown(page)).toMatchObject({ index: 2 });
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => shown(page)).toMatchObject({ index: 1, focused: true });
	await expect(page.locator('#ecran-2 .screen-nav p')).toHaveText(/^الشاشة 2 من \d+$/);
	await page.close();
});

test('projection: every screen of every profile fits 1280×720, in every language', async ({ browser }) => {
	test.setTimeout(180_000);
	const page = await browser.newPage({ viewport: projector });
	const ids = await professionIds(page);
	expect(ids).toHaveLength(14);
	const over: string[] = [];
	for (const path of localeCodes.flatMap((locale) => ids.map((id) => href(locale, paths.classroom.projection(id))))) {
		await page.goto(path);
		const screens = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.screen')].map((s) => ({ id: s.id, height: s.clientHeight, content: s.scrollHeight })),
		);
		expect(screens.length, path).toBeGreaterThanOrEqual(7);
		for (const s of screens) {
			expect(s.height, `${path}#${s.id}`).toBeLessThanOrEqual(projector.height);
			if (s.content > s.height) over.push(`${path}#${s.id}: ${s.content - s.height}px too tall`);
		}
	}
	expect(over).toEqual([]);
	await page.close();
});

test('projection without JavaScript: the screens one under the other, with next and previous links', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: projector });
	const page = await context.newPage();
	await page.goto(href('fr', paths.classroom.projection('aide-soignant')));
	const count = await page.locator('.screen').count();
	expect(count).toBeGreaterThanOrEqual(7);
	await expect(page.locator('#ecran-1 a.previous')).toHaveCount(0);
	await expect(page.locator('#ecran-1 a.next')).toHaveAttribute('href', '#ecran-2');
	await expect(page.locator(`#ecran-${count} a.next`)).toHaveCount(0);
	await page.locator('#ecran-1 a.next').click();
	await expect(page).toHaveURL(/#ecran-2$/);
	await expect(page.locator('#ecran-2 h2')).toBeInViewport();
	await page.locator('#ecran-2 a.previous').click();
	await expect(page).toHaveURL(/#ecran-1$/);
	await expect(page.locator('main .screen-body').nth(3)).toContainText('EHPAD');
	await context.close();
});

test('projection on a phone: readable, nothing wider than the screen', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await page.goto(href('uk', paths.classroom.projection('technicien-intervention-sociale-familiale')));
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.close();
});

test('worksheet: one A4 page in every language, with its questions, three facts and a QR code to the profile', async ({ page }) => {
	test.setTimeout(180_000);
	const ids = await professionIds(page);
	for (const locale of localeCodes) {
		for (const id of ids) {
			const path = href(locale, paths.classroom.worksheet(id));
			await page.goto(path);
			await expect(page.locator('.ws-questions li')).toHaveCount(6);
			await expect(page.locator('.ws-facts dt')).toHaveCount(3);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.ws-hint')).toBeHidden();
			await expect(page.locator('header nav')).toBeHidden();
			const qr = page.locator('.ws-qr img');
			await expect(qr).toBeVisible();
			expect(await qr.getAttribute('src')).toBe(paths.profiles.qrCode(href(locale, paths.profiles.entry(id))));
			await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
			await expect(page.locator('.ws-qr figcaption')).toContainText(href(locale, paths.profiles.entry(id)));
			const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
			expect(pdfPages(pdf), `${path} prints on ${pdfPages(pdf)} pages`).toBe(1);
			await page.emulateMedia({ media: 'screen' });
		}
	}
});

test('worksheet in Arabic: the French name beside, right to left, the question naming the profession', async ({ page }) => {
	await page.goto(href('ar', paths.classroom.worksheet('aide-soignant')));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('.ws-french [lang="fr"]')).toHaveText('Aide-soignant / Aide-soignante');
	await expect(page.locator('.ws-questions li').first()).toContainText('مساعد تمريض');
	// On screen: how to print it, without JavaScript.
	await expect(page.locator('.ws-hint')).toContainText('Ctrl + P');
});

test('print all: one A4 page per profession, in the visitor language, out of the search index', async ({ page }) => {
	test.setTimeout(120_000);
	for (const locale of ['fr', 'ar'] as const) {
		await page.goto(href(locale, paths.classroom.printAll()));
		const sheets = page.locator('article.print-sheet');
		await expect(sheets).toHaveCount(14);
		await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		if (locale === 'fr') await expect(page.locator('main .notice').first()).toContainText('14 pages A4');
		// Ids stay unique with fourteen profiles in one page.
		const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
		expect(new Set(ids).size).toBe(ids.length);
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
		expect(pdfPages(pdf), `${locale}: one page a profession`).toBe(14);
		await page.emulateMedia({ media: 'screen' });
	}
});

test("the teachers' page lists each profession's projection and worksheet, and the print-all document", async ({ page }) => {
	for (const locale of localeCodes) {
		await page.goto(href(locale, paths.pages.teachers()));
		const rows = page.locator('.classroom-links tbody tr');
		await expect(rows).toHaveCount(14);
		await expect(rows.first().locator('a').nth(1)).toHaveAttribute('href', href(locale, paths.classroom.projection('aide-soignant')));
		await expect(rows.first().locator('a').nth(2)).toHaveAttribute('href', href(locale, paths.classroom.worksheet('aide-soignant')));
		await expect(page.locator('.classroom-links p a')).toHaveAttribute('href', href(locale, paths.classroom.printAll()));
		// The 55-minute plan: seven timed steps.
		await expect(page.locator('article ol').first().locator('> li')).toHaveCount(7);
	}
});
