import { describe, expect, it } from 'vitest';
import { frenchRuns } from '../../src/lib/i18n/french-runs';

describe('French words in Arabic and Ukrainian strings', () => {
	it('are found, whole, with the words around them', () => {
		// Brackets right around French words go with them, so that a narrow screen cannot wrap them apart.
		expect(frenchRuns('التمهين (apprentissage)')).toEqual([
			{ text: 'التمهين ', french: false },
			{ text: '(apprentissage)', french: true },
		]);
		expect(frenchRuns('لقاء توظيف سريع (job dating)').filter((r) => r.french)).toEqual([{ text: '(job dating)', french: true }]);
		expect(frenchRuns('Рівень 3: CAP.').filter((r) => r.french)).toEqual([{ text: 'CAP', french: true }]);
	});

	it('keep two French forms on either side of a slash together, so that they keep their order right to left', () => {
		expect(frenchRuns('مساعد الخدمة الاجتماعية (Assistant de service social / Assistante de service social)')).toEqual([
			{ text: 'مساعد الخدمة الاجتماعية ', french: false },
			{ text: '(Assistant de service social / Assistante de service social)', french: true },
		]);
		expect(frenchRuns('مساعد / مساعدة (Aide-soignant/Aide-soignante)').filter((r) => r.french)).toHaveLength(1);
		expect(frenchRuns('EHPAD / مساعد').filter((r) => r.french)).toEqual([{ text: 'EHPAD', french: true }]);
	});

	it('keep an address in one run, its numbers and commas with it, and stop at a word of another script', () => {
		expect(frenchRuns('(بتوقيت باريس)، 12 avenue de la Gare, 40100 Dax. تلاميذ')).toEqual([
			{ text: '(بتوقيت باريس)، ', french: false },
			{ text: '12 avenue de la Gare, 40100 Dax', french: true },
			{ text: '. تلاميذ', french: false },
		]);
		expect(frenchRuns('مساعد (EHPAD) و (SSIAD)').filter((r) => r.french)).toEqual([
			{ text: '(EHPAD)', french: true },
			{ text: '(SSIAD)', french: true },
		]);
	});

	it('leave names of technologies alone, and a string without Latin words whole', () => {
		expect(frenchRuns('HTML وCSS').every((r) => !r.french)).toBe(true);
		expect(frenchRuns('أهم المعلومات')).toEqual([{ text: 'أهم المعلومات', french: false }]);
	});
});

describe('French school years', () => {
	it('keep their digit with their letters ("3e" is one French word)', async () => {
		const { frenchRuns } = await import('../../src/lib/i18n/french-runs');
		expect(frenchRuns('في 3e (السنة)')).toEqual([
			{ text: 'في ', french: false },
			{ text: '3e', french: true },
			{ text: ' (السنة)', french: false },
		]);
		expect(frenchRuns('عمر 14 سنة')).toEqual([{ text: 'عمر 14 سنة', french: false }]);
	});
});
