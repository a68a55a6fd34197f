import { formatEuros } from '../format';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/strings';

/**
 * Net pay from gross, as an estimate shown beside each gross figure. The ratio is the
 * SMIC's at 1 January 2026: 1 443,11 € net for 1 823,03 € gross a month
 * (décret n° 2025-1228; https://www.service-public.fr/particuliers/vosdroits/F2300).
 * Employees' contributions in the public sector come to about the same share of base
 * pay (https://www.service-public.fr/particuliers/vosdroits/F468), so one ratio serves
 * every profile; the page says it is an estimate.
 */
export const netToGross = 1443.11 / 1823.03;

/** About the net monthly pay, rounded to ten euros: the rounding says it is an estimate. */
export function estimatedNet(gross: number): number {
	return Math.round((gross * netToGross) / 10) * 10;
}

/** The salary lines of a profile: entry, then experienced when the source gives more than the entry. */
export function salaryLines(salary: { entry: number; experienced: number; experiencedYears?: number | undefined }) {
	const lines: { kind: 'entry' | 'experienced'; gross: number; net: number; years?: number | undefined }[] = [
		{ kind: 'entry', gross: salary.entry, net: estimatedNet(salary.entry) },
	];
	if (salary.experienced > salary.entry) {
		lines.push({ kind: 'experienced', gross: salary.experienced, net: estimatedNet(salary.experienced), years: salary.experiencedYears });
	}
	return lines;
}

/** The salary lines as sentences of the visitor's language ("Au début : 1 823 € brut, environ 1 440 € net"). */
export function salarySentences(
	salary: { entry: number; experienced: number; experiencedYears?: number | undefined },
	locale: Locale,
	t: Translate,
): string[] {
	return salaryLines(salary).map((line) => {
		const amounts = { gross: formatEuros(line.gross, locale), net: formatEuros(line.net, locale) };
		if (line.kind === 'entry') return t('profile.salaryEntry', amounts);
		return line.years ? t('profile.salaryAfter', { ...amounts, years: line.years }) : t('profile.salaryExperienced', amounts);
	});
}
