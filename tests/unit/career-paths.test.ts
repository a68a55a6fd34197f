import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content-check/frontmatter';
import {
	buildCareerGraph,
	layoutCareerGraph,
	movesFrom,
	wrapLabel,
	type DiplomaFacts,
	type ProfileFacts,
} from '../../src/lib/orientation/career-paths';
import { externalDestinations } from '../../src/lib/orientation/external-destinations';
import fr from '../../content/ui/fr.json';

// The shipped French facts, read as the content collections read them.
const read = <T>(folder: string) =>
	readdirSync(folder)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => ({ id: f.replace(/\.mdx$/, ''), ...(readFrontmatter(readFileSync(`${folder}/${f}`, 'utf8')).data as object) }) as T);
const profiles = read<ProfileFacts & { careerMoves?: string[] }>('content/metiers/fr').map((p) => ({
	...p,
	careerMoves: p.careerMoves ?? [],
}));
const diplomas = read<DiplomaFacts & { shortenedFrom?: string[]; professions?: string[] }>('content/formations/fr').map((d) => ({
	...d,
	shortenedFrom: d.shortenedFrom ?? [],
	professions: d.professions ?? [],
}));
const graph = buildCareerGraph(profiles, diplomas, externalDestinations);
const edge = (from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to);

describe('career paths graph', () => {
	it('marks DEAES → DEAS as a shortened route from AES to aide-soignant', () => {
		expect(edge('accompagnant-educatif-et-social', 'aide-soignant')?.shortened).toEqual({ diploma: 'deas', via: ['deaes'] });
		// DEME from DEAES, DEES from DEME.
		expect(edge('accompagnant-educatif-et-social', 'moniteur-educateur')?.shortened).toEqual({ diploma: 'deme', via: ['deaes'] });
		expect(edge('moniteur-educateur', 'educateur-specialise')?.shortened).toEqual({ diploma: 'dees', via: ['deme'] });
		// No diploma connects these two: an ordinary move.
		expect(edge('aide-soignant', 'moniteur-educateur')?.shortened).toBeNull();
	});

	it('makes one edge of every career move of a current profession', () => {
		const current = profiles.filter((p) => !p.replacedBy);
		const moves = current.flatMap((p) => p.careerMoves.map((to) => `${p.id}→${to}`));
		const internal = graph.edges.filter((e) => graph.nodes.find((n) => n.id === e.to)!.kind === 'profile');
		expect(internal.map((e) => `${e.from}→${e.to}`).sort()).toEqual(moves.sort());
		expect(graph.nodes.filter((n) => n.kind === 'profile')).toHaveLength(current.length);
	});

	it('leaves former titles out, as nodes and as destinations', () => {
		const former = new Set(profiles.filter((p) => p.replacedBy).map((p) => p.id));
		expect(former.size).toBeGreaterThan(0);
		expect(graph.nodes.some((n) => former.has(n.id))).toBe(false);
		expect(graph.edges.some((e) => former.has(e.to) || former.has(e.from))).toBe(false);
		const made = buildCareerGraph(
			[
				{ id: 'a', level: 3, careerMoves: ['old', 'b'] },
				{ id: 'b', level: 4, careerMoves: [] },
				{ id: 'old', replacedBy: 'a', careerMoves: ['b'] },
			],
			[],
		);
		expect(made.edges.map((e) => `${e.from}→${e.to}`)).toEqual(['a→b']);
	});

	it('names the moves that leave this site, each from a profession of the site', () => {
		const nurse = edge('aide-soignant', 'infirmier');
		expect(nurse).toBeDefined();
		expect(nurse!.shortened).toEqual({ diploma: null, via: ['deas'] });
		expect(graph.nodes.find((n) => n.id === 'infirmier')).toEqual({ id: 'infirmier', kind: 'external', level: 6 });
		// The DEAP has a shortened route for DEAES and DEAS holders (its shortenedFrom).
		expect(edge('accompagnant-educatif-et-social', 'auxiliaire-de-puericulture')?.shortened).toEqual({ diploma: 'deap', via: ['deaes'] });
		for (const d of externalDestinations) {
			expect(d.from.every((id) => profiles.some((p) => p.id === id && !p.replacedBy))).toBe(true);
			expect(fr[d.name]).toBeTruthy();
			if (d.route) expect(d.route.source.url).toMatch(/^https:\/\//);
		}
	});

	it('keeps professions without a required diploma apart, with no level', () => {
		const none = graph.nodes.filter((n) => n.level === null).map((n) => n.id);
		expect(none.sort()).toEqual(['accueillant-familial', 'assistant-maternel']);
		expect(movesFrom(graph, 'assistant-maternel').map((e) => e.to)).toContain('educateur-de-jeunes-enfants');
	});
});

describe('career paths layout', () => {
	const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
		a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

	for (const rtl of [false, true]) {
		it(`places every node once, inside the drawing, without overlap${rtl ? ' (right to left)' : ''}`, () => {
			const layout = layoutCareerGraph(graph, { rtl });
			expect(layout.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
			for (const [i, a] of layout.nodes.entries()) {
				expect(a.x).toBeGreaterThanOrEqual(0);
				expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
				expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
				for (const b of layout.nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} and ${b.id}`).toBe(false);
			}
			// Every move is drawn once: alone, or with the move back on the same line.
			const drawn = layout.edges.flatMap((e) => [e, ...(e.back ? [e.back] : [])]).map((e) => `${e.from}→${e.to}`);
			expect(drawn.sort()).toEqual(graph.edges.map((e) => `${e.from}→${e.to}`).sort());
			for (const e of layout.edges.filter((x) => x.back)) {
				expect(e.back).toMatchObject({ from: e.to, to: e.from, shortened: null });
				expect(e.shortened).toBeNull();
			}
		});
	}

	it('puts level 6 at the top, then 4 and 3, and the professions without a diploma at the bottom', () => {
		const layout = layoutCareerGraph(graph);
		expect(layout.rows.map((r) => r.level)).toEqual([6, 4, 3, null]);
		const y = (id: string) => layout.nodes.find((n) => n.id === id)!.y;
		expect(y('educateur-specialise')).toBeLessThan(y('moniteur-educateur'));
		expect(y('moniteur-educateur')).toBeLessThan(y('accompagnant-educatif-et-social'));
		expect(y('accompagnant-educatif-et-social')).toBeLessThan(y('assistant-maternel'));
		expect(y('infirmier')).toBe(y('educateur-specialise'));
	});

	it('draws each arrow from the border of one box to the border of the other', () => {
		const layout = layoutCareerGraph(graph);
		const box = (id: string) => layout.nodes.find((n) => n.id === id)!;
		for (const e of layout.edges) {
			const [x1, y1] = e.d.slice(1).split(/[ C]/).map(Number);
			const [x2, y2] = e.d.split(' ').slice(-2).map(Number);
			const a = box(e.from);
			const b = box(e.to);
			expect([a.y, a.y + a.height]).toContain(y1);
			expect([b.y, b.y + b.height]).toContain(y2);
			expect(x1).toBeGreaterThan(a.x);
			expect(x1).toBeLessThan(a.x + a.width);
			expect(x2).toBeGreaterThan(b.x);
			expect(x2).toBeLessThan(b.x + b.width);
		}
	});

	it('mirrors the drawing right to left, level labels on the right', () => {
		const ltr = layoutCareerGraph(graph);
		const rtl = layoutCareerGraph(graph, { rtl: true });
		const a = ltr.nodes.find((n) => n.id === 'aide-soignant')!;
		const b = rtl.nodes.find((n) => n.id === 'aide-soignant')!;
		expect(b.x).toBeCloseTo(ltr.width - a.x - a.width, 0);
		expect(rtl.rows[0]!.labelX).toBeGreaterThan(rtl.width / 2);
	});
});

describe('wrapLabel', () => {
	it('cuts at spaces without losing a word', () => {
		const text = 'Technicien de l’intervention sociale et familiale';
		const lines = wrapLabel(text, 19);
		expect(lines.join(' ')).toBe(text);
		expect(lines.every((l) => l.length <= 19 || !l.includes(' '))).toBe(true);
		expect(wrapLabel('Aide-soignant')).toEqual(['Aide-soignant']);
	});
});
