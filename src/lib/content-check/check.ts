import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileCollections, type FileCollection, type FileCollectionName } from '../../sections';
import { readFrontmatter, readYaml } from './frontmatter';
import { editorErrors } from './messages';
import { crossReferenceProblems } from './references';
import { valuesAt } from '../value-at';

export interface Problem {
	file: string;
	field: string;
	message: string;
}

export interface CheckedEntry {
	collection: FileCollectionName;
	id: string;
	file: string;
	data: Record<string, unknown>;
	/** False when the file failed its schema: its id still exists for links, its data is not trusted. */
	valid: boolean;
}

/**
 * Reads every content file against its schema, then checks the links between
 * entries. Returns every problem at once, so an editor fixes them in one go.
 */
export function checkContent(root = process.cwd()): { problems: Problem[]; entries: CheckedEntry[] } {
	const problems: Problem[] = [];
	const entries: CheckedEntry[] = [];
	for (const [collection, spec] of Object.entries(fileCollections) as [FileCollectionName, FileCollection][]) {
		for (const folder of spec.folders.length ? spec.folders : ['']) {
			const dir = join(root, spec.base, folder);
			if (!existsSync(dir)) continue;
			for (const name of readdirSync(dir).sort()) {
				const file = folder ? `${spec.base}/${folder}/${name}` : `${spec.base}/${name}`;
				if (!spec.extensions.includes(extname(name))) {
					if (!name.startsWith('.'))
						problems.push({
							file,
							field: '(file name)',
							message: `is ignored: content files here end with ${spec.extensions.join(' or ')}`,
						});
					continue;
				}
				const stem = name.slice(0, -extname(name).length);
				if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) {
					problems.push({
						file,
						field: '(file name)',
						message: 'must be lowercase letters, digits and hyphens, without accents (it becomes the page address)',
					});
					continue;
				}
				const id = spec.idPrefix ? `${folder}/${stem}` : stem;
				let data: unknown;
				let body = '';
				try {
					const text = readFileSync(join(dir, name), 'utf8');
					if (/\.ya?ml$/.test(name)) data = readYaml(text);
					else ({ data, body } = readFrontmatter(text));
				} catch (error) {
					problems.push({ file, field: '(front matter)', message: (error as Error).message });
					entries.push({ collection, id, file, data: {}, valid: false });
					continue;
				}
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
					entries.push({ collection, id, file, data: {}, valid: false });
					continue;
				}
				if (spec.body && body.trim() === '') problems.push({ file, field: '(body)', message: spec.body });
				for (const { field, dir: base } of spec.files ?? []) {
					for (const path of valuesAt(result.data, field)) {
						if (typeof path === 'string' && !existsSync(join(root, base, path))) {
							problems.push({
								file,
								field: field.replace('[]', ''),
								message: `names ${base}/${path.replace(/^\//, '')}, which does not exist`,
							});
						}
					}
				}
				entries.push({ collection, id, file, data: result.data as Record<string, unknown>, valid: true });
			}
		}
	}
	problems.push(...crossReferenceProblems(entries));
	return { problems, entries };
}

export function formatProblems(problems: Problem[]): string {
	const byFile = new Map<string, Problem[]>();
	for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
	const lines = [`${problems.length} content problem(s) found. Fix them and build again:`];
	for (const [file, list] of byFile) {
		lines.push('', file);
		for (const p of list) lines.push(`  - ${p.field}: ${p.message}`);
	}
	return lines.join('\n');
}
