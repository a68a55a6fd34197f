import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, nginxSnippet, parseHeadersFile, securityHeaders } from '../../src/lib/security/headers';

describe('security headers', () => {
	it('allow no inline script and no third-party origin', () => {
		const scriptSrc = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1];
		expect(scriptSrc).toBe("'self' 'wasm-unsafe-eval'");
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
