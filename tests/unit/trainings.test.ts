import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check';
import { addYears, buildNow, yearsToUpcoming } from '../../src/lib/dates';
import { courseJsonLd } from '../../src/lib/trainings/jsonld';
import { facetValueLabel, matchesFacet, prebuiltFilters } from '../../src/lib/facets';
import { translator } from '../../src/lib/i18n/strings';
import { trainings } from '../../src/sections';
import { paths } from '../../src/lib/routing';
import fr from '../../content/ui/fr.json';
import { cleanUp, copyOfContent } from '../support/content-copy';

// The pure part of src/lib/content/trainings.ts (that module reads astro:content).
async function upcoming() {
	const { upcomingSessions } = await import('../../src/lib/content/trainings');
	return upcomingSessions;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const session = (start: string, end: string, example: boolean) => ({
	start: day(start),
	end: day(end),
	example,
	applicationPeriod: { from: day(start.replace(/^\d{4}/, (y) => String(Number(y) - 1))), to: day(start) },
});

describe('upcoming sessions', () => {
	const now = day('2026-12-01');

	it('drop real sessions that started before the build date and keep the soonest first', async () => {
		const keep = await upcoming();
		const list = keep(
			[session('2027-03-01', '2027-12-01', false), session('2026-11-30', '2027-06-01', false), session('2026-12-01', '2027-01-01', false)],
			now,
		);
		expect(list.map((s) => s.start.toISOString().slice(0, 10))).toEqual(['2026-12-01', '2027-03-01']);
	});

	it('move demonstration sessions forward by whole years, every date alike, so they never look stale', async () => {
		const keep = await upcoming();
		const [moved] = keep([session('2024-09-02', '2025-07-04', true)], now);
		expect(moved!.start.toISOString().slice(0, 10)).toBe('2027-09-02');
		expect(moved!.end.toISOString().slice(0, 10)).toBe('2028-07-04');
		expect(moved!.applicationPeriod.to.toISOString().slice(0, 10)).toBe('2027-09-02');
		expect(yearsToUpcoming(day('2026-12-01'), now)).toBe(0);
		expect(addYears(day('2024-02-29'), 1).toISOString().slice(0, 10)).toBe('2025-03-01');
	});

	it('judge "now" at build time, or on the date BUILD_DATE names', () => {
		expect(buildNow({ BUILD_DATE: '2030-01-15' }).toISOString().slice(0, 10)).toBe('2030-01-15');
		expect(Math.abs(buildNow({}).getTime() - Date.now())).toBeLessThan(5000);
	});
});

describe('training facets and paths', () => {
	const t = translator(fr);
	const deas = {
		facts: {
			level: 4 as const,
			routes: ['formation-initiale', 'apprentissage'] as ('formation-initiale' | 'apprentissage')[],
			professions: ['aide-soignant'],
		},
		places: [{ id: 'landes', name: 'Landes' }],
	};
	const amat = {
		facts: { level: null, routes: ['formation-continue'] as 'formation-continue'[], professions: ['assistant-maternel'] },
		places: [],
	};

	it('pre-build lists by profession, level, route (apprenticeship first) and territory', () => {
		const built = prebuiltFilters(trainings.facets, [deas, amat]).map((f) => paths.trainings.filter(f.facet.id, f.value.value));
		expect(built).toEqual([
			'/formations/metier/aide-soignant/',
			'/formations/metier/assistant-maternel/',
			'/formations/niveau/4/',
			'/formations/niveau/sans-diplome/',
			'/formations/voie/apprentissage/',
			'/formations/voie/formation-initiale/',
			'/formations/voie/formation-continue/',
			'/formations/territoire/landes/',
		]);
		const [, , route, territory] = trainings.facets;
		expect(matchesFacet(route, amat, 'apprentissage')).toBe(false);
		expect(matchesFacet(territory, deas, 'landes')).toBe(true);
	});

	it('label a profession by its title in the visitor language', () => {
		const refs = (_: 'profiles', id: string) => ({ text: id === 'aide-soignant' ? 'Care assistant' : id });
		expect(facetValueLabel({ value: 'aide-soignant', ref: 'profiles' }, t, refs)).toEqual({ text: 'Care assistant' });
	});
});

describe('Course JSON-LD', () => {
	it('describes the diploma and one CourseInstance per session', () => {
		const data = courseJsonLd({
			url: 'https://example.org/formations/deas/',
			lang: 'fr',
			description: 'Soigner',
			facts: {
				name: "Diplôme d'État d'aide-soignant",
				acronym: 'DEAS',
				level: 4,
				rncp: 'RNCP40692',
				duration: { min: 11, unit: 'months' },
			},
			sessions: [{ start: day('2027-01-04'), end: day('2027-12-10'), mode: 'apprentissage', organisation: { name: 'IFAS', town: 'Dax' } }],
		});
		expect(data['@type']).toBe('Course');
		expect(data.educationalCredentialAwarded).toMatchObject({ identifier: 'RNCP40692' });
		expect(data.hasCourseInstance).toEqual([
			expect.objectContaining({ '@type': 'CourseInstance', startDate: '2027-01-04', endDate: '2027-12-10', courseMode: 'blended' }),
		]);
		expect(data.provider).toMatchObject({ name: 'IFAS' });
	});
});

describe('training content check', () => {
	afterAll(cleanUp);
	const copy = copyOfContent;
	const edit = (root: string, file: string, change: (text: string) => string) =>
		writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

	it('names the file and field of a session with an unknown diploma or organisation', () => {
		const root = copy();
		const file = 'content/formations/sessions/cfps-mont-de-marsan-deas-2027-01.yaml';
		edit(root, file, (s) =>
			s.replace('diploma: deas', 'diploma: deass-typo').replace('organisation: cfps-mont-de-marsan', 'organisation: ifas-inconnu'),
		);
		const { problems } = checkContent(root);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file,
				field: 'diploma',
				message: expect.stringMatching(/^« deass-typo » n'est pas un identifiant connu \(diplôme\)/),
			}),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file,
				field: 'organisation',
				message: expect.stringMatching(/^« ifas-inconnu » n'est pas un identifiant connu \(organisme de formation\)/),
			}),
		);
	});

	it('names an unknown profession in a diploma, a bad date, and a fact written in a translation', () => {
		const root = copy();
		edit(root, 'content/formations/fr/deas.mdx', (s) => s.replace('professions: [aide-soignant]', 'professions: [infirmier]'));
		edit(root, 'content/formations/sessions/cfps-mont-de-marsan-deas-2027-01.yaml', (s) => s.replace('end: 2027-12-10', 'end: 2026-01-01'));
		edit(root, 'content/formations/en/deas.mdx', (s) => s.replace(/^---\n/, '---\nlevel: 4\n'));
		const { problems } = checkContent(root);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'content/formations/fr/deas.mdx',
				field: 'professions[0]',
				message: expect.stringMatching(/^« infirmier » n'est pas un identifiant connu \(fiche métier\)/),
			}),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'content/formations/sessions/cfps-mont-de-marsan-deas-2027-01.yaml', field: 'end' }),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'content/formations/en/deas.mdx', message: expect.stringContaining('level') }),
		);
	});

	it('asks a real organisation for its sources', () => {
		const root = copy();
		edit(root, 'content/formations/organismes/its-pierre-bourdieu.yaml', (s) => s.replace(/sources:[\s\S]*$/, ''));
		const { problems } = checkContent(root);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'content/formations/organismes/its-pierre-bourdieu.yaml', field: 'sources' }),
		);
	});
});
