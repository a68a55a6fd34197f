import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withoutFrenchDuplicates } from '../../src/lib/search/merged';
import { readPagefindMeta } from '../../src/lib/search/pagefind-meta';
import { fillSearchBoot, searchChunks, searchPreloads, type PagefindEntry } from '../../src/lib/search/preload';

const entry: PagefindEntry = {
	languages: {
		fr: { hash: 'fr_b2d916279c', wasm: 'fr' },
		ar: { hash: 'ar_578457aae7', wasm: 'ar' },
		uk: { hash: 'uk_57228d347f', wasm: null },
	},
};

const page = (lang: string, merge: string) =>
	`<html lang="${lang}"><head><script data-pagefind="/pagefind/pagefind.js" data-merge-types="${merge}" data-cache-tag="" data-preload="[]" data-chunks="{}">boot</script></head></html>`;

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
			'/pagefind/pagefind-entry.json?ts=abc-merged',
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

/** A Pagefind metadata file as Pagefind 1.x writes it: gzip of the signature and a CBOR array. */
function metaFile(chunks: [string, string, string][], filters: [string, string][]): Uint8Array {
	const text = (s: string) => {
		const bytes = Buffer.from(s, 'utf8');
		return Buffer.concat([Buffer.from([0x60 | bytes.length]), bytes]);
	};
	const array = (items: Buffer[]) => Buffer.concat([Buffer.from([0x80 | items.length]), ...items]);
	const page = array([text('fr_page1'), Buffer.from([0x19, 0x01, 0x2c])]); // [hash, 300 words]
	const cbor = array([
		text('1.5.2'),
		array([page]),
		array(chunks.map(([from, to, hash]) => array([text(from), text(to), text(hash)]))),
		array(filters.map(([name, hash]) => array([text(name), text(hash)]))),
		array([]),
		Buffer.from([0xa0]),
	]);
	return gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cbor]));
}

describe('index and filter chunks', () => {
	const chunks: [string, string, string][] = [
		['00', 'emb', 'fr_b4ab6fb'],
		['emo', 'part', 'fr_2efe991'],
		['parta', 'œuvr', 'fr_2b2510e'],
	];
	const filters: [string, string][] = [
		['type', 'fr_7ba8516'],
		['secteur', 'fr_221e9ed'],
	];
	const french = () => readPagefindMeta(metaFile(chunks, filters));
	const arabic = () => ({ chunks: [{ from: '0', to: 'ي', hash: 'ar_1' }], filters: [{ name: 'type', hash: 'ar_2' }] });

	it('are read from Pagefind’s metadata file: words by first and last word, filters by name', () => {
		expect(french()).toEqual({
			chunks: chunks.map(([from, to, hash]) => ({ from, to, hash })),
			filters: filters.map(([name, hash]) => ({ name, hash })),
		});
		expect(() => readPagefindMeta(gzipSync(Buffer.from('something else')))).toThrow(/Pagefind/);
	});

	it('are listed for the page’s language, and the French index’s where it is merged in', () => {
		const metaOf = (hash: string) => (hash.startsWith('fr') ? french() : arabic());
		expect(searchChunks(entry, 'fr', false, metaOf)).toEqual({
			words: chunks.map(([from, to, hash]) => [from, to, `/pagefind/index/${hash}.pf_index`]),
			filters: filters.map(([name, hash]) => [name, `/pagefind/filter/${hash}.pf_filter`]),
		});
		const arabicPage = searchChunks(entry, 'ar', true, metaOf);
		expect(arabicPage.words.map((c) => c[2])).toEqual([
			'/pagefind/index/ar_1.pf_index',
			...chunks.map(([, , hash]) => `/pagefind/index/${hash}.pf_index`),
		]);
		expect(arabicPage.filters.filter(([name]) => name === 'type').map(([, url]) => url)).toEqual([
			'/pagefind/filter/ar_2.pf_filter',
			'/pagefind/filter/fr_7ba8516.pf_filter',
		]);
		const filled = fillSearchBoot(page('fr', '[]'), entry, 'abc', metaOf)!;
		const attribute = /data-chunks="([^"]*)"/.exec(filled)![1]!.replace(/&quot;/g, '"');
		expect(JSON.parse(attribute).words).toHaveLength(3);
	});
});
