import { describe, expect, it } from 'vitest';
import { CsvError, csvRecords, parseCsv } from '../../src/lib/offers/csv';

describe('CSV reader (RFC 4180)', () => {
	it('reads quoted fields, escaped quotes, delimiters and line breaks inside quotes', () => {
		const text = 'id,title,description\r\n1,"Aide, soignant","Il dit ""bonjour""\r\net part"\r\n2,Plain,\r\n';
		expect(parseCsv(text)).toEqual([
			['id', 'title', 'description'],
			['1', 'Aide, soignant', 'Il dit "bonjour"\r\net part'],
			['2', 'Plain', ''],
		]);
	});

	it('accepts LF and CR line ends, a byte-order mark, no final line break and empty quoted fields', () => {
		expect(parseCsv('\uFEFFa;b\nc;""\rd;e', ';')).toEqual([
			['a', 'b'],
			['c', ''],
			['d', 'e'],
		]);
	});

	it('refuses an unclosed quote (a truncated file) with its line', () => {
		expect(() => parseCsv('a,b\n1,"never closed\n2,3')).toThrow(CsvError);
		expect(() => parseCsv('a,b\n1,"never closed\n2,3')).toThrow(/line 2/);
	});

	it('turns rows into records by header, skipping blank rows and filling short ones', () => {
		expect(csvRecords(' id , title \n1,A\n\n2\n')).toEqual([
			{ id: '1', title: 'A' },
			{ id: '2', title: '' },
		]);
		expect(csvRecords('')).toEqual([]);
	});
});
