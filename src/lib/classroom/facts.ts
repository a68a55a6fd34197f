import { formatDuration, formatEuros } from '../format';
import type { Translate, UiKey } from '../i18n/strings';
import type { Locale } from '../i18n/locales';
import type { ProfileFacts } from '../content/profiles';
import { salaryLines } from '../profiles/salary';

/** One key fact of a profile as the classroom kit shows it: a label and its values, in the visitor's language. */
export interface ClassroomFact {
	kind: 'level' | 'training' | 'salary' | 'workplaces';
	label: UiKey;
	/** One line each (salary: at the start, after some years); may hold French words (Words component). */
	values: string[];
}

/**
 * The key facts of a profile in the words and formats of its page's "L'essentiel"
 * (src/components/profile/KeyFacts.astro): level, training length, salary, workplaces,
 * without the help texts and sources a projector or a pupil's sheet has no room for.
 */
export function classroomFacts(facts: ProfileFacts, locale: Locale, t: Translate): ClassroomFact[] {
	const out: ClassroomFact[] = [];
	if (facts.level !== undefined) {
		out.push({
			kind: 'level',
			label: 'profile.level',
			values: [facts.level === null ? t('level.none') : t('level.value', { level: facts.level })],
		});
	}
	if (facts.trainingDuration) {
		const duration = formatDuration(facts.trainingDuration, locale, (min, max) => t('duration.range', { min, max }));
		out.push({ kind: 'training', label: 'profile.training', values: [duration] });
	}
	if (facts.salary) {
		const values = salaryLines(facts.salary).map((line) => {
			const amounts = { gross: formatEuros(line.gross, locale), net: formatEuros(line.net, locale) };
			if (line.kind === 'entry') return t('profile.salaryEntry', amounts);
			return line.years ? t('profile.salaryAfter', { ...amounts, years: line.years }) : t('profile.salaryExperienced', amounts);
		});
		out.push({ kind: 'salary', label: 'profile.salary', values });
	}
	if (facts.workplaces?.length) {
		out.push({ kind: 'workplaces', label: 'profile.workplaces', values: facts.workplaces.map((w) => t(`workplace.${w}` as UiKey)) });
	}
	return out;
}
