import { expect, test, type Page } from '@playwright/test';

async function firstResult(page: Page, path: string, query: string) {
	await page.goto(path);
	await page.getByRole('searchbox').fill(query);
	await page.getByRole('searchbox').press('Enter');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	return page.locator('#search-results li h2 a').first();
}

// Each query as a visitor types it, and the page that must come first.
const queries = [
	{ path: '/recherche/', query: 'aide soignante', expected: '/metiers/aide-soignant/' },
	{ path: '/recherche/', query: 'éducateur spécialisé', expected: '/metiers/educateur-specialise/' },
	{ path: '/recherche/', query: 'educatrice specialisee', expected: '/metiers/educateur-specialise/' },
	{ path: '/recherche/', query: 'moniteur educateur', expected: '/metiers/moniteur-educateur/' },
	{ path: '/recherche/', query: 'assistante maternelle', expected: '/metiers/assistant-maternel/' },
	{ path: '/recherche/', query: 'famille d’accueil', expected: '/metiers/assistant-familial/' },
	{ path: '/en/recherche/', query: 'care assistant', expected: '/en/metiers/aide-soignant/' },
	{ path: '/en/recherche/', query: 'childminder', expected: '/en/metiers/assistant-maternel/' },
	{ path: '/es/recherche/', query: 'auxiliar de enfermería', expected: '/es/metiers/aide-soignant/' },
	{ path: '/ar/recherche/', query: 'مساعد تمريض', expected: '/ar/metiers/aide-soignant/' },
	{ path: '/uk/recherche/', query: 'медіатор', expected: '/uk/metiers/mediateur-familial/' },
];

for (const { path, query, expected } of queries) {
	test(`"${query}" on ${path} finds ${expected} first`, async ({ page }) => {
		const first = await firstResult(page, path, query);
		await expect(first).toHaveAttribute('href', expected);
	});
}

test('results are announced in a live region and the query is kept in the address', async ({ page }) => {
	await page.goto('/recherche/');
	await expect(page.locator('#search-status')).toHaveAttribute('role', 'status');
	await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill('apprentissage');
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-status')).toHaveText(/^\d+ résultats? pour « apprentissage »$/);
	await expect(page).toHaveURL(/\?q=apprentissage$/);
	await page.reload();
	await expect(page.locator('#search-results li').first()).toBeVisible();
});

test('a query with no result says so and points to the listings', async ({ page }) => {
	await page.goto('/recherche/?q=z%C3%A8bre');
	await expect(page.locator('#search-status')).toContainText('Aucun résultat pour « zèbre »');
	await expect(page.locator('#search-results li')).toHaveCount(0);
});

test('the type filter narrows results to information pages', async ({ page }) => {
	await page.goto('/recherche/?q=accessibilite');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	await page.getByText('Affiner la recherche').click();
	await page.getByRole('checkbox', { name: "Page d'information" }).check();
	await expect(page.locator('#search-results li .type').first()).toHaveText("Page d'information");
	// The list is redrawn when the filter applies: wait until it holds information pages only.
	await expect
		.poll(async () => [...new Set(await page.locator('#search-results li .type').allTextContents())])
		.toEqual(["Page d'information"]);
});

