#!/usr/bin/env node
// Developer tool: draws the PNG icons and the social-sharing image from
// public/favicon.svg with headless Chromium. Run after changing the logo;
// the outputs are committed so builds need no browser.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch(
	existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] } : {},
);
async function render(file, width, height, html) {
	const page = await browser.newPage({ viewport: { width, height } });
	await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
	await page.screenshot({ path: file, omitBackground: false });
	await page.close();
}
const icon = (size) =>
	`<div style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>`;
for (const [file, size] of [
	['public/icons/icon-192.png', 192],
	['public/icons/icon-512.png', 512],
	['public/icons/apple-touch-icon.png', 180],
	['public/icons/favicon-32.png', 32],
]) {
	await render(file, size, size, icon(size));
}
await render(
	'public/og-image.png',
	1200,
	630,
	`<div style="width:1200px;height:630px;display:flex;align-items:center;gap:48px;padding:0 96px;box-sizing:border-box;background:#f6f4f0;font-family:'Noto Sans',sans-serif">
		${svg.replace('<svg ', '<svg width="260" height="260" ')}
		<div><div style="font-size:88px;font-weight:700;color:#1b1f24">Métiers du lien</div>
		<div style="font-size:40px;color:#0b5d5b;margin-top:16px">Les métiers de l'accompagnement et du soin</div></div></div>`,
);
await browser.close();
// An .ico file may hold a PNG image: one 32×32 entry.
const png = readFileSync('public/icons/favicon-32.png');
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18);
writeFileSync('public/favicon.ico', Buffer.concat([header, png]));
console.log('icons written');
