import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';

/** Playwright launch options: Debian's Chromium where it exists, Playwright's own browser everywhere else. */
export function chromiumLaunchOptions() {
	const executablePath = chromiumPath();
	return executablePath ? { executablePath, args: chromiumFlags } : {};
}
