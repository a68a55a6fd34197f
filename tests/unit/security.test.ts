import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	contentSecurityPolicy,
	headersFile,
	nginxSnippet,
	parseHeadersFile,
	scriptHash,
	securityHeaders,
} from '../../src/lib/security/headers';
import { searchBootScript } from '../../src/lib/search/boot';

describe('security headers', () => {
	it('allow no inline script but the search boot script, and no third-party origin', () => {
		const scriptSrc = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1];
		expect(scriptSrc).toBe(`'self' 'wasm-unsafe-eval' ${scriptHash(searchBootScript)}`);
		// The hash of exactly that text (a known SHA-256 in CSP form), so no other script passes.
		expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
		expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		// The only other origins: the video providers' players, in frames (src/lib/videos/providers.ts).
		const withoutFrames = contentSecurityPolicy.replace(/frame-src [^;]+/, '');
		expect(withoutFrames).not.toMatch(/https?:/);
	});

	it('round-trip through the _headers format', () => {
		expect(parseHeadersFile(headersFile())).toEqual(securityHeaders);
	});

	it('are the same in the committed nginx snippet (run npm run headers:nginx after a change)', () => {
		expect(readFileSync('deploy/nginx/security-headers.conf', 'utf8')).toBe(nginxSnippet());
	});
});
