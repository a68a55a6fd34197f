import { describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n/strings';
import { formatPay, parsePay } from '../../src/lib/offers/pay';
import ar from '../../content/ui/ar.json';
import fr from '../../content/ui/fr.json';
import uk from '../../content/ui/uk.json';

// Intl separates thousands with narrow no-break spaces in French: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('pay from France Travail labels', () => {
	it('reads a monthly range, a single amount, hourly and yearly pay', () => {
		expect(parsePay('Mensuel de 1900.00 Euros à 2100.00 Euros sur 12 mois')).toEqual({ min: 1900, max: 2100, period: 'month' });
		expect(parsePay('Mensuel de 1801.80 Euros sur 12 mois')).toEqual({ min: 1801.8, max: undefined, period: 'month' });
		expect(parsePay('Horaire de 11.88 Euros')).toEqual({ min: 11.88, max: undefined, period: 'hour' });
		expect(parsePay('Annuel de 24000 Euros à 28000 Euros')).toEqual({ min: 24000, max: 28000, period: 'year' });
		expect(parsePay('Mensuel de 2000.00 Euros à 2000.00 Euros sur 12 mois')).toEqual({ min: 2000, max: undefined, period: 'month' });
	});

	it('gives nothing for any other shape, so that a card never shows a wrong figure', () => {
		for (const label of [null, '', 'Selon profil', 'Mensuel de 2100 Euros à 1900 Euros', 'Mensuel de 0 Euros', 'Salaire : 1900 €']) {
			expect(parsePay(label)).toBeNull();
		}
	});

	it('says it in plain words in each language', () => {
		const range = parsePay('Mensuel de 1900.00 Euros à 2100.00 Euros sur 12 mois')!;
		expect(plain(formatPay(range, 'fr', translator(fr)))).toBe('1 900 € à 2 100 € par mois');
		expect(plain(formatPay(parsePay('Horaire de 11.88 Euros')!, 'fr', translator(fr)))).toBe("11,88 € de l'heure");
		const arabic = formatPay(range, 'ar', translator(ar));
		expect(arabic).toContain('شهريًا');
		expect(arabic).toMatch(/1,900/); // Western digits, as elsewhere in Arabic pages
		expect(plain(formatPay(range, 'uk', translator(uk)))).toMatch(/^Від 1 900 (€|EUR) до 2 100 (€|EUR) на місяць$/);
	});
});
