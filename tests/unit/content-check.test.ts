import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content-check/check';
import { cleanUp, copyOfContent } from '../support/content-copy';

afterAll(cleanUp);

function edit(root: string, file: string, change: (text: string) => string) {
	const path = join(root, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const profile = 'content/metiers/fr/aide-soignant.mdx';

describe('content checker', () => {
	it('finds no problem in the shipped content', () => {
		const { problems, entries } = checkContent();
		expect(formatProblems(problems)).toBe('0 content problem(s) found. Fix them and build again:');
		expect(entries.filter((e) => e.collection === 'profiles')).toHaveLength(16);
	});

	it('names the file and the field of a missing required field', () => {
		const root = copyOfContent();
		edit(root, profile, (t) => t.replace(/^hook: .*\n/m, ''));
		const { problems } = checkContent(root);
		expect(problems).toContainEqual({ file: profile, field: 'hook', message: 'is required (a text)' });
	});

	it('names the file and the field of a wrong level', () => {
		const root = copyOfContent();
		edit(root, profile, (t) => t.replace(/^level: 4$/m, 'level: 7'));
		const { problems } = checkContent(root);
		expect(problems).toContainEqual({ file: profile, field: 'level', message: 'must be a qualification level: 3, 4, 5 or 6' });
	});

	it('names the file and the position of a dangling career move', () => {
		const root = copyOfContent();
		edit(root, profile, (t) => t.replace(/^careerMoves: \[/m, 'careerMoves: [infirmier-de-bloc, '));
		const { problems } = checkContent(root);
		const problem = problems.find((p) => p.field === 'careerMoves[0]');
		expect(problem?.file).toBe(profile);
		expect(problem?.message).toMatch(/^"infirmier-de-bloc" is not a job profile id; known ids: accompagnant-educatif-et-social/);
	});

	it('requires the facts of a full profile but not of a former job title', () => {
		const root = copyOfContent();
		edit(root, profile, (t) => t.replace(/^salary:\n( {2}.*\n)+/m, ''));
		edit(root, 'content/metiers/fr/aide-medico-psychologique.mdx', (t) => t);
		const { problems } = checkContent(root);
		expect(problems).toEqual([{ file: profile, field: 'salary', message: expect.stringContaining('is required for a job profile') }]);
	});

	it('reports broken YAML, an unknown enum value and a translation without a French original', () => {
		const root = copyOfContent();
		edit(root, profile, (t) => t.replace(/^sectors: \[autonomie/m, 'sectors: [vieillesse'));
		edit(root, 'content/metiers/fr/moniteur-educateur.mdx', (t) => t.replace(/^title: (.*)$/m, 'title: "unclosed'));
		writeFileSync(
			join(root, 'content/metiers/en/infirmier.mdx'),
			'---\ntitle: Nurse\nhook: A nurse looks after patients.\nskills: [a1]\nqualities: [b1]\nworkingConditions: [c1]\n---\nText\n',
		);
		const { problems } = checkContent(root);
		expect(problems).toContainEqual({
			file: profile,
			field: 'sectors[0]',
			message: 'must be one of: "autonomie", "handicap", "enfance-famille", "insertion"',
		});
		expect(problems.find((p) => p.file === 'content/metiers/fr/moniteur-educateur.mdx')?.message).toMatch(
			/front matter is not valid YAML \(front matter line \d+\)/,
		);
		expect(problems).toContainEqual({
			file: 'content/metiers/en/infirmier.mdx',
			field: '(file name)',
			message: 'translates no French job profile: content/metiers/fr/infirmier.mdx does not exist',
		});
	});

	it('refuses a file name that cannot be a stable URL', () => {
		const root = copyOfContent();
		writeFileSync(join(root, 'content/pages/fr/Éducateur.mdx'), '---\ntitle: X\ndescription: Une page de test.\n---\n');
		const { problems } = checkContent(root);
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/pages/fr/Éducateur.mdx', field: '(file name)' }));
	});
});
