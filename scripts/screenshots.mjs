#!/usr/bin/env node
// Developer tool: screenshots of built pages at phone and desktop widths.
// Usage: node scripts/screenshots.mjs /ar/ /metiers/ ...  (server from scripts/serve-dist.mjs on $PORT or 4321)
// PRINT=1 writes the A4 print PDF instead.
import { mkdirSync } from 'node:fs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL || `http://127.0.0.1:${process.env.PORT || 4321}`;
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath, args: chromiumFlags } : {});
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
for (const path of process.argv.slice(2)) {
	if (process.env.PRINT) {
		// Print preview: the PDF an A4 printer would get.
		const page = await browser.newPage();
		await page.goto(base + path);
		await page.emulateMedia({ media: 'print' });
		const file = `${out}/${path.replace(/\W+/g, '_')}-print.pdf`;
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
		console.log(file);
		await page.close();
		continue;
	}
	for (const [name, viewport] of Object.entries(viewports)) {
		const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
		await page.goto(base + path);
		if (process.env.WAIT) await page.waitForTimeout(Number(process.env.WAIT)); // let client-side search render
		const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${name}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
		console.log(file);
		await page.close();
	}
}
await browser.close();
