// Debian's Chromium where it exists (machines that cannot download Playwright's
// browser), with the flags this closed network needs: without the background
// networking flags Chromium keeps trying to reach Google's hosts.
import { existsSync } from 'node:fs';

/** The system Chromium, or undefined to use the tool's own browser. */
export function chromiumPath() {
	const system = process.env.CHROME_PATH || '/usr/bin/chromium';
	return existsSync(system) ? system : undefined;
}

export const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];
