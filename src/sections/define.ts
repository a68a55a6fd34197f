import type { Section } from './types';

/** Keeps a declaration's literal types (collection names, path builders) while checking its shape. */
export function defineSection<const S extends Section>(section: S): S {
	return section;
}

/** "/metiers/" + "aide-soignant" → "/metiers/aide-soignant/": every section path ends with a slash. */
export function join(...parts: (string | number)[]): string {
	const inner = parts.map(String).filter(Boolean).join('/');
	return inner ? `/${inner}/` : '/';
}
