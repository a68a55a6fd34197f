import { describe, expect, it } from 'vitest';
import { withoutFrenchDuplicates } from '../../src/lib/search/merged';
import { fillSearchBoot, searchPreloads, type PagefindEntry } from '../../src/lib/search/preload';

const entry: PagefindEntry = {
	languages: {
		fr: { hash: 'fr_b2d916279c', wasm: 'fr' },
		ar: { hash: 'ar_578457aae7', wasm: 'ar' },
		uk: { hash: 'uk_57228d347f', wasm: null },
	},
};

const page = (lang: string, merge: string) =>
	`<html lang="${lang}"><head><script data-pagefind="/pagefind/pagefind.js" data-merge-types="${merge}" data-cache-tag="" data-preload="[]">boot</script></head></html>`;

describe('search preloads', () => {
	it('list the entry, the metadata and the WebAssembly of the language', () => {
		expect(searchPreloads(entry, 'fr', false, 'abc')).toEqual([
			'/pagefind/pagefind-entry.json?ts=abc',
			'/pagefind/pagefind.fr_b2d916279c.pf_meta',
			'/pagefind/wasm.fr.pagefind',
		]);
	});

	it('add the French metadata where French-only sections are merged, and use the generic WebAssembly without a stemmer', () => {
		expect(searchPreloads(entry, 'uk', true, 'abc')).toEqual([
			'/pagefind/pagefind-entry.json?ts=abc',
			'/pagefind/pagefind.uk_57228d347f.pf_meta',
			'/pagefind/wasm.unknown.pagefind',
			'/pagefind/pagefind.fr_b2d916279c.pf_meta',
		]);
	});

	it('list nothing for a language the index does not have', () => {
		expect(searchPreloads(entry, 'es', true, 'abc')).toEqual([]);
	});

	it('are written into the boot script of a built page, escaped, with the cache tag', () => {
		const filled = fillSearchBoot(page('ar', '[&quot;offers&quot;]'), entry, 'abc')!;
		expect(filled).toContain('data-cache-tag="abc"');
		const attribute = /data-preload="([^"]*)"/.exec(filled)![1]!.replace(/&quot;/g, '"');
		expect(JSON.parse(attribute)).toContain('/pagefind/pagefind.fr_b2d916279c.pf_meta');
		expect(JSON.parse(attribute)).toContain('/pagefind/wasm.ar.pagefind');
	});

	it('leave a page without an empty boot script alone', () => {
		expect(fillSearchBoot('<html lang="fr"><body></body></html>', entry, 'abc')).toBeNull();
		const once = fillSearchBoot(page('fr', '[]'), entry, 'abc')!;
		expect(fillSearchBoot(once, entry, 'abc')).toBeNull();
	});
});

describe('searches in other languages', () => {
	it('leave out the merged French pages of translated sections, and keep the visitor’s filters', () => {
		expect(withoutFrenchDuplicates({ secteur: { any: ['handicap'] } }, ['offers'])).toEqual({
			secteur: { any: ['handicap'] },
			not: { all: [{ merged: 'fr' }, { type: { none: ['offers'] } }] },
		});
		// French merges nothing: its filters stay as they are.
		expect(withoutFrenchDuplicates({}, [])).toEqual({});
	});
});
