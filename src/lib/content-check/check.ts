import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileCollections, sections, type FileCollection, type FileCollectionName, type Section } from '../../sections';
import { readFrontmatter, readYaml } from './frontmatter';
import { editorErrors } from './messages';
import { crossReferenceProblems } from './references';
import { valuesAt } from '../value-at';

export interface Problem {
	file: string;
	/** The line of the field in the file (1 for the file as a whole), when known. */
	line?: number;
	field: string;
	message: string;
}

export interface CheckedEntry {
	collection: FileCollectionName;
	id: string;
	file: string;
	/** The entry's data: parsed by its schema when valid, as written otherwise (for links between entries). */
	data: Record<string, unknown>;
	/** False when the file failed its schema: its id still exists for links, its data is not trusted. */
	valid: boolean;
}

/** Entries of a translated section that lack some languages: what visitors of those languages see in French. */
export interface MissingTranslation {
	file: string;
	missing: string[];
}

/** Above this, a poster slows a phone down: a warning, not an error. */
const posterBudget = 200 * 1024;

/**
 * Reads every content file against its schema, then checks the links between entries.
 * Returns every problem at once, so an editor fixes them in one go: errors (the build
 * stops) and warnings (it goes on), in French, with the file, the line and the field.
 */
export function checkContent(root = process.cwd()): {
	problems: Problem[];
	warnings: Problem[];
	entries: CheckedEntry[];
	translations: MissingTranslation[];
} {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const entries: CheckedEntry[] = [];
	const texts = new Map<string, string>();
	for (const [collection, spec] of Object.entries(fileCollections) as [FileCollectionName, FileCollection][]) {
		for (const folder of spec.folders.length ? spec.folders : ['']) {
			const dir = join(root, spec.base, folder);
			if (!existsSync(dir)) continue;
			for (const name of readdirSync(dir).sort()) {
				const file = folder ? `${spec.base}/${folder}/${name}` : `${spec.base}/${name}`;
				if (statSync(join(dir, name)).isDirectory()) continue;
				if (!spec.extensions.includes(extname(name))) {
					if (!name.startsWith('.')) {
						problems.push({
							file,
							field: '(nom du fichier)',
							message: `est ignoré : les fichiers de ce dossier finissent par ${spec.extensions.join(' ou ')}`,
						});
					}
					continue;
				}
				const stem = name.slice(0, -extname(name).length);
				if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) {
					problems.push({
						file,
						field: '(nom du fichier)',
						message: "doit être en minuscules, chiffres et tirets, sans accent (il devient l'adresse de la page)",
					});
					continue;
				}
				const id = spec.idPrefix ? `${folder}/${stem}` : stem;
				let data: unknown;
				let body = '';
				try {
					const text = readFileSync(join(dir, name), 'utf8');
					texts.set(file, text);
					placeholderProblems(file, text, problems);
					if (/\.ya?ml$/.test(name)) data = readYaml(text);
					else ({ data, body } = readFrontmatter(text));
				} catch (error) {
					problems.push({ file, field: '(front matter)', message: (error as Error).message });
					entries.push({ collection, id, file, data: {}, valid: false });
					continue;
				}
				const raw = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
				const result = spec.schema.safeParse(data, { error: editorErrors });
				if (!result.success) {
					for (const issue of result.error.issues) {
						problems.push({
							file,
							field:
								issue.path
									.map(String)
									.join('.')
									.replace(/\.(\d+)/g, '[$1]') || '(front matter)',
							message: issue.message,
						});
					}
					// Still an entry: links from and to it are checked from what is written.
					entries.push({ collection, id, file, data: raw, valid: false });
					continue;
				}
				if (spec.body && body.trim() === '') problems.push({ file, field: '(texte)', message: spec.body });
				for (const { field, dir: base } of spec.files ?? []) {
					for (const path of valuesAt(result.data, field)) {
						if (typeof path !== 'string') continue;
						const full = join(root, base, path);
						if (!existsSync(full)) {
							problems.push({
								file,
								field: field.replace('[]', ''),
								message: `désigne ${base}/${path.replace(/^\//, '')}, qui n'existe pas`,
							});
						} else if (/\.(png|jpe?g|webp)$/.test(path) && statSync(full).size > posterBudget) {
							warnings.push({
								file,
								field: field.replace('[]', ''),
								message: `l'image pèse ${Math.round(statSync(full).size / 1024)} Ko : au-delà de ${posterBudget / 1024} Ko, elle ralentit les téléphones`,
							});
						}
					}
				}
				if (/!\[\s*\]\(/.test(body))
					warnings.push({
						file,
						field: '(texte)',
						message: "une image n'a pas de texte de remplacement : écrivez ce qu'elle montre entre les crochets ![…](…)",
					});
				entries.push({ collection, id, file, data: result.data as Record<string, unknown>, valid: true });
			}
		}
	}
	problems.push(...unknownLocaleFolders(root));
	problems.push(...crossReferenceProblems(entries));
	const translations = missingTranslations(entries);
	for (const t of translations) {
		warnings.push({
			file: t.file,
			line: 1,
			field: '(traduction)',
			message: `pas encore traduit en : ${t.missing.join(', ')} (ces visiteurs voient le texte français, avec un message)`,
		});
	}
	for (const p of [...problems, ...warnings]) p.line ??= lineOf(texts.get(p.file), p.field);
	return { problems, warnings, entries, translations };
}

