// A small RFC 4180 CSV reader (no dependency): quoted fields, "" inside quotes,
// line breaks inside quotes, CRLF/LF/CR row ends, a leading byte-order mark.
// French spreadsheets export with ";", so the delimiter is a parameter.

export class CsvError extends Error {
	override name = 'CsvError';
}

/** Rows of fields. A final line break does not make an empty last row. */
export function parseCsv(text: string, delimiter = ','): string[][] {
	if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
		throw new CsvError(`unusable CSV delimiter ${JSON.stringify(delimiter)}`);
	}
	const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let quoteLine = 0;
	let line = 1;
	let i = 0;
	const endField = () => {
		row.push(field);
		field = '';
	};
	const endRow = () => {
		endField();
		rows.push(row);
		row = [];
	};
	while (i < input.length) {
		const c = input[i] as string;
		if (quoted) {
			if (c === '"') {
				if (input[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else {
				if (c === '\n') line++;
				field += c;
			}
			i++;
			continue;
		}
		if (c === '"' && field === '') {
			quoted = true;
			quoteLine = line;
		} else if (c === delimiter) {
			endField();
		} else if (c === '\r' || c === '\n') {
			endRow();
			if (c === '\r' && input[i + 1] === '\n') i++;
			line++;
		} else {
			// A stray quote inside an unquoted field is kept as text, as spreadsheets do.
			field += c;
		}
		i++;
	}
	if (quoted) throw new CsvError(`a quoted field opened on line ${quoteLine} is never closed (truncated file?)`);
	if (field !== '' || row.length > 0) endRow();
	return rows;
}

/** Rows as objects keyed by the header row's (trimmed) names; blank rows skipped. */
export function csvRecords(text: string, delimiter = ','): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text, delimiter);
	if (!header) return [];
	const names = header.map((name) => name.trim());
	return rows
		.filter((row) => row.some((value) => value.trim() !== ''))
		.map((row) => Object.fromEntries(names.map((name, index) => [name, row[index] ?? ''])));
}