test('Arabic search reads right to left and Pagefind loads only on demand', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) loaded.push(r.url());
	});
	await page.goto('/ar/recherche/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	expect(loaded).toEqual([]);
	await page.getByRole('searchbox').focus();
	await expect.poll(() => loaded.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('in Arabic and Ukrainian results, French words of titles and excerpts are marked French, isolated in Arabic', async ({ page }) => {
	for (const [path, dir] of [
		['/ar/recherche/?q=%D9%85%D8%B3%D8%A7%D8%B9%D8%AF', 'ltr'],
		['/uk/recherche/?q=%D0%BC%D0%B5%D0%B4%D1%96%D0%B0%D1%82%D0%BE%D1%80', null],
	] as const) {
		await page.goto(path);
		const french = page.locator('#search-results li h2 a span[lang="fr"]').first();
		await expect(french, path).toBeVisible();
		expect(await french.getAttribute('dir'), path).toBe(dir);
		// The translated title stays outside the French run.
		const title = await page.locator('#search-results li h2 a').first().textContent();
		expect(title!.length, path).toBeGreaterThan((await french.textContent())!.length);
		// Excerpts too, around Pagefind's highlighting.
		await expect(page.locator('#search-results li > p:last-child span[lang="fr"]').first(), path).toBeAttached();
	}
	// A French address in an Arabic result stays one run, its highlighted town inside it, so that it reads in order.
	await page.goto('/ar/recherche/?q=Dax');
	const address = page.locator('#search-results li > p:last-child span[lang="fr"]', { has: page.locator('mark') }).first();
	await expect(address).toContainText(/avenue de la Gare, 40100 Dax/);
	await expect(address).toHaveAttribute('dir', 'ltr');
	// French and Latin-script pages keep titles as plain text.
	await page.goto('/recherche/?q=aide');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	await expect(page.locator('#search-results li h2 a span')).toHaveCount(0);
});

test('arriving with a query asks for every index file a first search needs at once, and each only once', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) loaded.push(new URL(r.url()).pathname + new URL(r.url()).search);
	});
	await page.goto('/recherche/?q=aide');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	// Written into the page after the index was built: the entry (pinned by its cache tag), metadata, WebAssembly.
	const preload = (JSON.parse((await page.locator('script[data-preload]').getAttribute('data-preload')) ?? '{}') as { index: string[] })
		.index;
	expect(preload).toHaveLength(3);
	expect(preload.every((url) => loaded.includes(url))).toBe(true);
	expect(loaded.filter((url) => url.includes('wasm.'))).toEqual(['/pagefind/wasm.fr.pagefind']);
	expect(new Set(loaded).size).toBe(loaded.length);
	// The index chunk holding the word is asked for at once too, and used by Pagefind (not fetched twice).
	const chunks = await page
		.locator('link[rel="preload"][href*="/pagefind/index/"]')
		.evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
	expect(chunks).toHaveLength(1);
	expect(loaded.filter((url) => url.includes('/index/'))).toEqual(chunks);
	// The results had room from the start: the footer is below the first screen.
	const footerTop = await page.locator('footer').evaluate((f) => f.getBoundingClientRect().top);
	expect(footerTop).toBeGreaterThan(page.viewportSize()!.height);
});

test('arriving with a query, the first result is on screen before the others are asked for', async ({ page }) => {
	// When the first result enters the list, by the page's own clock (the one resource timings use).
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('#search-results li')) return;
			(window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/recherche/?q=aide');
	await expect(page.locator('#search-results li')).toHaveCount(10);
	const { firstResultAt, fragments } = await page.evaluate(() => ({
		firstResultAt: (window as unknown as { firstResultAt: number }).firstResultAt,
		fragments: performance
			.getEntriesByType('resource')
			.filter((e) => e.name.includes('/pagefind/fragment/'))
			.map((e) => e.startTime)
			.sort((a, b) => a - b),
	}));
	expect(fragments).toHaveLength(10);
	expect(fragments[0]).toBeLessThan(firstResultAt);
	expect(fragments.slice(1).every((start) => start > firstResultAt)).toBe(true);
});

test('arriving with several words, the page asks at once for the chunks Pagefind will need, each once', async ({ page }) => {
	// "aide" and "salaire" sit in different chunks of the French index (at least two: where Pagefind cuts its
	// chunks depends on its version and on the content). An Arabic word cannot match a French offer: the Arabic
	// page's own index answers it alone (one chunk, and a filter chunk for a filter of the address). A Latin word
	// may: the page also merges the French index, whose search leaves out French duplicates with the "type" filter
	// (a word chunk and a filter chunk in each index).
	for (const [path, words, filters] of [
		['/recherche/?q=Aide%20%C3%A0%20domicile%2C%20salaire', 2, 0],
		['/ar/recherche/?q=%D9%85%D8%B3%D8%A7%D8%B9%D8%AF', 1, 0],
		['/ar/recherche/?q=%D9%85%D8%B3%D8%A7%D8%B9%D8%AF&f-secteur=handicap', 1, 1],
		['/ar/recherche/?q=aide', 2, 2],
	] as const) {
		const loaded: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/pagefind/')) loaded.push(new URL(r.url()).pathname + new URL(r.url()).search);
		});
		await page.goto(path);
		await expect(page.locator('#search-results li').first()).toBeVisible();
		const preloaded = await page
			.locator('link[rel="preload"]')
			.evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href)).map((u) => u.pathname + u.search));
		const chunks = (kind: string) => preloaded.filter((url) => url.includes(`/pagefind/${kind}/`));
		if (words > 1) expect(chunks('index').length, path).toBeGreaterThanOrEqual(words);
		else expect(chunks('index'), path).toHaveLength(words);
		expect(chunks('filter'), path).toHaveLength(filters);
		// Everything Pagefind fetched before the results' fragments was asked for in advance, and nothing twice.
		const beforeFragments = loaded.filter((url) => !url.includes('/fragment/') && !url.endsWith('/pagefind.js'));
		expect([...beforeFragments].sort(), path).toEqual([...preloaded].sort());
		expect(new Set(loaded).size, path).toBe(loaded.length);
		page.removeAllListeners('request');
	}
});

