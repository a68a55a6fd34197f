import { ContentError } from '../errors';
import { intlLocale } from '../format';
import { defaultLocale, localeCodes, type Locale } from './locales';
import { formatMessage, pluralBlocks, variablesOf, wholeNumberCategories } from './plural';
import type fr from '../../../content/ui/fr.json';

export type UiKey = keyof typeof fr;
export type UiStrings = Record<UiKey, string>;

const placeholdersOf = variablesOf;

/**
 * French is the reference: every other locale must have exactly its keys, each a
 * non-empty string using the same {placeholders}. All problems are reported at once.
 */
export function validateUiStrings(files: Partial<Record<Locale, unknown>>, fileName = (l: Locale) => `content/ui/${l}.json`) {
	const reference = files[defaultLocale];
	if (!isStringRecord(reference)) {
		throw new ContentError(fileName(defaultLocale), ['(tout le fichier) : doit être un objet JSON de paires "clé": "texte"']);
	}
	const result = {} as Record<Locale, UiStrings>;
	for (const locale of localeCodes) {
		const data = files[locale];
		const problems: string[] = [];
		if (data === undefined) {
			problems.push('(tout le fichier) : manque ; copiez content/ui/fr.json et traduisez-le');
		} else if (!isStringRecord(data)) {
			problems.push('(tout le fichier) : doit être un objet JSON de paires "clé": "texte"');
		} else {
			for (const key of Object.keys(reference)) {
				const text = data[key];
				if (text === undefined) problems.push(`${key} : clé manquante (en français : « ${reference[key]} »)`);
				else if (typeof text !== 'string' || text.trim() === '') problems.push(`${key} : doit être un texte non vide`);
				else {
					const expected = placeholdersOf(reference[key]!);
					const found = placeholdersOf(text);
					for (const name of expected) if (!found.has(name)) problems.push(`${key} : doit garder le repère {${name}}`);
					for (const name of found) if (!expected.has(name)) problems.push(`${key} : repère inconnu {${name}}`);
					// A count must have every form the language uses for whole numbers (Ukrainian: one, few, many).
					const needed = wholeNumberCategories(intlLocale(locale));
					for (const { name, forms } of pluralBlocks(text)) {
						const missing = [...needed, 'other'].filter((c, i, all) => all.indexOf(c) === i && !forms.has(c));
						if (missing.length)
							problems.push(`${key} : le pluriel de {${name}} doit avoir les formes ${missing.join(', ')} de cette langue`);
					}
				}
			}
			for (const key of Object.keys(data)) {
				if (!(key in reference))
					problems.push(`${key} : clé en trop (absente de content/ui/fr.json ; supprimez-la ou ajoutez-la d'abord en français)`);
			}
		}
		if (problems.length) throw new ContentError(fileName(locale), problems);
		result[locale] = data as UiStrings;
	}
	return result;
}

function isStringRecord(value: unknown): value is Record<string, string> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Translation function of one language: fills {placeholders} and plural blocks (./plural.ts). */
export function translator(strings: UiStrings, locale: Locale = defaultLocale): Translate {
	const intl = intlLocale(locale);
	return (key, vars) => formatMessage(strings[key], vars, intl);
}

/**
 * The text before and after one {placeholder}, so that a component can wrap its
 * value in markup (a link, a lang attribute) while the sentence stays translated.
 */
export function aroundPlaceholder(text: string, name: string): [before: string, after: string] {
	const [before = text, after = ''] = text.split(`{${name}}`);
	return [before, after];
}
