import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content-check/frontmatter';
import {
	buildRomeTable,
	offerProfessions,
	professionFor as professionIn,
	romeCodesToQuery,
	type RomeProfile,
} from '../../src/lib/offers/rome-map';
import { romeTable } from '../support/rome-table';

const professionFor = (romeCode: string, title: string) => professionIn(romeTable, romeCode, title);

const profileDir = 'content/metiers/fr';

describe('ROME codes → job profiles', () => {
	it('points only to current job profiles (never to a former title)', () => {
		for (const id of offerProfessions(romeTable)) {
			const file = `${profileDir}/${id}.mdx`;
			expect(existsSync(file), file).toBe(true);
			expect(readFileSync(file, 'utf8')).not.toMatch(/^replacedBy:/m);
		}
	});

	it('queries every ROME code, of both generations, that a profile lists', () => {
		const listed = new Set<string>();
		for (const file of readdirSync(profileDir)) {
			const { rome } = readFrontmatter(readFileSync(`${profileDir}/${file}`, 'utf8')).data as { rome?: { v3: string[]; v4: string[] } };
			for (const code of [...(rome?.v3 ?? []), ...(rome?.v4 ?? [])]) listed.add(code);
		}
		expect(listed.size).toBeGreaterThan(15);
		for (const code of listed) expect(romeCodesToQuery(romeTable), code).toContain(code);
	});

	it('maps unshared codes of both generations directly', () => {
		expect(professionFor('J1501', 'Aide-soignant de nuit')).toBe('aide-soignant');
		expect(professionFor('K1310', 'Garde d’enfants')).toBe('assistant-maternel');
		expect(professionFor('K1309', 'Famille d’accueil')).toBe('assistant-familial');
		expect(professionFor('K1225', 'Conseillère ESF')).toBe('conseiller-economie-sociale-familiale');
		expect(professionFor('k1208 ', 'Moniteur')).toBe('moniteur-educateur');
	});

	it('settles shared v3 codes with the title words', () => {
		expect(professionFor('K1303', 'Assistant familial (H/F)')).toBe('assistant-familial');
		expect(professionFor('K1303', 'ASSISTANTE MATERNELLE agréée')).toBe('assistant-maternel');
		expect(professionFor('K1303', 'Assistante maternelle en crèche familiale')).toBe('assistant-maternel');
		expect(professionFor('K1207', 'Moniteur-éducateur / Monitrice-éducatrice')).toBe('moniteur-educateur');
		expect(professionFor('K1207', 'Éducateur spécialisé')).toBe('educateur-specialise');
		expect(professionFor('K1201', 'Conseiller en économie sociale et familiale')).toBe('conseiller-economie-sociale-familiale');
		expect(professionFor('K1201', 'Assistant social polyvalent')).toBe('assistant-de-service-social');
		expect(professionFor('K1302', 'Accueillant familial')).toBe('accueillant-familial');
		expect(professionFor('K1302', 'Auxiliaire de vie')).toBe('accompagnant-educatif-et-social');
	});

	it('drops what it cannot place rather than guess', () => {
		expect(professionFor('K1303', 'Garde d’enfants à domicile')).toBeNull();
		// K1301 means "éducateur en locomotion" in ROME 4.0.
		expect(professionFor('K1301', 'Instructeur de locomotion')).toBeNull();
		expect(professionFor('K1301', 'Aide médico-psychologique (AMP)')).toBe('accompagnant-educatif-et-social');
		expect(professionFor('K1101', 'Délégué aux prestations familiales')).toBeNull();
		expect(professionFor('M1607', 'Secrétaire')).toBeNull();
		expect(professionFor('', 'Aide-soignant')).toBeNull();
	});

	it('points to the same fourteen profiles as before the table moved into the front matter', () => {
		expect(offerProfessions(romeTable)).toHaveLength(14);
	});
});

describe('buildRomeTable', () => {
	const profiles: RomeProfile[] = [
		{ id: 'soignant', rome: { v3: ['J1501'], v4: ['J1501'] } },
		{ id: 'familial', rome: { v3: ['K1303'], v4: ['K1309'], offerTitles: ['familial*'], titleRequired: ['K1303'] } },
		{
			id: 'maternel',
			rome: { v3: ['K1303'], v4: ['K1310'], offerTitles: ['maternel*', 'nounou*'], titleRequired: ['K1303'], before: ['familial'] },
		},
		{ id: 'social', rome: { v3: ['K1201'], v4: ['K1201'] } },
		{ id: 'cesf', rome: { v3: ['K1201'], v4: ['K1225'], offerTitles: ['cesf'], titleRequired: ['K1201'] } },
		{ id: 'mediateur', rome: { v3: ['K1101'], v4: ['K1101'], offerTitles: ['mediat*'], titleRequired: ['K1101'] } },
	];
	const table = buildRomeTable(profiles);

	it('lists each code once, the title-matched readings first, in their "before" order', () => {
		expect(romeCodesToQuery(table)).toEqual(['J1501', 'K1101', 'K1201', 'K1225', 'K1303', 'K1309', 'K1310']);
		expect(table.get('J1501')).toEqual([{ profession: 'soignant' }]);
		expect(table.get('K1303')).toEqual([
			{ profession: 'maternel', when: ['maternel*', 'nounou*'] },
			{ profession: 'familial', when: ['familial*'] },
		]);
		expect(table.get('K1201')).toEqual([{ profession: 'cesf', when: ['cesf'] }, { profession: 'social' }]);
		expect(table.get('K1225')).toEqual([{ profession: 'cesf' }]);
	});

	it('settles shared codes by title and drops what no title claims', () => {
		expect(professionIn(table, 'K1303', 'Assistante maternelle en crèche familiale')).toBe('maternel');
		expect(professionIn(table, 'K1303', 'Assistant familial')).toBe('familial');
		expect(professionIn(table, 'K1303', 'Garde d’enfants')).toBeNull();
		expect(professionIn(table, 'K1201', 'CESF')).toBe('cesf');
		expect(professionIn(table, 'K1201', 'Assistant social')).toBe('social');
		// One profile holds K1101, but only with a title match.
		expect(professionIn(table, 'K1101', 'Médiatrice familiale')).toBe('mediateur');
		expect(professionIn(table, 'K1101', 'Délégué aux prestations familiales')).toBeNull();
	});

	it('refuses profiles that leave a shared code ambiguous', () => {
		const social = profiles[3]!;
		expect(() => buildRomeTable([social, { id: 'autre', rome: { v3: ['K1201'], v4: ['K1201'] } }])).toThrow(/K1201.*titleRequired/);
		const unordered = profiles.map((p) => (p.id === 'maternel' ? { ...p, rome: { ...p.rome, before: undefined } } : p));
		expect(() => buildRomeTable(unordered)).toThrow(/K1303.*rome\.before/);
		expect(() => buildRomeTable([{ id: 'a', rome: { v3: [], v4: ['K1310'], before: ['nobody'] } }])).toThrow(/nobody/);
	});
});
