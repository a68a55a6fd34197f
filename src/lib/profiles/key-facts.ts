import { durationText } from '../format';
import type { Translate, UiKey } from '../i18n/strings';
import type { Locale } from '../i18n/locales';
import type { ProfileFacts } from '../content/profiles';
import { salarySentences } from './salary';

/** "Niveau 4", or "Sans diplôme exigé (agrément)" for a profession entered with an approval. */
export const levelText = (level: 3 | 4 | 5 | 6 | null, t: Translate): string =>
	level === null ? t('level.none') : t('level.value', { level });

/** One key fact of a profile: a label and its values, in the visitor's language. */
export interface KeyFact {
	kind: 'level' | 'training' | 'salary' | 'workplaces';
	label: UiKey;
	/** One line each (salary: at the start, after some years); may hold French words (Words component). */
	values: string[];
}

/**
 * The key facts of a profile in the words and formats of its page's "L'essentiel"
 * (src/components/profile/KeyFacts.astro): level, training length, salary, workplaces,
 * without the help texts and sources. The classroom kit shows them, the comparison's cells are them.
 */
export function keyFactsOf(facts: ProfileFacts, locale: Locale, t: Translate): KeyFact[] {
	const out: KeyFact[] = [];
	if (facts.level !== undefined) out.push({ kind: 'level', label: 'profile.level', values: [levelText(facts.level, t)] });
	if (facts.trainingDuration)
		out.push({ kind: 'training', label: 'profile.training', values: [durationText(facts.trainingDuration, locale, t)] });
	if (facts.salary) out.push({ kind: 'salary', label: 'profile.salary', values: salarySentences(facts.salary, locale, t) });
	if (facts.workplaces?.length) {
		out.push({ kind: 'workplaces', label: 'profile.workplaces', values: facts.workplaces.map((w) => t(`workplace.${w}` as UiKey)) });
	}
	return out;
}
