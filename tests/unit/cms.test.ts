import { describe, expect, it } from 'vitest';
import { cmsConfig, shapeOf } from '../../src/lib/cms/config';
import { fileCollections, sections, type Section } from '../../src/sections';

const config = cmsConfig({ repo: 'departement/metiers-du-lien', branch: 'main', siteUrl: 'https://example.org' });
type Field = { name: string; required?: boolean; i18n?: boolean | string };
const collections = config.collections as { name: string; folder: string; fields: Field[]; i18n?: boolean }[];

describe('browser editor configuration', () => {
	it('has every field of every schema, required where the schema requires it (generated: they cannot drift)', () => {
		for (const c of collections) {
			const shape = shapeOf(fileCollections[c.name as keyof typeof fileCollections].schema)!;
			expect(
				c.fields
					.map((f) => f.name)
					.filter((n) => n !== 'body')
					.sort(),
				c.name,
			).toEqual(Object.keys(shape).sort());
			for (const f of c.fields.filter((f) => f.name !== 'body')) {
				const optional = shape[f.name]!.safeParse(undefined).success;
				expect(f.required, `${c.name}.${f.name}`).toBe(!optional);
			}
		}
	});

	it('covers every collection staff edit, in the five languages, words translated and facts French only', () => {
		const translations = (sections as readonly Section[]).flatMap((s) =>
			s.localisation.mode === 'translated' ? [s.localisation.translations] : [],
		);
		expect(collections.map((c) => c.name).sort()).toEqual(
			Object.keys(fileCollections)
				.filter((n) => !translations.includes(n))
				.sort(),
		);
		expect(config.i18n.locales).toEqual(['fr', 'en', 'es', 'ar', 'uk']);
		const profiles = collections.find((c) => c.name === 'profiles')!;
		expect(profiles.fields.find((f) => f.name === 'hook')?.i18n).toBe(true);
		expect(profiles.fields.find((f) => f.name === 'level')?.i18n).toBe(false);
		expect(config.publish_mode).toBe('editorial_workflow');
	});
});
