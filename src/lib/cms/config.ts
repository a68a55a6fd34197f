/**
 * The browser editor's configuration (Sveltia CMS, a Git-based CMS: https://github.com/sveltia/sveltia-cms),
 * generated from the section registry and the zod schemas, so that the editor and the content
 * checker can never disagree on a field. Written to /admin/config.yml at build time.
 */
import type { z } from 'astro/zod';
import { sections, type FileCollection, type Section } from '../../sections';
import { localeCodes } from '../i18n/locales';

/** A field of the editor (Decap/Sveltia "widget" vocabulary). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	multiple?: boolean;
	options?: string[];
	fields?: CmsField[];
	field?: CmsField;
	i18n?: boolean | 'duplicate';
	hint?: string;
	value_type?: string;
	date_format?: string;
	time_format?: boolean;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional, default, nullable and pipes; says whether the field may be left out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
	let inner = schema;
	let optional = false;
	for (;;) {
		const def = defOf(inner);
		if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
			optional = true;
			inner = def['innerType'] as z.ZodType;
		} else if (def.type === 'nullable') {
			// null is a value (a job without a diploma level): the field is still to be written.
			inner = def['innerType'] as z.ZodType;
		} else if (def.type === 'pipe') {
			const input = def['in'] as z.ZodType;
			inner = defOf(input).type === 'transform' ? (def['out'] as z.ZodType) : input;
		} else return { inner, optional };
	}
}

/** The object shape of a schema (through refinements), or undefined. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
	const { inner } = unwrap(schema);
	const def = defOf(inner);
	return def.type === 'object' ? (def['shape'] as Record<string, z.ZodType>) : undefined;
}

/** One zod field as an editor field. */
export function fieldOf(name: string, schema: z.ZodType, translatable?: ReadonlySet<string>): CmsField {
	const { inner, optional } = unwrap(schema);
	const def = defOf(inner);
	const base = { name, label: name, required: !optional, ...(translatable ? { i18n: translatable.has(name) } : {}) };
	switch (def.type) {
		case 'string': {
			const checks = (def['checks'] as { _zod: { def: { check: string; maximum?: number } } }[] | undefined) ?? [];
			const max = checks.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum;
			return { ...base, widget: max !== undefined && max <= 140 ? 'string' : 'text' };
		}
		case 'number':
			return { ...base, widget: 'number', value_type: 'float' };
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'date':
			return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false };
		case 'enum':
			return { ...base, widget: 'select', options: Object.values(def['entries'] as Record<string, string>) };
		case 'literal':
			return { ...base, widget: 'string', hint: `valeur : ${(def['values'] as unknown[]).join(' ou ')}` };
		case 'array': {
			const element = fieldOf(name, def['element'] as z.ZodType);
			if (element.widget === 'select') return { ...base, widget: 'select', multiple: true, options: element.options ?? [] };
			if (element.widget === 'object') return { ...base, widget: 'list', fields: element.fields ?? [] };
			return { ...base, widget: 'list', field: { ...element, required: true } };
		}
		case 'object': {
			const shape = def['shape'] as Record<string, z.ZodType>;
			return { ...base, widget: 'object', fields: Object.entries(shape).map(([n, s]) => fieldOf(n, s)) };
		}
		default:
			// Unions (a level or null, a web address or "none"): free text, checked by npm run check:content.
			return { ...base, widget: 'string', hint: 'vérifié par npm run check:content' };
	}
}

/** The editor's collections: one per file collection with a French canonical folder or plain data files. */
export function cmsCollections() {
	const out: Record<string, unknown>[] = [];
	for (const section of sections as readonly Section[]) {
		const loc = section.localisation;
		for (const [name, spec] of Object.entries(section.collections) as [string, FileCollection][]) {
			if (loc.mode === 'translated' && name === loc.translations) continue; // edited as the other languages of the canonical one
			const shape = shapeOf(spec.schema);
			if (!shape) continue;
			const translated = loc.mode === 'translated' && name === loc.canonical;
			const translatable = translated ? new Set(loc.translatable) : undefined;
			const markdown = spec.extensions.some((e) => e.startsWith('.md'));
			const fields = Object.entries(shape).map(([n, s]) => fieldOf(n, s, translatable));
			if (markdown)
				fields.push({ name: 'body', label: 'texte', widget: 'markdown', required: !!spec.body, ...(translated ? { i18n: true } : {}) });
			out.push({
				name,
				label: spec.noun ?? section.noun,
				folder: spec.base,
				extension: markdown ? 'mdx' : 'yaml',
				format: markdown ? 'frontmatter' : 'yaml',
				create: true,
				identifier_field:
					['title', 'name'].find((f) => f in shape) ??
					Object.keys(shape).find((f) => ['string', 'text'].includes(fields.find((x) => x.name === f)?.widget ?? '')) ??
					'id',
				...(translated ? { i18n: true } : {}),
				fields,
			});
		}
	}
	return out;
}

/** The whole configuration: GitHub backend (changes proposed as pull requests), five languages. */
export function cmsConfig(options: { repo: string; branch: string; siteUrl: string }) {
	return {
		backend: { name: 'github', repo: options.repo, branch: options.branch },
		publish_mode: 'editorial_workflow',
		site_url: options.siteUrl,
		locale: 'fr',
		media_folder: 'public/images',
		public_folder: '/images',
		i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: 'fr' },
		collections: cmsCollections(),
	};
}
