/**
 * Pay in plain words on offer cards: France Travail writes it as
 * "Mensuel de 1900.00 Euros à 2100.00 Euros sur 12 mois" or "Horaire de 11.88 Euros"
 * (`salaire.libelle`, ../shared/domain/partner-offers.md). The card says
 * "1 900 € à 2 100 € par mois" in the visitor's language; the offer page keeps
 * the feed's own words. A label in any other shape gives nothing on the card.
 */
import { formatEuros } from '../format';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/strings';

export interface Pay {
	min: number;
	max?: number | undefined;
	period: 'hour' | 'month' | 'year';
}

const periods = { horaire: 'hour', mensuel: 'month', annuel: 'year' } as const;

export function parsePay(label: string | null | undefined): Pay | null {
	const match = /^(horaire|mensuel|annuel) de (\d+(?:[.,]\d+)?) euros?(?: à (\d+(?:[.,]\d+)?) euros?)?/i.exec(label?.trim() ?? '');
	if (!match) return null;
	const amount = (text: string | undefined) => (text === undefined ? undefined : Number(text.replace(',', '.')));
	const min = amount(match[2])!;
	const max = amount(match[3]);
	if (!(min > 0) || (max !== undefined && !(max >= min))) return null;
	return { min, max: max === min ? undefined : max, period: periods[match[1]!.toLowerCase() as keyof typeof periods] };
}

const periodKey = { hour: 'offers.payHour', month: 'offers.payMonth', year: 'offers.payYear' } as const;

/** "1 900 € à 2 100 € par mois", "11,88 € de l'heure": cents only where they count (hourly pay). */
export function formatPay(pay: Pay, locale: Locale, t: Translate): string {
	const cents = pay.period === 'hour' ? 2 : 0;
	const euros = (n: number) => formatEuros(n, locale, cents);
	const amount = pay.max === undefined ? euros(pay.min) : t('duration.range', { min: euros(pay.min), max: euros(pay.max) });
	return t(periodKey[pay.period], { amount });
}
