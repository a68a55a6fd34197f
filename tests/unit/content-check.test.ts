import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content-check/check';
import { closest } from '../../src/lib/content-check/messages';
import { cleanUp, copyOfContent } from '../support/content-copy';

afterAll(cleanUp);

function edit(root: string, file: string, change: (text: string) => string) {
	const path = join(root, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const profile = 'content/metiers/fr/aide-soignant.mdx';
const session = 'content/formations/sessions/cfps-mont-de-marsan-deas-2027-01.yaml';
const event = 'content/agenda/fr/job-dating-grand-age-mont-de-marsan.mdx';

/**
 * One broken file per kind of mistake staff make; each must come back in French,
 * with the file, the line and the field. Errors stop the build; warnings do not.
 */
const corpus: { mistake: string; file: string; change: (text: string) => string; field: string; message: RegExp }[] = [
	{
		mistake: 'a missing field',
		file: profile,
		change: (t) => t.replace(/^hook: .*\n/m, ''),
		field: 'hook',
		message: /^est obligatoire \(un texte\)$/,
	},
	{
		mistake: 'a wrong type',
		file: profile,
		change: (t) => t.replace(/^order: .*$/m, 'order: "premier"'),
		field: 'order',
		message: /^doit être un nombre, pas "premier"$/,
	},
	{
		mistake: 'a value out of a list',
		file: profile,
		change: (t) => t.replace(/^level: 4$/m, 'level: 7'),
		field: 'level',
		message: /niveau de qualification : 3, 4, 5 ou 6/,
	},
	{
		mistake: 'a bad date',
		file: session,
		change: (t) => t.replace(/^start: .*$/m, 'start: le 4 janvier'),
		field: 'start',
		message: /^doit être une date écrite AAAA-MM-JJ/,
	},
	{
		mistake: 'an end before the start',
		file: event,
		change: (t) => t.replace(/^end: .*$/m, 'end: 2020-01-01T10:00'),
		field: 'end',
		message: /^doit être le même jour que le début ou après$/,
	},
	{
		mistake: 'an unknown reference, with the closest ids',
		file: profile,
		change: (t) => t.replace(/^careerMoves: \[/m, 'careerMoves: [acompagnant-educatif-et-social, '),
		field: 'careerMoves[0]',
		message:
			/^« acompagnant-educatif-et-social » n'est pas un identifiant connu \(fiche métier\) ; les plus proches : accompagnant-educatif-et-social/,
	},
	{
		mistake: 'an unknown field',
		file: session,
		change: (t) => `${t}lieu: Dax\n`,
		field: '(front matter)',
		message: /^champ\(s\) inconnu\(s\) ici : lieu$/,
	},
	{
		mistake: 'a sentence too long for easy reading',
		file: 'content/facile-a-lire/fr/aide-soignant.yaml',
		change: (t) =>
			t.replace(
				'"Il travaille en équipe avec l\'infirmier."',
				'"Il travaille en équipe avec l\'infirmier et avec tous les autres soignants du service, le jour comme la nuit."',
			),
		field: 'sections[0].sentences[3]',
		message: /^a 20 mots : en facile à lire, une phrase a 15 mots au plus/,
	},
	{
		mistake: 'an acronym in easy-to-read text',
		file: 'content/facile-a-lire/fr/aide-soignant.yaml',
		change: (t) => t.replace('dans une maison de retraite médicalisée', 'dans un EHPAD'),
		field: 'sections[1].sentences[1]',
		message: /sigle « EHPAD » : écrivez les mots en entier/,
	},
	{
		mistake: 'a video without French captions',
		file: 'content/temoignages/fr/ines-aide-soignante.mdx',
		change: (t) => t.replace('lang: fr,', 'lang: es,'),
		field: 'captions',
		message: /sous-titres en français/,
	},
];

describe('content checker', () => {
	it('finds no error in the shipped content', () => {
		const { problems, entries } = checkContent();
		expect(problems).toEqual([]);
		expect(formatProblems(problems)).toMatch(/^Aucune erreur\./);
		expect(entries.filter((e) => e.collection === 'profiles')).toHaveLength(16);
	});

	for (const { mistake, file, change, field, message } of corpus) {
		it(`names the file, line and field of ${mistake}, in French`, () => {
			const root = copyOfContent();
			edit(root, file, change);
			const { problems } = checkContent(root);
			const found = problems.find((p) => p.file === file && p.field === field);
			expect(found, JSON.stringify(problems)).toBeDefined();
			expect(found!.message).toMatch(message);
			expect(found!.line).toBeGreaterThanOrEqual(1);
		});
	}

	it('reports every problem at once: a bad level and an unknown career move in the same file', () => {
		const root = copyOfContent();
		edit(root, profile, (t) => t.replace(/^level: 4$/m, 'level: 7').replace(/^careerMoves: \[/m, 'careerMoves: [infirmier-de-bloc, '));
		const { problems } = checkContent(root);
		const mine = problems.filter((p) => p.file === profile);
		expect(mine.map((p) => p.field)).toEqual(['level', 'careerMoves[0]']);
		const text = formatProblems(problems);
		const levelLine =
			readFileSync(join(root, profile), 'utf8')
				.split('\n')
				.findIndex((l) => l.startsWith('level:')) + 1;
		expect(text).toContain(`${profile}:${levelLine}  level  doit être un niveau de qualification`);
	});

	it('requires the facts of a full profile but not of a former job title', () => {
		const root = copyOfContent();
		edit(root, profile, (t) => t.replace(/^salary:\n( {2}.*\n)+/m, ''));
		const { problems } = checkContent(root);
		expect(problems).toEqual([
			expect.objectContaining({
				file: profile,
				field: 'salary',
				message: expect.stringContaining('est obligatoire pour une fiche métier'),
			}),
		]);
	});

	it('reports broken YAML, a translation without a French original, and a file name that cannot be an address', () => {
		const root = copyOfContent();
		edit(root, 'content/metiers/fr/moniteur-educateur.mdx', (t) => t.replace(/^title: (.*)$/m, 'title: "unclosed'));
		writeFileSync(
			join(root, 'content/metiers/en/infirmier.mdx'),
			'---\ntitle: Nurse\nhook: A nurse looks after patients.\nskills: [a1]\nqualities: [b1]\nworkingConditions: [c1]\n---\nText\n',
		);
		writeFileSync(join(root, 'content/pages/fr/Éducateur.mdx'), '---\ntitle: X\ndescription: Une page de test.\n---\n');
		const { problems } = checkContent(root);
		expect(problems.find((p) => p.file === 'content/metiers/fr/moniteur-educateur.mdx')?.message).toMatch(
			/le front matter n'est pas du YAML valide \(ligne \d+ du fichier\)/,
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'content/metiers/en/infirmier.mdx',
				field: '(nom du fichier)',
				message: expect.stringContaining('content/metiers/fr/infirmier.mdx'),
			}),
		);
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/pages/fr/Éducateur.mdx', field: '(nom du fichier)' }));
	});

	it('refuses a translation in a folder of an unknown language', () => {
		const root = copyOfContent();
		mkdirSync(join(root, 'content/metiers/de'));
		writeFileSync(join(root, 'content/metiers/de/aide-soignant.mdx'), '---\ntitle: Pflegehelfer\n---\n');
		const { problems } = checkContent(root);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'content/metiers/de', field: '(dossier)', message: expect.stringMatching(/^langue inconnue/) }),
		);
	});

	it('lists missing translations as warnings, not errors', () => {
		const root = copyOfContent();
		rmSync(join(root, 'content/metiers/ar/aide-soignant.mdx'));
		const { problems, warnings, translations } = checkContent(root);
		expect(problems).toEqual([]);
		expect(translations).toContainEqual({ file: profile, missing: ['ar'] });
		expect(warnings).toContainEqual(
			expect.objectContaining({ file: profile, field: '(traduction)', message: expect.stringContaining('ar') }),
		);
	});

	it('requires the easy-to-read version of every current profile in French, not of a former title', () => {
		const root = copyOfContent();
		rmSync(join(root, 'content/facile-a-lire/fr/aide-soignant.yaml'));
		const { problems } = checkContent(root);
		expect(problems).toContainEqual({
			file: profile,
			line: 1,
			field: '(version facile à lire)',
			message: 'manque : écrivez content/facile-a-lire/fr/aide-soignant.yaml (même nom que ce fichier)',
		});
		expect(problems.filter((p) => p.field === '(version facile à lire)')).toHaveLength(1);
		// Other languages may write their own: a missing one is only a warning (the French one is shown).
		expect(
			checkContent().warnings.some((w) => w.file === 'content/facile-a-lire/fr/aide-soignant.yaml' && w.field === '(traduction)'),
		).toBe(true);
	});

	it('suggests the closest known ids', () => {
		expect(closest('aide-soigant', ['aide-soignant', 'aide-a-domicile', 'educateur-specialise'])[0]).toBe('aide-soignant');
	});
});
