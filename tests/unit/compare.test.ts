import { describe, expect, it } from 'vitest';
import {
	commonPairs,
	compareTable,
	likesAndHard,
	parseSelection,
	selectionQuery,
	type CompareData,
} from '../../src/lib/orientation/compare';

const body = `
## Missions

Text.

## Une journée type

Morning.

## Ce qui plaît

- Un métier **utile**, qu'on voit tout de suite.
- Le [contact](/x/) humain.

## Ce qui est difficile

Les situations sont dures. Il faut accepter de ne pas tout régler ! Les horaires pèsent.

## Comment y accéder
`;

describe('comparison', () => {
	it('reads what people like and find hard from the profile body, lists or sentences', () => {
		expect(likesAndHard(body)).toEqual({
			likes: ["Un métier utile, qu'on voit tout de suite.", 'Le contact humain.'],
			hard: ['Les situations sont dures.', 'Il faut accepter de ne pas tout régler !', 'Les horaires pèsent.'],
		});
		expect(likesAndHard('No sections')).toEqual({ likes: [], hard: [] });
	});

	it('pre-builds each pair of a profession and one it leads to, once, in editorial order', () => {
		const pairs = commonPairs([
			{ id: 'as', careerMoves: ['aes', 'ide'] },
			{ id: 'aes', careerMoves: ['as', 'me'] },
			{ id: 'me', careerMoves: ['aes', 'as'] },
		]);
		expect(pairs).toEqual([
			['as', 'aes'],
			['as', 'me'],
			['aes', 'me'],
		]);
	});

	it('keeps two or three known professions from a shareable address, each once', () => {
		const known = new Set(['a', 'b', 'c', 'd']);
		expect(parseSelection('?metier=b&metier=x&metier=b&metier=a', known)).toEqual(['b', 'a']);
		expect(parseSelection('?metier=a&metier=b&metier=c&metier=d', known)).toEqual(['a', 'b', 'c']);
		expect(parseSelection(selectionQuery(['c', 'a']), known)).toEqual(['c', 'a']);
	});

	it('lays out one heading and one cell per profession for every row, in the order chosen', () => {
		const cells = (v: string) => ({ level: [v], training: [], routes: [], salary: [], workplaces: [], schedule: [], likes: [], hard: [] });
		const data: CompareData = {
			labels: { level: 'Niveau', training: 'T', routes: 'R', salary: 'S', workplaces: 'W', schedule: 'H', likes: 'L', hard: 'D' },
			columns: [
				{ id: 'a', title: 'A', lang: 'fr', href: '/a/', cells: cells('4') },
				{ id: 'b', title: 'B', lang: 'fr', href: '/b/', cells: cells('6') },
			],
		};
		const table = compareTable(data, ['b', 'a']);
		expect(table.columns.map((c) => c.id)).toEqual(['b', 'a']);
		expect(table.rows[0]).toEqual({ id: 'level', label: 'Niveau', cells: [['6'], ['4']] });
		expect(table.rows).toHaveLength(8);
	});
});

describe('try the job', () => {
	it('pre-fills La bonne alternance with the ROME codes and the French job name', async () => {
		const { apprenticeshipSearch } = await import('../../src/lib/orientation/try-it');
		expect(apprenticeshipSearch(['J1501', 'K1302'], 'Aide-soignant')).toBe(
			'https://labonnealternance.apprentissage.beta.gouv.fr/recherche-apprentissage?romes=J1501,K1302&job_name=Aide-soignant',
		);
		expect(apprenticeshipSearch(['K1207'], 'Éducateur spécialisé')).toContain('job_name=%C3%89ducateur+sp%C3%A9cialis%C3%A9');
	});
});
