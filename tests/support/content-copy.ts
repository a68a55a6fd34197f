import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Copies of the shipped content (with the media files it names) in temporary projects,
 * to break on purpose; removed by cleanUp() after the tests.
 */
const copies: string[] = [];

export function copyOfContent(): string {
	const root = mkdtempSync(join(tmpdir(), 'content-'));
	copies.push(root);
	for (const part of ['content', 'public/videos', 'src/assets/videos']) cpSync(part, join(root, part), { recursive: true });
	return root;
}

export function cleanUp(): void {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
