import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { drawingAccents, professionPicture, recolour } from '../../src/lib/illustrations';
import { sectors } from '../../src/schemas/profile';

const root = 'src/assets/illustrations';
const files = (kind: string) =>
	readdirSync(join(root, kind))
		.filter((f) => f.endsWith('.svg'))
		.map((f) => f.slice(0, -4));
/** Current professions: French profiles that are not a former title. */
const professions = readdirSync('content/metiers/fr')
	.map((f) => ({ id: f.replace(/\.mdx$/, ''), data: yaml.load(readFileSync(join('content/metiers/fr', f), 'utf8').split('---')[1]!) }))
	.filter((p) => !(p.data as { replacedBy?: string }).replacedBy)
	.map((p) => p.id);

describe('illustrations', () => {
	it('draw every current profession and every sector', () => {
		expect(files('professions').sort()).toEqual([...professions].sort());
		expect(files('sectors').sort()).toEqual([...sectors].sort());
	});

	it('are light, self-contained and safe to show several times on one page', () => {
		for (const kind of ['professions', 'sectors']) {
			for (const id of files(kind)) {
				const svg = readFileSync(join(root, kind, `${id}.svg`), 'utf8');
				expect(svg.length, id).toBeLessThanOrEqual(3000);
				expect(svg, id).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 240 160"/);
				expect(svg, id).not.toMatch(/<(text|image|script|style|use)\b|\sid=|href=/);
				expect(svg, id).toContain(drawingAccents.primary);
			}
		}
	});

	it('take the territory colours', () => {
		const svg = `<rect fill="${drawingAccents.primary}"/><circle fill="${drawingAccents.secondary}"/>`;
		expect(recolour(svg, { primary: '#1F3A93', secondary: '#a02060' })).toBe('<rect fill="#1f3a93"/><circle fill="#a02060"/>');
	});

	it('show a former title with the current profession’s picture, and nothing where none is drawn', () => {
		const available = new Set(['professions/accompagnant-educatif-et-social']);
		expect(
			professionPicture({ id: 'aide-medico-psychologique', facts: { replacedBy: 'accompagnant-educatif-et-social' } }, available),
		).toBe('/illustrations/professions/accompagnant-educatif-et-social.svg');
		expect(professionPicture({ id: 'aide-soignant', facts: {} }, available)).toBeUndefined();
	});
});
