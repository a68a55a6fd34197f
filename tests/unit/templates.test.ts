import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, placeholder } from '../../src/lib/content-check/check';
import { newEntry, templates } from '../../scripts/new-entry';
import { cleanUp, copyOfContent } from '../support/content-copy';

afterAll(cleanUp);

describe('npm run new', () => {
	for (const type of Object.keys(templates)) {
		it(`writes a ${type} that the check refuses until its placeholders are filled, then accepts`, () => {
			const root = copyOfContent();
			const file = newEntry(type, `essai-${type}`, root);
			const unfilled = checkContent(root).problems.filter((p) => p.file === file);
			expect(unfilled.length).toBeGreaterThan(0);
			expect(unfilled.some((p) => p.message.startsWith('est à remplir'))).toBe(true);
			// Filling: each placeholder's example becomes the real text.
			const path = join(root, file);
			writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`${placeholder}: `, ''));
			expect(checkContent(root).problems.filter((p) => p.file === file)).toEqual([]);
		});
	}

	it('refuses an unknown type and an id that cannot be an address', () => {
		expect(() => newEntry('recette', 'x')).toThrow(/Type inconnu/);
		expect(() => newEntry('evenement', 'Forum Été')).toThrow(/minuscules/);
	});
});