test('an Arabic query leaves the French index alone; a Latin word typed next brings its offers in', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) loaded.push(new URL(r.url()).pathname);
	});
	await page.goto('/ar/recherche/?q=%D9%85%D8%B3%D8%A7%D8%B9%D8%AF');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	await expect(page.locator('#search-status')).not.toBeEmpty();
	expect(loaded.filter((url) => url.includes('/pagefind.fr_') || url.includes('/fr_'))).toEqual([]);
	// Offers are French: the same page finds them by a town's name, and says which are offers.
	await page.getByRole('searchbox').fill('Dax');
	await page.getByRole('searchbox').press('Enter');
	await expect(page.locator('#search-results a[href^="/offres/"]').first()).toBeVisible();
	expect(loaded.some((url) => url.includes('/pagefind.fr_'))).toBe(true);
});

test('result excerpts read as text: no raw timestamp, no label run into its value', async ({ page }) => {
	for (const path of ['/recherche/?q=aide%20soignant&f-type=offers', '/recherche/?q=salaire', '/recherche/?q=dax']) {
		await page.goto(path);
		await expect(page.locator('#search-results li').first()).toBeVisible();
		const excerpts = await page.locator('#search-results li > p:last-child').allTextContents();
		expect(excerpts.length, path).toBeGreaterThan(0);
		for (const excerpt of excerpts) {
			expect(excerpt, path).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
			// Fact labels are not indexed: "LieuDax", "EmployeurEHPAD", "Type de contratCDD" were.
			expect(excerpt, path).not.toMatch(/(Employeur|Lieu|Type de contrat|Temps de travail|Salaire|Niveau|Métier)\p{Lu}/u);
		}
	}
});

test("the language switcher keeps the visitor's place: the same search, the same offer list page", async ({ page }) => {
	await page.goto('/recherche/?q=aide');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	await expect(page.locator('.switcher a[hreflang="ar"]')).toHaveAttribute('href', '/ar/recherche/?q=aide');
	await page.getByRole('searchbox').fill('educateur');
	await page.getByRole('searchbox').press('Enter');
	await expect(page.locator('.switcher a[hreflang="uk"]')).toHaveAttribute('href', '/uk/recherche/?q=educateur');
	await page.locator('.switcher summary').click();
	await page.locator('.switcher a[hreflang="uk"]').click();
	await expect(page.getByRole('searchbox')).toHaveValue('educateur');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	await page.goto('/offres/metier/aide-soignant/');
	await expect(page.locator('.switcher a[hreflang="ar"]')).toHaveAttribute('href', '/ar/offres/metier/aide-soignant/');
});

test('a translated profile shows its French title beside its own, and searching that French title finds it first', async ({ page }) => {
	await page.goto('/ar/metiers/aide-soignant/');
	await expect(page.locator('header span[lang="fr"]', { hasText: 'Aide-soignant / Aide-soignante' })).toBeVisible();
	for (const [path, query, expected] of [
		['/ar/recherche/', 'aide-soignant', '/ar/metiers/aide-soignant/'],
		['/uk/recherche/', 'aide à domicile', '/uk/metiers/aide-a-domicile/'],
	] as const) {
		await expect(await firstResult(page, path, query), `${query} on ${path}`).toHaveAttribute('href', expected);
	}
	// Even where the profession's name is also its diploma's ("Diplôme d'État d'éducateur spécialisé"), the profile comes first.
	await expect(await firstResult(page, '/ar/recherche/', 'éducateur spécialisé')).toHaveAttribute(
		'href',
		'/ar/metiers/educateur-specialise/',
	);
	await expect(page.locator('#search-results li h2 a').first()).toContainText('Éducateur spécialisé');
	// French offers join the Arabic results; the French copies of translated pages do not.
	await expect(page.locator('#search-results a[href^="/offres/"]').first()).toBeVisible();
	await expect(page.locator('#search-results a[href^="/metiers/"], #search-results a[href^="/formations/"]')).toHaveCount(0);
});

test('without JavaScript the search page explains and links to the listings', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/uk/recherche/');
	await expect(page.locator('noscript')).toHaveCount(1);
	await expect(page.getByRole('link', { name: /професій/i }).last()).toHaveAttribute('href', '/uk/metiers/');
	await context.close();
});

test('a diploma acronym leads straight to its diploma, and its profession is among the first results', async ({ page }) => {
	// Pagefind's French stemmer cuts "DEAS" to "de": the search page links an exact acronym itself.
	await page.goto('/recherche/?q=DEAES');
	await expect(page.locator('#search-shortcut a')).toHaveAttribute('href', '/formations/deaes/');
	await expect(page.locator('#search-results li').nth(4)).toBeVisible();
	const firstFive = (await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 5);
	expect(firstFive).toContain('/metiers/accompagnant-educatif-et-social/');
	await page.locator('#q').fill('aide');
	await expect(page.locator('#search-shortcut')).toBeHidden();
});
