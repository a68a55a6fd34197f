import { sections, type Section } from '../../sections';
import { valuesAt } from '../value-at';
import type { CheckedEntry, Problem } from './check';
import { closest } from './messages';

/**
 * Links between entries that no single file's schema can see, for every section
 * alike: the references each section declares, and translations whose French
 * original does not exist. Entries that failed their schema are checked too, from
 * what is written, so a file shows all its mistakes at once.
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
			for (const entry of entries.filter((e) => e.collection === ref.collection)) {
				const value = ref.field.includes('.') ? valuesAt(entry.data, ref.field)[0] : entry.data[ref.field];
				const values = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
				values.forEach((id, i) => {
					const field = Array.isArray(value) ? `${ref.field}[${i}]` : ref.field;
					if (typeof id !== 'string') return; // the schema reported it
					if (!known.has(id)) {
						problems.push({
							file: entry.file,
							field,
							message: `« ${id} » n'est pas un identifiant connu (${nounOf(ref.to)}) ; les plus proches : ${closest(id, known).join(', ')}`,
						});
					} else if (ref.collection === ref.to && id === entry.id) {
						problems.push({ file: entry.file, field, message: 'une entrée ne peut pas renvoyer vers elle-même' });
					}
				});
			}
		}

		if (section.companionOf) {
			const { collection, to, requiredFor } = section.companionOf;
			const spec = section.collections[collection]!;
			const companions = ids(collection);
			const owners = entries.filter((e) => e.collection === to);
			for (const owner of owners) {
				if (requiredFor(owner.data) && !companions.has(owner.id))
					problems.push({
						file: owner.file,
						line: 1,
						field: `(${nounOf(collection)})`,
						message: `manque : écrivez ${spec.base}/fr/${owner.id}${spec.extensions[0]} (même nom que ce fichier)`,
					});
			}
			const known = new Set(owners.map((e) => e.id));
			for (const entry of entries.filter((e) => e.collection === collection && !known.has(e.id)))
				problems.push({
					file: entry.file,
					field: '(nom du fichier)',
					message: `doit porter le nom d'une ${nounOf(to)} : les plus proches : ${closest(entry.id, known).join(', ')}`,
				});
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
					field: '(nom du fichier)',
					message: `traduit un fichier français qui n'existe pas : ${canonical.base}/fr/${id}${ext} (même nom de fichier dans les deux dossiers)`,
				});
			}
		}
	}
	return problems;
}
