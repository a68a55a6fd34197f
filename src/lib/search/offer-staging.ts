import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inBatches } from '../batches';
import type { OfferSearchRecord } from '../content/offer-search';

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
 * Where staging folders go, in order: memory first where the system has it
 * (Linux's /dev/shm), since tens of thousands of small files written, read
 * once and deleted cost seconds on a slow disk and almost nothing there; then
 * the temporary folder.
 */
export const stagingParents = (): string[] => ['/dev/shm', tmpdir()];

const prefix = 'metiers-du-lien-offers-';

/** Disk full: /dev/shm is small in some containers (64 MB by default in Docker). */
const outOfSpace = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOSPC';

/**
 * Writes every document, at its address, into a new staging folder, and says
 * where and how many. `chunks` is called again for each place tried: a folder
 * that runs out of space is deleted and the next place gets every document.
 */
export async function stageDocuments(
	chunks: () => AsyncIterable<readonly OfferSearchRecord[]>,
	parents = stagingParents(),
	write: (file: string, html: string) => Promise<void> = writeFile,
): Promise<{ folder: string; count: number }> {
	let lastError: unknown = new Error('No staging folder could be made for the search index');
	for (const parent of parents) {
		const folder = await mkdtemp(join(parent, prefix)).catch((error: unknown) => {
			lastError = error;
			return null;
		});
		if (!folder) continue;
		try {
			let count = 0;
			for await (const documents of chunks()) {
				await inBatches(documents, 128, async ({ url, html }) => {
					const file = stagedFile(folder, url);
					await mkdir(dirname(file), { recursive: true });
					await write(file, html);
				});
				count += documents.length;
			}
			return { folder, count };
		} catch (error) {
			await rm(folder, { recursive: true, force: true });
			if (!outOfSpace(error)) throw error;
			lastError = error;
		}
	}
	throw lastError;
}

/**
 * Where a document goes for Pagefind to give it back its address: Pagefind
 * turns a folder's `a/b/index.html` into `/a/b/`. Only folder addresses of
 * plain segments are accepted, so that no document lands outside the staging
 * folder.
 */
export function stagedFile(staging: string, url: string): string {
	const segments = url.split('/').slice(1, -1);
	const folder = url.startsWith('/') && url.endsWith('/') && segments.length > 0;
	if (!folder || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\')))
		throw new Error(`An offer's search address must be a folder address such as /offres/abc/, not ${JSON.stringify(url)}`);
	return join(staging, ...segments, 'index.html');
}
