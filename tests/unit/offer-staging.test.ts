import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeStagingFolder, stagedFile } from '../../src/lib/search/offer-staging';

describe('offer staging for the search index', () => {
	it('puts an offer where Pagefind reads back its address', () => {
		expect(stagedFile('/stage', '/offres/france-travail-195abcd/')).toBe(join('/stage', 'offres', 'france-travail-195abcd', 'index.html'));
		expect(stagedFile('/stage', '/landes/offres/x/')).toBe(join('/stage', 'landes', 'offres', 'x', 'index.html'));
	});

	it('refuses an address that is not a folder or would leave the staging folder', () => {
		for (const url of ['/offres/x', 'offres/x/', '/', '/offres//x/', '/offres/../../etc/', '/offres/./x/', '/offres/a\\b/'])
			expect(() => stagedFile('/stage', url), url).toThrow(/folder address/);
	});

	it('makes a new, empty folder each time', async () => {
		const [a, b] = await Promise.all([makeStagingFolder(), makeStagingFolder()]);
		try {
			expect(a).not.toBe(b);
			expect(statSync(a).isDirectory()).toBe(true);
		} finally {
			rmSync(a, { recursive: true, force: true });
			rmSync(b, { recursive: true, force: true });
		}
	});
});
