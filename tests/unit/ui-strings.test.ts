import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/errors';
import { aroundPlaceholder, translator, validateUiStrings } from '../../src/lib/i18n/strings';
import { localeCodes } from '../../src/lib/i18n/locales';

const shipped = Object.fromEntries(localeCodes.map((l) => [l, JSON.parse(readFileSync(`content/ui/${l}.json`, 'utf8'))]));
const fr = { 'nav.home': 'Accueil', 'metiers.count': 'Métiers affichés : {count}' };
const good = { 'nav.home': 'Home', 'metiers.count': 'Careers shown: {count}' };

function errorOf(files: Record<string, unknown>): ContentError {
	try {
		validateUiStrings(files);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected a ContentError');
}

describe('interface strings', () => {
	it('accepts the shipped files: every locale has every French key', () => {
		const strings = validateUiStrings(shipped);
		expect(Object.keys(strings.ar)).toEqual(Object.keys(shipped.fr));
	});

	it('names the locale file and the missing key', () => {
		const error = errorOf({ fr, en: good, es: good, ar: { 'nav.home': 'الرئيسية' }, uk: good });
		expect(error.file).toBe('content/ui/ar.json');
		expect(error.message).toContain('metiers.count : clé manquante');
	});

	it('names the locale file and the extra key', () => {
		const error = errorOf({ fr, en: { ...good, 'nav.extra': 'Extra' }, es: good, ar: good, uk: good });
		expect(error.file).toBe('content/ui/en.json');
		expect(error.message).toContain('nav.extra : clé en trop');
	});

	it('refuses a translation that drops a placeholder', () => {
		const error = errorOf({ fr, en: good, es: { ...good, 'metiers.count': 'Oficios' }, ar: good, uk: good });
		expect(error.file).toBe('content/ui/es.json');
		expect(error.message).toContain('metiers.count : doit garder le repère {count}');
	});

	it('refuses an empty text and a missing file', () => {
		expect(errorOf({ fr, en: good, es: good, ar: good, uk: { ...good, 'nav.home': ' ' } }).message).toContain(
			'nav.home : doit être un texte non vide',
		);
		expect(errorOf({ fr, en: good, es: good, ar: good }).file).toBe('content/ui/uk.json');
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		const t = translator(fr as never);
		expect(t('metiers.count' as never, { count: 3 })).toBe('Métiers affichés : 3');
		expect(t('metiers.count' as never)).toBe('Métiers affichés : {count}');
	});

	it('splits a translated sentence around a value that gets its own markup', () => {
		const ar = JSON.parse(readFileSync('content/ui/ar.json', 'utf8'));
		const [before, after] = aroundPlaceholder(translator(ar)('offers.source' as never), 'source');
		expect(before).toBe('المصدر: ');
		expect(after).toBe('');
		expect(aroundPlaceholder('Salaire {year}, source : {source}.', 'source')).toEqual(['Salaire {year}, source : ', '.']);
		expect(aroundPlaceholder('No value here', 'source')).toEqual(['No value here', '']);
	});
});
