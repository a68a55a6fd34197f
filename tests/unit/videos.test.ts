import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check';
import { frameOrigins } from '../../src/lib/videos/providers';
import { contentSecurityPolicy } from '../../src/lib/security/headers';
import { cleanUp, copyOfContent } from '../support/content-copy';

const isoDuration = async (s: number) => (await import('../../src/lib/content/videos')).isoDuration(s);
const dir = 'content/temoignages/fr';
const videoFiles = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

describe('testimonial videos', () => {
	afterAll(cleanUp);
	const copy = copyOfContent;

	it('ship at least six, each with French captions, another language, a transcript and files that exist', () => {
		expect(videoFiles.length).toBeGreaterThanOrEqual(6);
		const { problems } = checkContent();
		expect(problems.filter((p) => p.file.startsWith('content/temoignages/'))).toEqual([]);
		for (const name of videoFiles) {
			const text = readFileSync(join(dir, name), 'utf8');
			expect(text, name).toMatch(/lang: fr/);
			expect(text.split(/^---$/m)[2]!.trim().length, name).toBeGreaterThan(80);
		}
	});

	it('name the file and field of a video without French captions, a missing caption file or an empty transcript', () => {
		const root = copy();
		const [one, two, three] = videoFiles.map((name) => `${dir}/${name}`);
		const edit = (file: string, change: (text: string) => string) =>
			writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
		edit(one!, (t) => t.replace(/lang: fr, src: /, 'lang: es, src: '));
		edit(two!, (t) => t.replace(/\.fr\.vtt/, '-disparu.fr.vtt'));
		edit(three!, (t) => t.replace(/^(---[\s\S]*?\n---\n)[\s\S]*$/, '$1\n'));
		const { problems } = checkContent(root);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: one, field: 'captions', message: 'il manque les sous-titres en français (lang: fr)' }),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: two,
				field: 'captions.src',
				message: expect.stringMatching(/^désigne public\/videos\/.*-disparu\.fr\.vtt, qui n'existe pas$/),
			}),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: three, field: '(texte)', message: expect.stringContaining('transcription') }),
		);
	});

	it('give durations as ISO 8601 and let only the providers into frames', async () => {
		expect(await isoDuration(32)).toBe('PT32S');
		expect(await isoDuration(95)).toBe('PT1M35S');
		expect(contentSecurityPolicy).toContain(`frame-src ${frameOrigins.join(' ')}`);
		expect(frameOrigins).toContain('https://www.youtube-nocookie.com');
		expect(contentSecurityPolicy).not.toContain('frame-src *');
	});
});
