import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offerProfessions, professionFor, romeCodesToQuery } from '../../src/lib/offers/rome-map';

const profileDir = 'content/metiers/fr';

describe('ROME codes → job profiles', () => {
	it('points only to current job profiles (never to a former title)', () => {
		for (const id of offerProfessions) {
			const file = `${profileDir}/${id}.mdx`;
			expect(existsSync(file), file).toBe(true);
			expect(readFileSync(file, 'utf8')).not.toMatch(/^replacedBy:/m);
		}
	});

	it('queries every ROME code, of both generations, that a profile lists', () => {
		const listed = new Set<string>();
		for (const file of readdirSync(profileDir)) {
			const rome = /^rome:\s*\{(.*)\}/m.exec(readFileSync(`${profileDir}/${file}`, 'utf8'))?.[1] ?? '';
			for (const code of rome.match(/[A-N]\d{4}/g) ?? []) listed.add(code);
		}
		expect(listed.size).toBeGreaterThan(15);
		for (const code of listed) expect(romeCodesToQuery, code).toContain(code);
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
});
