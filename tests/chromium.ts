import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it exists (machines that cannot download
 * Playwright's browser), Playwright's own browser everywhere else.
 */
export function chromiumLaunchOptions() {
	const system = process.env.CHROME_PATH || '/usr/bin/chromium';
	if (!existsSync(system)) return {};
	return {
		executablePath: system,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
			'--no-first-run',
		],
	};
}
