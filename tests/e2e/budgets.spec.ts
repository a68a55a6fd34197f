import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/bench/sizes.mjs';
import { splitLocale } from '../../src/lib/i18n/paths';
import { pagesWithJavaScript, printDocumentBudget, printDocuments, shipsJavaScript } from '../../src/lib/routing';
import { builtHtmlFiles } from '../dist-files';

const dist = 'dist';
/** A first view that fits the first round trips of a slow phone connection (TCP initial window, ~14 KiB). */
const firstViewBudget = 14 * 1024;

const sitePath = (file: string) => file.replace(/index\.html$/, '');

test('every page built before the section registry is still built', () => {
	const expected = readFileSync('tests/fixtures/built-pages.txt', 'utf8').split('\n').filter(Boolean);
	const missing = expected.filter((file) => !existsSync(join(dist, file)));
	expect(missing).toEqual([]);
});

/**
 * Documents made for paper (src/lib/routing printDocuments: "print all profiles") hold every
 * profile's sheet, about 3.5 KB gzipped each: no phone opens them for a first screen, a teacher
 * prints them. They are left out of the first-view budget and held to their own ceiling.
 */
const isPrintDocument = (file: string) => printDocuments.includes(splitLocale(sitePath(file)).path);

test(`print documents stay under ${printDocumentBudget} bytes (gzipped HTML + stylesheets), in every language`, () => {
	const documents = builtHtmlFiles(dist).filter(isPrintDocument);
	expect(documents.length).toBeGreaterThanOrEqual(printDocuments.length * 5);
	const over = documents.map((file) => pageWeight(dist, file)!).filter((w) => w.firstViewHtmlCssGzip > printDocumentBudget);
	expect(over.map((w) => `${w.path}: ${w.firstViewHtmlCssGzip} bytes`)).toEqual([]);
});

test(`the first view of every page (gzipped HTML + its stylesheets) fits in ${firstViewBudget} bytes`, () => {
	const over = builtHtmlFiles(dist)
		.filter((file) => !isPrintDocument(file))
		.map((file) => pageWeight(dist, file)!)
		.filter((w) => w.firstViewHtmlCssGzip > firstViewBudget)
		.map((w) => `${w.path}: ${w.firstViewHtmlCssGzip} bytes`);
	expect(over).toEqual([]);
});

test('no content page ships JavaScript (only the pages listed in src/lib/routing)', () => {
	const withScript = builtHtmlFiles(dist)
		.map((file) => pageWeight(dist, file)!)
		.filter((w) => w.js.raw > 0)
		.map((w) => splitLocale(sitePath(w.path)).path);
	expect(withScript.filter((path) => !shipsJavaScript(path))).toEqual([]);
	// The list is not stale: each page it names does ship a script.
	for (const path of pagesWithJavaScript) expect(withScript).toContain(path);
});