/** A translation in a folder no locale owns (content/metiers/de/) would be silently ignored: say so. */
function unknownLocaleFolders(root: string): Problem[] {
	const problems: Problem[] = [];
	const specs = Object.values(fileCollections) as FileCollection[];
	for (const base of new Set(specs.filter((c) => c.folders.length).map((c) => c.base))) {
		const dir = join(root, base);
		if (!existsSync(dir)) continue;
		const known = new Set(
			specs.flatMap((c) =>
				c.base === base ? c.folders : c.base.startsWith(`${base}/`) ? [c.base.slice(base.length + 1).split('/')[0]!] : [],
			),
		);
		for (const name of readdirSync(dir)) {
			if (!statSync(join(dir, name)).isDirectory() || known.has(name)) continue;
			problems.push({
				file: `${base}/${name}`,
				line: 1,
				field: '(dossier)',
				message: `langue inconnue : les dossiers de langue sont ${[...known].filter((k) => /^[a-z]{2}$/.test(k)).join(', ')}`,
			});
		}
	}
	return problems;
}

/** The word templates (npm run new) put where staff must write: left in place, it is an error. */
export const placeholder = 'À REMPLIR';

function placeholderProblems(file: string, text: string, problems: Problem[]) {
	text.split('\n').forEach((line, i) => {
		if (!line.includes(placeholder) || line.trimStart().startsWith('#')) return;
		const field = /^([A-Za-z]+):/.exec(line)?.[1] ?? '(texte)';
		problems.push({ file, line: i + 1, field, message: `est à remplir : remplacez « ${placeholder}: … » par le vrai texte` });
	});
}

/** The line where a field is written: its top-level key, or the top of the file. */
function lineOf(text: string | undefined, field: string): number {
	if (!text) return 1;
	const key = field.split(/[.[]/)[0]!;
	if (!key || key.startsWith('(')) return 1;
	const index = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
	return index >= 0 ? index + 1 : 1;
}

function missingTranslations(entries: CheckedEntry[]): MissingTranslation[] {
	const out: MissingTranslation[] = [];
	for (const section of sections as readonly Section[]) {
		const { localisation } = section;
		if (localisation.mode !== 'translated') continue;
		const locales = section.collections[localisation.translations]!.folders;
		const have = new Set(entries.filter((e) => e.collection === localisation.translations).map((e) => e.id));
		for (const entry of entries.filter((e) => e.collection === localisation.canonical)) {
			// A page written for one territory only (its local plan) is French by design.
			if (Array.isArray(entry.data.territories) && section.id === 'pages') continue;
			const missing = locales.filter((l) => !have.has(`${l}/${entry.id}`));
			if (missing.length) out.push({ file: entry.file, missing });
		}
	}
	return out;
}

/** Errors and warnings as staff read them: "fichier:ligne  champ  message", grouped by file. */
export function formatProblems(problems: Problem[], warnings: Problem[] = []): string {
	const lines = [
		problems.length
			? `${problems.length} erreur(s) à corriger avant la publication${warnings.length ? `, et ${warnings.length} avertissement(s)` : ''} :`
			: `Aucune erreur.${warnings.length ? ` ${warnings.length} avertissement(s) :` : ''}`,
	];
	const show = (list: Problem[], label: string) => {
		const sorted = [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 1) - (b.line ?? 1));
		for (const p of sorted) lines.push(`${p.file}:${p.line ?? 1}  ${p.field}  ${label}${p.message}`);
	};
	show(problems, '');
	show(warnings, 'avertissement : ');
	return lines.join('\n');
}
