import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/errors';
import { availableTerritories, loadTerritory } from '../../src/lib/territory/load';
import { contrastRatio } from '../../src/lib/colour';

const landes = readFileSync('content/territories/landes.yaml', 'utf8');

const roots: string[] = [];
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function projectWith(yaml: string): string {
	const root = mkdtempSync(join(tmpdir(), 'territory-'));
	roots.push(root);
	mkdirSync(join(root, 'content/territories'), { recursive: true });
	writeFileSync(join(root, 'content/territories/test.yaml'), yaml);
	return root;
}

function problemOf(yaml: string): ContentError {
	try {
		loadTerritory('test', projectWith(yaml));
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected a ContentError');
}

describe('territory configuration', () => {
	it('ships three valid demonstration territories', () => {
		expect(availableTerritories()).toEqual(['ain', 'landes', 'pyrenees-atlantiques']);
		for (const id of availableTerritories()) expect(loadTerritory(id).id).toBe(id);
		expect(loadTerritory('pyrenees-atlantiques').departements).toEqual(['64']);
	});

	it('names the file and the field of a bad e-mail', () => {
		const error = problemOf(landes.replace('contact@metiers-du-lien-landes.example.org', 'not-an-email'));
		expect(error.file).toBe('content/territories/test.yaml');
		expect(error.message).toMatch(/platform\.email : doit être une adresse e-mail/);
	});

	it('refuses an accent colour too light for white text', () => {
		const error = problemOf(landes.replace('primary: "#0b5d5b"', 'primary: "#7fd1cf"'));
		expect(error.message).toMatch(/accent\.primary : est trop claire/);
	});

	it('names a missing field and an unknown one', () => {
		const error = problemOf(landes.replace(/^region: .*$/m, 'regoin: Nouvelle-Aquitaine'));
		expect(error.message).toContain('region');
		expect(error.message).toMatch(/regoin/);
	});

	it('explains invalid YAML and an unknown SITE_TERRITORY', () => {
		expect(problemOf('name: [unclosed').message).toMatch(/n'est pas du YAML valide/);
		expect(() => loadTerritory('atlantide')).toThrow(
			/SITE_TERRITORY="atlantide" ne désigne aucun fichier de territoire ; disponibles : ain, landes, pyrenees-atlantiques/,
		);
	});

	it('computes WCAG contrast ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
		expect(contrastRatio('#0b5d5b', '#ffffff')).toBeGreaterThan(4.5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
	});
});
