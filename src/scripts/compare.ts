/**
 * The compare page for any two or three professions: reads the shareable address
 * (?metier=a&metier=b), fetches the comparison data of this language from this site, and
 * builds the same table as src/components/orientation/CompareTable.astro, with DOM methods
 * only (text is never parsed as HTML). Without JavaScript, the page offers pre-built pairs.
 */
import { frenchRuns } from '../lib/i18n/french-runs';
import { compareTable, parseSelection, type CompareData } from '../lib/orientation/compare';

export async function startCompare() {
	const target = document.querySelector<HTMLElement>('#compare-result');
	if (!target || !location.search) return;
	const strings = target.dataset;
	// Arabic and Ukrainian pages mark the French words of a text (see src/components/Words.astro).
	const markFrench = ['ar', 'uk'].includes(document.documentElement.lang);
	const rtl = document.documentElement.dir === 'rtl';

	const text = (value: string): Node[] =>
		markFrench
			? frenchRuns(value).map((run) => {
					if (!run.french) return document.createTextNode(run.text);
					const span = el('span', run.text);
					span.lang = 'fr';
					if (rtl) span.dir = 'ltr';
					return span;
				})
			: [document.createTextNode(value)];

	let data: CompareData;
	try {
		const response = await fetch(strings.source!);
		data = (await response.json()) as CompareData;
	} catch {
		return;
	}
	const ids = parseSelection(location.search, new Set(data.columns.map((c) => c.id)));
	if (ids.length < 2) {
		const p = el('p', strings.tooFew ?? '');
		p.className = 'notice mt-6';
		p.setAttribute('role', 'alert');
		target.replaceChildren(p);
		return;
	}
	const table = compareTable(data, ids);
	const node = el('table');
	node.className = 'compare mt-6';
	const caption = el('caption', table.columns.map((c) => c.title).join(' · '));
	caption.className = 'sr-only';
	const head = el('thead');
	const headRow = el('tr');
	table.columns.forEach((c, i) => {
		const th = el('th');
		th.scope = 'col';
		th.id = `col-${i}`;
		const link = el('a', c.title);
		link.href = c.href;
		if (c.lang !== document.documentElement.lang) link.lang = c.lang;
		th.append(link);
		if (c.frenchTitle) {
			const french = el('span', `${strings.frenchTitle} `);
			french.className = 'french';
			const name = el('span', c.frenchTitle);
			name.lang = 'fr';
			name.dir = 'ltr';
			french.append(name);
			th.append(french);
		}
		headRow.append(th);
	});
	head.append(headRow);
	node.append(caption, head);
	for (const row of table.rows) {
		const body = el('tbody');
		const labelRow = el('tr');
		const th = el('th', row.label);
		th.colSpan = table.columns.length;
		th.id = `row-${row.id}`;
		labelRow.append(th);
		const cells = el('tr');
		row.cells.forEach((lines, i) => {
			const td = el('td');
			td.setAttribute('headers', `row-${row.id} col-${i}`);
			if (lines.length > 1) {
				const list = el('ul');
				for (const line of lines) {
					const li = el('li');
					li.append(...text(line));
					list.append(li);
				}
				td.append(list);
			} else td.append(...text(lines[0] ?? '–'));
			cells.append(td);
		});
		body.append(labelRow, cells);
		node.append(body);
	}
	const share = el('p', strings.share ?? '');
	share.className = 'mt-3 text-sm';
	target.replaceChildren(node, share);
	// Preselect the form's choices, so that one more profession is one change away.
	document.querySelectorAll<HTMLSelectElement>('.compare-form select').forEach((select, i) => (select.value = ids[i] ?? ''));
	document.title = `${table.columns.map((c) => c.title).join(' · ')} – ${document.title}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, content?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (content !== undefined) node.textContent = content;
	return node;
}
