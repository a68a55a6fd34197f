import { expect, test } from '@playwright/test';

/**
 * Screen-reader journeys, read from the accessibility tree Chromium gives assistive technology
 * (Playwright's ARIA snapshots: https://playwright.dev/docs/aria-snapshots). Each snapshot lists
 * what a screen-reader user meets, in order; children not listed may exist between them.
 */

test('a profile in Arabic: title, French title, easy-to-read link, table of contents, then the key facts', async ({ page }) => {
	await page.goto('/ar/metiers/aide-soignant/');
	await expect(page.locator('header.profile-header')).toMatchAriaSnapshot(`
    - heading "مساعد تمريض / مساعدة تمريض" [level=1]
    - paragraph: "بالفرنسية: Aide-soignant / Aide-soignante"
    - paragraph
    - paragraph:
      - link "نسخة سهلة القراءة (بالفرنسية)":
        - /url: /ar/metiers/aide-soignant/facile-a-lire/
    - list:
      - listitem: كبار السن
  `);
	await expect(page.getByRole('navigation', { name: 'في هذه الصفحة' })).toMatchAriaSnapshot(`
    - navigation "في هذه الصفحة":
      - heading "في هذه الصفحة" [level=2]
      - list:
        - listitem:
          - link "أهم المعلومات":
            - /url: "#essentiel"
  `);
	await expect(page.getByRole('region', { name: 'أهم المعلومات' })).toMatchAriaSnapshot(`
    - region "أهم المعلومات":
      - heading "أهم المعلومات" [level=2]
      - term: مستوى الشهادة
      - definition: /المستوى 4/
      - term: مدة التدريب
      - definition: من 11 إلى 18 شهرًا
      - term: الراتب الشهري بدوام كامل
      - definition:
        - list:
          - listitem: /في بداية المسار/
          - listitem: /بعد 10 سنوات/
  `);
	// The key facts come first in reading order: straight after the table of contents, before the text.
	const [afterToc, beforeText] = await page.evaluate(() => {
		const facts = document.querySelector('#essentiel')!;
		const follows = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
		return [follows(document.querySelector('#toc-title')!, facts), follows(facts, document.querySelector('.prose h2')!)];
	});
	expect(afterToc).toBe(true);
	expect(beforeText).toBe(true);
});

test('the language switcher: a named list of languages, each in its own language, the current one marked, no symbol read aloud', async ({
	page,
}) => {
	await page.goto('/uk/metiers/aide-soignant/');
	await page.locator('.switcher summary').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.switcher')).toMatchAriaSnapshot(`
    - group:
      - text: /Українська$/
      - list:
        - listitem:
          - link "Français":
            - /url: /metiers/aide-soignant/
        - listitem:
          - link "English":
            - /url: /en/metiers/aide-soignant/
        - listitem:
          - link "Español":
            - /url: /es/metiers/aide-soignant/
        - listitem:
          - link "العربية":
            - /url: /ar/metiers/aide-soignant/
        - listitem:
          - link "Українська":
            - /url: /uk/metiers/aide-soignant/
  `);
	await expect(page.locator('.switcher a[aria-current="true"]')).toHaveAttribute('hreflang', 'uk');
	await expect(page.locator('.switcher a[hreflang="ar"]')).toHaveAttribute('lang', 'ar');
	await page.keyboard.press('Tab');
	await expect(page.locator('.switcher a').first()).toBeFocused();
});

test('search with the keyboard: the status announces the count, each result is a heading with its type', async ({ page }) => {
	await page.goto('/recherche/');
	await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill('aide');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/^\d+ résultats pour « aide »$/);
	await expect(page.locator('main')).toMatchAriaSnapshot(`
    - heading "Rechercher" [level=1]
    - search:
      - searchbox "Rechercher sur le site": aide
      - button "Rechercher"
    - status: /résultats pour « aide »/
    - list:
      - listitem:
        - paragraph: Métier
        - heading "Aide-soignant / Aide-soignante" [level=2]:
          - link "Aide-soignant / Aide-soignante":
            - /url: /metiers/aide-soignant/
  `);
	// From the box, a few Tabs (the button, the folded filters) reach the first result.
	const first = page.locator('#search-results a').first();
	for (let i = 0; i < 4 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
});

test('in Arabic and Ukrainian pages, French words are marked French, so that a screen reader switches voice (RGAA 8.7)', async ({
	page,
}) => {
	// People's and places' names, addresses and codes are read as they are.
	const names =
		/^(Landes|Ain|Nadia|Martine|Sofiane|Lucas|Inès|Karim|Chloé|contact|metiers-du-lien-landes\.example\.org|https|ar|uk|metiers|RNCP\d*|YouTube\.?|JavaScript|[a-z-]+)$/;
	for (const path of [
		'/ar/',
		'/ar/metiers/aide-soignant/',
		'/uk/metiers/accompagnant-educatif-et-social/',
		'/ar/temoignages/',
		'/ar/essayer/',
		'/uk/quel-metier/',
		'/ar/comparer/aide-soignant/accompagnant-educatif-et-social/',
	]) {
		await page.goto(path);
		const unmarked = await page.evaluate(() => {
			const page = document.documentElement.lang;
			const words: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement!;
				if (
					parent.closest('script, style, [hidden], [aria-hidden="true"], .print-only') ||
					parent.closest('[lang]')?.getAttribute('lang') !== page
				)
					continue;
				words.push(...(node.textContent!.match(/\p{Script=Latin}[\p{Script=Latin}'’.-]+/gu) ?? []));
			}
			return words;
		});
		expect(
			unmarked.filter((w) => !names.test(w)),
			path,
		).toEqual([]);
	}
});
