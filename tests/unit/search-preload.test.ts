import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mayMatchFrench, withoutFrenchDuplicates } from '../../src/lib/search/merged';
import { readPagefindMeta } from '../../src/lib/search/pagefind-meta';
import { fillSearchBoot, mergedPreloads, searchChunks, searchPreloads, type PagefindEntry } from '../../src/lib/search/preload';

const entry: PagefindEntry = {
	languages: {
		fr: { hash: 'fr_b2d916279c', wasm: 'fr' },
		ar: { hash: 'ar_578457aae7', wasm: 'ar' },
		uk: { hash: 'uk_57228d347f', wasm: null },
	},
};

const page = (lang: string, merge: string) =>
	`<html lang="${lang}"><head><script data-pagefind="/pagefind/pagefind.js" data-merge-types="${merge}" data-cache-tag="" data-preload="{}" data-chunks="{}">boot</script></head></html>`;

describe('search preloads', () => {
	it('list the entry, the metadata and the WebAssembly of the language', () => {
		expect(searchPreloads(entry, 'fr', 'abc')).toEqual([
			'/pagefind/pagefind-entry.json?ts=abc',
			'/pagefind/pagefind.fr_b2d916279c.pf_meta',
			'/pagefind/wasm.fr.pagefind',
		]);
	});

	it('use the generic WebAssembly without a stemmer, and list the merged French index apart', () => {
		expect(searchPreloads(entry, 'uk', 'abc')).toEqual([
			'/pagefind/pagefind-entry.json?ts=abc',
			'/pagefind/pagefind.uk_57228d347f.pf_meta',
			'/pagefind/wasm.unknown.pagefind',
		]);
		expect(mergedPreloads(entry, 'abc')).toEqual([
			'/pagefind/pagefind-entry.json?ts=abc-merged',
			'/pagefind/pagefind.fr_b2d916279c.pf_meta',
		]);
	});

	it('list nothing for a language the index does not have', () => {
		expect(searchPreloads(entry, 'es', 'abc')).toEqual([]);
	});

	it('are written into the boot script of a built page, escaped, with the cache tag', () => {
		const filled = fillSearchBoot(page('ar', '[&quot;offers&quot;]'), entry, 'abc')!;
		expect(filled).toContain('data-cache-tag="abc"');
		const attribute = JSON.parse(/data-preload="([^"]*)"/.exec(filled)![1]!.replace(/&quot;/g, '"'));
		expect(attribute.index).toContain('/pagefind/wasm.ar.pagefind');
		expect(attribute.merged).toContain('/pagefind/pagefind.fr_b2d916279c.pf_meta');
		// French merges nothing in.
		const french = JSON.parse(/data-preload="([^"]*)"/.exec(fillSearchBoot(page('fr', '[]'), entry, 'abc')!)![1]!.replace(/&quot;/g, '"'));
		expect(french.merged).toBeUndefined();
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

	it('merge the French index only for a query that could match a French page', () => {
		// Letters of another script only: no French offer holds them.
		expect(mayMatchFrench('مساعد تمريض')).toBe(false);
		expect(mayMatchFrench('доглядальниця')).toBe(false);
		// Latin letters, digits (a postcode, a département), or no letters at all (filters only).
		for (const query of ['aide', 'مساعد aide', 'Dax', '40100', '٤٠', '', 'DEAS', 'éducateur'])
			expect(mayMatchFrench(query), query).toBe(true);
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
		expect(searchChunks(french())).toEqual({
			words: chunks.map(([from, to, hash]) => [from, to, `/pagefind/index/${hash}.pf_index`]),
			filters: filters.map(([name, hash]) => [name, `/pagefind/filter/${hash}.pf_filter`]),
		});
		const chunksOf = (html: string) => JSON.parse(/data-chunks="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"'));
		const frenchPage = chunksOf(fillSearchBoot(page('fr', '[]'), entry, 'abc', metaOf)!);
		expect(frenchPage.index.words).toHaveLength(3);
		expect(frenchPage.merged).toBeUndefined();
		const arabicPage = chunksOf(fillSearchBoot(page('ar', '[&quot;offers&quot;]'), entry, 'abc', metaOf)!);
		expect(arabicPage.index.words.map((c: string[]) => c[2])).toEqual(['/pagefind/index/ar_1.pf_index']);
		expect(arabicPage.merged.words.map((c: string[]) => c[2])).toEqual(chunks.map(([, , hash]) => `/pagefind/index/${hash}.pf_index`));
		expect(arabicPage.merged.filters.filter(([name]: string[]) => name === 'type').map(([, url]: string[]) => url)).toEqual([
			'/pagefind/filter/fr_7ba8516.pf_filter',
		]);
	});
});
