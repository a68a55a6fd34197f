import { gunzipSync } from 'node:zlib';

/**
 * Reads the index and filter chunks listed in a Pagefind metadata file
 * (`pagefind.<lang>_<hash>.pf_meta`), so that the search page can ask for the
 * chunks a query needs as soon as it arrives, instead of after Pagefind's
 * WebAssembly has started (./boot.ts).
 *
 * The file is gzip, then the signature "pagefind_dcd", then CBOR (RFC 8949):
 * an array whose third item lists the word chunks as [first word, last word,
 * hash] and whose fourth lists the filters as [name, hash] (the metadata
 * written by https://github.com/CloudCannon/pagefind, read by its
 * pagefind_web). Only the CBOR this file uses is read: unsigned integers,
 * text, byte strings, arrays and maps of definite length.
 */
export interface IndexChunk {
	from: string;
	to: string;
	hash: string;
}

export interface FilterChunk {
	name: string;
	hash: string;
}

export interface PagefindMeta {
	chunks: IndexChunk[];
	filters: FilterChunk[];
}

const signature = 'pagefind_dcd';

export function readPagefindMeta(file: Uint8Array): PagefindMeta {
	const bytes = gunzipSync(file);
	if (bytes.subarray(0, signature.length).toString('latin1') !== signature) throw new Error('not a Pagefind metadata file');
	let at = signature.length;
	const text = new TextDecoder();

	function length(info: number): number {
		if (info < 24) return info;
		const size = 2 ** (info - 24);
		if (info > 27) throw new Error(`unsupported CBOR length ${info} at byte ${at}`);
		let n = 0;
		for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
		return n;
	}

	function item(): unknown {
		const head = bytes[at++]!;
		const major = head >> 5;
		const n = length(head & 31);
		switch (major) {
			case 0:
				return n;
			case 2:
			case 3: {
				const slice = bytes.subarray(at, (at += n));
				return major === 3 ? text.decode(slice) : slice;
			}
			case 4:
				return Array.from({ length: n }, item);
			case 5:
				return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
			default:
				throw new Error(`unsupported CBOR type ${major} at byte ${at - 1}`);
		}
	}

	const meta = item();
	const [chunks, filters] = Array.isArray(meta) ? [meta[2], meta[3]] : [];
	if (!Array.isArray(chunks) || !Array.isArray(filters)) throw new Error('no index chunks or filters in the Pagefind metadata');
	const texts = (entry: unknown, count: number): string[] => {
		if (!Array.isArray(entry) || entry.length < count || entry.slice(0, count).some((t) => typeof t !== 'string'))
			throw new Error('unexpected chunk in the Pagefind metadata');
		return entry.slice(0, count) as string[];
	};
	return {
		chunks: chunks.map((c) => {
			const [from, to, hash] = texts(c, 3) as [string, string, string];
			return { from, to, hash };
		}),
		filters: filters.map((f) => {
			const [name, hash] = texts(f, 2) as [string, string];
			return { name, hash };
		}),
	};
}
