import { sections, type Section } from '../../sections';
import { valuesAt } from '../value-at';
import type { CheckedEntry, Problem } from './check';

/**
 * Links between entries that no single file's schema can see, for every
 * section alike: the references each section declares, and translations
 * whose French original does not exist.
 */
export function crossReferenceProblems(entries: CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	const idsOf = new Map<string, Set<string>>();
	const ids = (collection: string) => {
		if (!idsOf.has(collection)) idsOf.set(collection, new Set(entries.filter((e) => e.collection === collection).map((e) => e.id)));
		return idsOf.get(collection)!;
	};
	const nounOf = (collection: string) => {
		const section = (sections as readonly Section[]).find((s) => collection in s.collections);
		return section?.collections[collection]?.noun ?? section?.noun ?? collection;
	};

	for (const section of sections as readonly Section[]) {
		for (const ref of section.references) {
			const known = ids(ref.to);
			const list = () => [...known].sort().join(', ');
			for (const entry of entries.filter((e) => e.collection === ref.collection && e.valid)) {
				const value = ref.field.includes('.') ? valuesAt(entry.data, ref.field)[0] : entry.data[ref.field];
				const values = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
				values.forEach((id, i) => {
					const field = Array.isArray(value) ? `${ref.field}[${i}]` : ref.field;
					if (typeof id !== 'string') return; // the schema reported it
					if (!known.has(id)) {
						problems.push({ file: entry.file, field, message: `"${id}" is not a ${nounOf(ref.to)} id; known ids: ${list()}` });
					} else if (ref.collection === ref.to && id === entry.id) {
						problems.push({ file: entry.file, field, message: `an entry cannot point to itself` });
					}
				});
			}
		}

		const { localisation } = section;
		if (localisation.mode !== 'translated') continue;
		const canonical = section.collections[localisation.canonical]!;
		const originals = ids(localisation.canonical);
		for (const t of entries.filter((e) => e.collection === localisation.translations)) {
			const id = t.id.split('/')[1]!;
			if (!originals.has(id)) {
				const ext = canonical.extensions[canonical.extensions.length - 1];
				problems.push({
					file: t.file,
					field: '(file name)',
					message: `translates no French ${section.noun}: ${canonical.base}/fr/${id}${ext} does not exist`,
				});
			}
		}
	}
	return problems;
}
