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

	it('writes every count with the plural form of its language', () => {
		const t = (locale: (typeof localeCodes)[number]) => translator(validateUiStrings(shipped)[locale], locale);
		// Ukrainian: 1, 21 one; 2–4, 22–24 few; 5–20, 25 many.
		expect([1, 2, 5, 14, 21, 22].map((count) => t('uk')('offers.count', { count }))).toEqual([
			'1 вакансія',
			'2 вакансії',
			'5 вакансій',
			'14 вакансій',
			'21 вакансія',
			'22 вакансії',
		]);
		// Arabic: zero, one, two, few (3–10), many (11–99), other (100…), with Western digits.
		expect([0, 1, 2, 3, 11, 100].map((count) => t('ar')('offers.count', { count }))).toEqual([
			'لا عروض',
			'عرض واحد',
			'عرضان',
			'3 عروض',
			'11 عرضًا',
			'100 عرض',
		]);
		expect([0, 1, 2].map((count) => t('fr')('offers.count', { count }))).toEqual(['0 offre', '1 offre', '2 offres']);
		expect(t('en')('search.results', { count: 1, query: 'aide' })).toBe('1 result for “aide”');
		expect(t('fr')('metiers.count', { count: 1200 }).replace(/\u202f/g, ' ')).toBe('1 200 métiers');
	});

	it('refuses a count that lacks a form its language uses, naming the forms', () => {
		const plural = { 'nav.home': 'Accueil', 'offers.count': '{count, plural, one {# offre} other {# offres}}' };
		const english = { 'nav.home': 'Home', 'offers.count': '{count, plural, one {# offer} other {# offers}}' };
		const error = errorOf({ fr: plural, en: english, es: english, ar: english, uk: english });
		expect(error.file).toBe('content/ui/ar.json');
		expect(error.message).toContain('offers.count : le pluriel de {count} doit avoir les formes zero, two, few, many de cette langue');
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
