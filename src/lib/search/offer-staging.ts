import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Offers reach Pagefind as the files of a staging folder, one small document
 * each (../offers/search-document.ts), read together with `addDirectory`
 * (src/integrations/pagefind.ts). Handing them one by one with `addHTMLFile`
 * costs time that grows with the square of their number: Pagefind 1.6 looks
 * through every page it already holds for the same address before keeping a
 * new one. Measured with Pagefind alone, each batch of 5,000 documents took
 * 0.6 s at first and 2.1 s once 35,000 were in; in a build with 100,000 offers
 * that step took 145 s.
 */

/**
 * A new staging folder, in memory where the system has one (Linux's /dev/shm):
 * tens of thousands of small files written, read once and deleted cost seconds
 * on a slow disk and almost nothing there. Elsewhere, the temporary folder.
 */
export async function makeStagingFolder(): Promise<string> {
	const prefix = 'metiers-du-lien-offers-';
	try {
		return await mkdtemp(join('/dev/shm', prefix));
	} catch {
		return mkdtemp(join(tmpdir(), prefix));
	}
}

/**
 * Where an offer's document goes for Pagefind to give it back its address:
 * Pagefind turns a folder's `a/b/index.html` into `/a/b/`. Only folder
 * addresses of plain segments are accepted, so that no document lands outside
 * the staging folder.
 */
export function stagedFile(staging: string, url: string): string {
	const segments = url.split('/').slice(1, -1);
	const folder = url.startsWith('/') && url.endsWith('/') && segments.length > 0;
	if (!folder || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\')))
		throw new Error(`An offer's search address must be a folder address such as /offres/abc/, not ${JSON.stringify(url)}`);
	return join(staging, ...segments, 'index.html');
}
