import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OfferSearchRecord } from '../../src/lib/content/offer-search';
import { stageDocuments, stagedFile } from '../../src/lib/search/offer-staging';

const made: string[] = [];
afterEach(() => {
	for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const parent = () => {
	const folder = mkdtempSync(join(tmpdir(), 'staging-test-'));
	made.push(folder);
	return folder;
};

async function* twoFiles(): AsyncIterable<OfferSearchRecord[]> {
	yield [
		{ url: '/offres/a/', html: '<p>a</p>' },
		{ url: '/offres/b/', html: '<p>b</p>' },
	];
	yield [{ url: '/offres/c/', html: '<p>c</p>' }];
}

describe('offer staging for the search index', () => {
	it('puts an offer where Pagefind reads back its address', () => {
		expect(stagedFile('/stage', '/offres/france-travail-195abcd/')).toBe(join('/stage', 'offres', 'france-travail-195abcd', 'index.html'));
		expect(stagedFile('/stage', '/landes/offres/x/')).toBe(join('/stage', 'landes', 'offres', 'x', 'index.html'));
	});

	it('refuses an address that is not a folder or would leave the staging folder', () => {
		for (const url of ['/offres/x', 'offres/x/', '/', '/offres//x/', '/offres/../../etc/', '/offres/./x/', '/offres/a\\b/'])
			expect(() => stagedFile('/stage', url), url).toThrow(/folder address/);
	});

	it('writes every document of every file, each in a new folder', async () => {
		const place = parent();
		const staged = await stageDocuments(twoFiles, [place]);
		expect(staged.count).toBe(3);
		expect(staged.folder.startsWith(place)).toBe(true);
		expect(readFileSync(join(staged.folder, 'offres', 'c', 'index.html'), 'utf8')).toBe('<p>c</p>');
		expect((await stageDocuments(twoFiles, [place])).folder).not.toBe(staged.folder);
	});

	it('starts again in the next place when the first runs out of space, and leaves nothing behind', async () => {
		const [small, large] = [parent(), parent()];
		const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
		let writes = 0;
		const staged = await stageDocuments(twoFiles, ['/nonexistent-place', small, large], async (file, html) => {
			if (file.startsWith(small) && ++writes === 2) throw full;
			const { writeFile } = await import('node:fs/promises');
			await writeFile(file, html);
		});
		expect(staged.folder.startsWith(large)).toBe(true);
		expect(staged.count).toBe(3);
		expect(readdirSync(small)).toEqual([]);
	});

	it('stops at any other failure, without a staging folder left', async () => {
		const place = parent();
		const denied = Object.assign(new Error('permission denied'), { code: 'EACCES' });
		await expect(stageDocuments(twoFiles, [place, parent()], () => Promise.reject(denied))).rejects.toThrow('permission denied');
		expect(readdirSync(place)).toEqual([]);
		expect(existsSync(join(place, 'offres'))).toBe(false);
	});
});
