import { describe, expect, it } from 'vitest';
import { localize } from '../../src/lib/content/localize';
import { inTerritory } from '../../src/lib/content/territory-filter';
import { occupationJsonLd } from '../../src/lib/profiles/jsonld';
import { serialiseJsonLd } from '../../src/lib/jsonld';
import { formatDuration, formatEuros, formatMonth } from '../../src/lib/format';
import { qrSvg } from '../../src/lib/qr';
import { estimatedNet, salaryLines } from '../../src/lib/profiles/salary';

describe('localisation of entries', () => {
	const french = [{ id: 'a' }, { id: 'b' }];
	const translations = [{ id: 'en/a' }, { id: 'es/b' }];

	it('uses the translation when it exists and flags the French fallback otherwise', () => {
		const en = localize(french, translations, 'en');
		expect(en.map((e) => [e.id, e.shown.id, e.lang, e.isFallback])).toEqual([
			['a', 'en/a', 'en', false],
			['b', 'b', 'fr', true],
		]);
	});

	it('never flags French itself as a fallback', () => {
		expect(localize(french, translations, 'fr').every((e) => !e.isFallback && e.lang === 'fr')).toBe(true);
	});
});

describe('territories', () => {
	it('limit entries to the territories they name', () => {
		expect(inTerritory({}, 'ain')).toBe(true);
		expect(inTerritory({ territories: ['landes'] }, 'ain')).toBe(false);
	});
});

describe('profile presentation', () => {
	it('formats euros and durations in each language', () => {
		expect(formatEuros(1823, 'fr')).toMatch(/^1\s823\s€$/);
		expect(formatEuros(1823, 'en')).toBe('€1,823');
		expect(formatDuration({ min: 3, unit: 'years' }, 'fr', (a, b) => `${a} à ${b}`)).toBe('3 ans');
		expect(formatDuration({ min: 11, max: 18, unit: 'months' }, 'en', (a, b) => `${a} to ${b}`)).toBe('11 to 18 months');
		expect(formatDuration({ min: 1540, unit: 'hours' }, 'ar', (a, b) => `${a}-${b}`)).toContain('1,540');
	});

	it('keeps durations in months apart from month headings (the agenda once turned "18 mois" into "janvier 1970")', () => {
		expect(formatMonth(new Date('2027-03-18T09:30:00Z'), 'fr')).toBe('mars 2027');
		expect(formatDuration({ min: 11, max: 18, unit: 'months' }, 'fr', (a, b) => `${a} à ${b}`)).toMatch(/^11 à 18\s+mois$/);
	});

	it('builds an Occupation with ROME codes, diplomas and salary', () => {
		const data = occupationJsonLd({
			url: 'https://example.org/metiers/aide-soignant/',
			lang: 'fr',
			title: 'Aide-soignant',
			description: 'Soigner',
			territory: { name: 'Landes', region: 'Nouvelle-Aquitaine' },
			diplomas: [{ name: "Diplôme d'État d'aide-soignant", acronym: 'DEAS', rncp: 'RNCP40692', level: 4 }],
			facts: {
				title: 'Aide-soignant',
				hook: 'Soigner les gens',
				skills: [],
				qualities: [],
				workingConditions: [],
				careerMoves: [],
				order: 1,
				example: false,
				rome: { v3: ['J1501'], v4: ['J1501'] },
				salary: { entry: 1823, experienced: 2100, source: 'x', year: 2026 },
			},
		});
		expect(data['@type']).toBe('Occupation');
		expect(data.occupationalCategory).toEqual([{ '@type': 'CategoryCode', codeValue: 'J1501', inCodeSet: 'ROME (France Travail)' }]);
		expect(data.educationRequirements[0]).toMatchObject({ identifier: 'RNCP40692', credentialCategory: 'DEAS' });
		expect(data.estimatedSalary).toMatchObject({ currency: 'EUR', minValue: 1823, maxValue: 2100, duration: 'P1M' });
	});

	it('escapes "<" so JSON-LD text cannot close its script tag', () => {
		expect(serialiseJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});

	it('draws a QR code as an SVG hidden from screen readers', async () => {
		const svg = await qrSvg('https://example.org/metiers/aide-soignant/');
		expect(svg).toMatch(/^<svg aria-hidden="true"/);
		expect(svg).toContain('<path');
	});
});

describe('salary in plain figures', () => {
	it('estimates net pay with the SMIC ratio, rounded to ten euros', () => {
		// The SMIC itself: 1 823,03 € gross is 1 443,11 € net (1 January 2026).
		expect(estimatedNet(1823)).toBe(1440);
		expect(estimatedNet(2061)).toBe(1630);
	});

	it('gives the experienced line only when the source says more than the start, with its years', () => {
		expect(salaryLines({ entry: 1823, experienced: 1823, experiencedYears: 10 }).map((l) => l.kind)).toEqual(['entry']);
		expect(salaryLines({ entry: 1827, experienced: 2061, experiencedYears: 10 })).toEqual([
			{ kind: 'entry', gross: 1827, net: 1450 },
			{ kind: 'experienced', gross: 2061, net: 1630, years: 10 },
		]);
	});
});
