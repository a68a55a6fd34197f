import { ContentError } from '../errors';
import { defaultLocale, localeCodes, type Locale } from './locales';
import type fr from '../../../content/ui/fr.json';

export type UiKey = keyof typeof fr;
export type UiStrings = Record<UiKey, string>;

const placeholder = /\{(\w+)\}/g;
const placeholdersOf = (text: string) => new Set([...text.matchAll(placeholder)].map((m) => m[1]));

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

export function translator(strings: UiStrings): Translate {
	return (key, vars) => strings[key].replace(placeholder, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

/**
 * The text before and after one {placeholder}, so that a component can wrap its
 * value in markup (a link, a lang attribute) while the sentence stays translated.
 */
export function aroundPlaceholder(text: string, name: string): [before: string, after: string] {
	const [before = text, after = ''] = text.split(`{${name}}`);
	return [before, after];
}
