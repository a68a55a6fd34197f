import { localeCodes, type Locale } from './locales';
import { translator, validateUiStrings, type Translate } from './strings';
export { aroundPlaceholder } from './strings';

const files = import.meta.glob<Record<string, string>>('/content/ui/*.json', { eager: true, import: 'default' });
const byLocale = Object.fromEntries(Object.entries(files).map(([path, data]) => [path.replace(/^.*\/(\w+)\.json$/, '$1'), data]));

/** Validated once when the build first imports it: a bad file stops the build here. */
const strings = validateUiStrings(byLocale);
const translators = Object.fromEntries(localeCodes.map((l) => [l, translator(strings[l], l)])) as Record<Locale, Translate>;

export function useTranslations(locale: Locale): Translate {
	return translators[locale];
}

export * from './locales';
export * from './paths';
export * from './french-island';
export type { Translate, UiKey } from './strings';
