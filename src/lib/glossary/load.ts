import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { glossary } from '../../sections/glossary';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import type { Abbreviation } from './abbr';

type Fields = { term?: unknown; expansion?: unknown; meaning?: unknown };

function readFolder(root: string, locale: Locale): Map<string, Fields> {
	const dir = join(root, glossary.collections.glossary.base, locale);
	const entries = new Map<string, Fields>();
	if (!existsSync(dir)) return entries;
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
		try {
			entries.set(name.slice(0, -'.yaml'.length), (yaml.load(readFileSync(join(dir, name), 'utf8')) ?? {}) as Fields);
		} catch {
			// A broken file is reported, with its line, by the content check and the content collection.
		}
	}
	return entries;
}

/**
 * The acronyms of each language for the Markdown plugin, read when Astro's config
 * loads (before content collections exist): the French term, titled with the
 * translation's meaning, or the French expansion where there is no translation.
 */
export function loadAbbreviations(root = process.cwd()): Map<Locale, Abbreviation[]> {
	const french = readFolder(root, defaultLocale);
	const byLocale = new Map<Locale, Abbreviation[]>();
	for (const locale of localeCodes) {
		const own = locale === defaultLocale ? new Map<string, Fields>() : readFolder(root, locale);
		const terms: Abbreviation[] = [];
		for (const [id, fr] of french) {
			const meaning = own.get(id)?.meaning;
			const title = typeof meaning === 'string' ? meaning : fr.expansion;
			if (typeof fr.term === 'string' && typeof title === 'string') terms.push({ term: fr.term, title });
		}
		byLocale.set(locale, terms);
	}
	return byLocale;
}
