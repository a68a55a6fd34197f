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
			const files = newEntry(type, `essai-${type}`, root);
			const unfilled = checkContent(root).problems.filter((p) => files.includes(p.file));
			for (const file of files)
				expect(
					unfilled.some((p) => p.file === file && p.message.startsWith('est à remplir')),
					file,
				).toBe(true);
			// Filling: each placeholder's example becomes the real text.
			for (const file of files) {
				const path = join(root, file);
				writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`${placeholder}: `, ''));
			}
			const [main, ...companions] = files;
			expect(checkContent(root).problems.filter((p) => p.file === main)).toEqual([]);
			// The easy-to-read example is too short to publish: the check says how long it should be.
			for (const file of companions)
				expect(
					checkContent(root)
						.problems.filter((p) => p.file === file)
						.map((p) => p.message),
				).toEqual(['compte 51 mots : une page facile à lire en compte environ 200 (entre 100 et 300)']);
		});
	}

	it('starts a profile together with its easy-to-read version', () => {
		expect(newEntry('metier', 'essai-paire', copyOfContent())).toEqual([
			'content/metiers/fr/essai-paire.mdx',
			'content/facile-a-lire/fr/essai-paire.yaml',
		]);
	});

	it('refuses an unknown type and an id that cannot be an address', () => {
		expect(() => newEntry('recette', 'x')).toThrow(/Type inconnu/);
		expect(() => newEntry('evenement', 'Forum Été')).toThrow(/minuscules/);
	});
});
