/**
 * Search page behaviour. Pagefind's own script (about 13 KB gzipped) and its
 * index load only when the visitor focuses the box or arrives with ?q=, so
 * nobody pays for search they do not use; src/lib/search/boot.ts starts them.
 */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
interface PagefindResult {
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	search(
		term: string | null,
		o?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: PagefindResult[] } | null>;
}

declare global {
	interface Window {
		startPagefind(): Promise<Pagefind>;
		/**
		 * Merges the French index in when `start` is true and the page merges French-only sections, or returns the
		 * merge already started; else undefined (src/lib/search/boot.ts).
		 */
		mergePagefind(start: boolean): Promise<void> | undefined;
	}
}

import { intlLocale } from '../lib/format';
import { frenchRuns } from '../lib/i18n/french-runs';
import { locales, type Locale } from '../lib/i18n/locales';
import { formatMessage } from '../lib/i18n/plural';
import { acronymKey, searchParam, searchParamPrefix } from '../lib/search-params';
import { mayMatchFrench, withoutFrenchDuplicates } from '../lib/search/merged';

const pageSize = 10;

export function startSearch() {
	const form = document.querySelector<HTMLFormElement>('form[role="search"]');
	const input = document.querySelector<HTMLInputElement>('#q');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	const failure = document.querySelector<HTMLElement>('#search-error');
	if (!form || !input || !status || !list || !more || !failure) return;
	const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<
		'results' | 'filtered' | 'none' | 'loading' | 'error' | 'more',
		string
	>;
	const shortcuts = JSON.parse(form.dataset.shortcuts ?? '{}') as Record<string, { url: string; title: string }>;
	const shortcut = document.querySelector<HTMLElement>('#search-shortcut');

	/** A diploma's acronym typed alone leads straight to its page (the stemmer cannot match it). */
	function showShortcut(term: string) {
		const target = shortcuts[acronymKey(term)];
		const link = shortcut?.querySelector('a');
		if (!shortcut || !link) return;
		shortcut.hidden = !target;
		if (target) {
			link.href = target.url;
			link.textContent = target.title;
		}
	}

	// Started by the inline boot script in the page's head (src/lib/search/boot.ts).
	const load = () => window.startPagefind();
	const mergeTypes = JSON.parse(document.querySelector<HTMLElement>('[data-merge-types]')?.dataset.mergeTypes ?? '[]') as string[];

	let results: PagefindResult[] = [];
	let shown = 0;
	let run = 0;

	// Counts follow the page language's plural rules (src/lib/i18n/plural.ts).
	const pageLocale = document.documentElement.lang as Locale;
	const language = intlLocale(pageLocale);

	/**
	 * Marks the French words of a result (title and excerpt) lang="fr" and, in Arabic, isolates them left to
	 * right, as the Words component does on the pages ("مساعد الخدمة الاجتماعية (Assistant de service social)").
	 * Runs are found in the whole text, across Pagefind's <mark> elements, so that "12 avenue de la Gare, 40100
	 * <mark>Dax</mark>" stays one run in its own order. Latin-script languages cannot tell French words apart this
	 * way (src/lib/i18n/french-runs.ts).
	 */
	function markFrench(element: HTMLElement) {
		if (locales[pageLocale]?.latinScript !== false) return;
		const ranges: [number, number][] = [];
		let offset = 0;
		for (const run of frenchRuns(element.textContent ?? '')) {
			if (run.french) ranges.push([offset, offset + run.text.length]);
			offset += run.text.length;
		}
		/** The text node and offset at `position` in the element's text (wrapping keeps the text, so positions hold). */
		const at = (position: number): [Text, number] => {
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			let seen = 0;
			let last: Text | undefined;
			while (walker.nextNode()) {
				last = walker.currentNode as Text;
				if (position < seen + last.length) return [last, position - seen];
				seen += last.length;
			}
			return [last!, last!.length];
		};
		for (const [start, end] of ranges) {
			const range = document.createRange();
			range.setStart(...at(start));
			range.setEnd(...at(end));
			const span = document.createElement('span');
			span.lang = 'fr';
			if (document.documentElement.dir === 'rtl') span.dir = 'ltr';
			span.append(range.extractContents());
			range.insertNode(span);
		}
	}
	const fill = (template: string, vars: Record<string, string | number>) => formatMessage(template, vars, language);

	/** One result card: its type, its linked title and its excerpt, French words marked. */
	function render(item: PagefindResultData) {
		const li = document.createElement('li');
		const type = document.createElement('p');
		type.className = 'type';
		type.textContent = item.meta.type ?? '';
		const heading = document.createElement('h2');
		heading.className = 'text-lg';
		const link = document.createElement('a');
		link.href = item.url;
		link.textContent = item.meta.title ?? item.url;
		markFrench(link);
		heading.append(link);
		const excerpt = document.createElement('p');
		// Pagefind escapes the page text and only adds <mark> around matches.
		excerpt.innerHTML = item.excerpt;
		markFrench(excerpt);
		li.append(type, heading, excerpt);
		list!.append(li);
		shown += 1;
	}

	/**
	 * Resolves once the browser has shown the next frame: the frame after the next one has begun (or after 150 ms, in
	 * a background tab that draws nothing).
	 */
	const afterPaint = () =>
		new Promise<void>((resolve) => {
			requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
			setTimeout(resolve, 150);
		});

	/**
	 * Shows the next page of results, each as soon as its own data arrives, in order. The first result is what a
	 * visitor arriving with a query waits for: its fragment loads alone, and it is on screen before the nine other
	 * fragments are asked for, so that neither their download nor their handling delays it.
	 */
	async function showMore(current: number) {
		const next = results.slice(shown, shown + pageSize);
		if (shown === 0 && next[0]) {
			const first = await next.shift()!.data();
			if (current !== run) return;
			render(first);
			await afterPaint();
			if (current !== run) return;
		}
		for (const pending of next.map((r) => r.data())) {
			const item = await pending;
			if (current !== run) return;
			render(item);
		}
		more!.hidden = shown >= results.length;
	}

	/** The language switcher leads to the same search in the other language (its links are built without a query). */
	function keepPlaceAcrossLanguages(query: string) {
		for (const link of document.querySelectorAll<HTMLAnchorElement>('.switcher a[hreflang]'))
			link.setAttribute('href', link.pathname + query);
	}

	/** Filters chosen in the form: every named "f-…" control with a value. */
	function chosenFilters() {
		const filters: Record<string, { any: string[] }> = {};
		for (const [name, value] of new FormData(form!)) {
			if (!name.startsWith(searchParamPrefix) || typeof value !== 'string' || value === '') continue;
			(filters[name.slice(searchParamPrefix.length)] ??= { any: [] }).any.push(value);
		}
		return filters;
	}

	async function search(announce: boolean) {
		const term = input!.value.trim();
		showShortcut(term);
		const filters = chosenFilters();
		const filtered = Object.keys(filters).length > 0;
		const current = ++run;
		const url = new URL(location.href);
		url.search = '';
		if (term) url.searchParams.set('q', term);
		for (const [name, { any }] of Object.entries(filters)) for (const v of any) url.searchParams.append(searchParam(name), v);
		history.replaceState(null, '', url);
		keepPlaceAcrossLanguages(url.search);
		if (!term && !filtered) {
			list!.replaceChildren();
			status!.textContent = '';
			more!.hidden = true;
			return;
		}
		if (announce) status!.textContent = strings.loading;
		let pf: Pagefind;
		let merged: Promise<void> | undefined;
		try {
			pf = await load();
			// Offers are French: the French index joins when the query could match one (src/lib/search/merged.ts).
			merged = window.mergePagefind(mayMatchFrench(term));
			await merged;
		} catch {
			failure!.hidden = false;
			status!.textContent = '';
			return;
		}
		// Without words, list what the filters select, newest first (offers carry a date).
		const scope = withoutFrenchDuplicates(filters, merged ? mergeTypes : []);
		const response = await pf.search(term || null, term ? { filters: scope } : { filters: scope, sort: { date: 'desc' } });
		if (current !== run || !response) return; // a newer search started meanwhile
		results = response.results;
		shown = 0;
		list!.replaceChildren();
		await showMore(current);
		if (current !== run) return;
		// Announce once the results are on the page, so that Tab reaches them.
		status!.textContent = !results.length
			? fill(strings.none, { query: term })
			: term
				? fill(strings.results, { query: term, count: results.length })
				: fill(strings.filtered, { count: results.length });
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	// Whoever is about to type gets both indexes ready, since a typed query may be French.
	input.addEventListener(
		'focus',
		() =>
			void load()
				.then(() => window.mergePagefind(true))
				.catch(() => undefined),
		{
			once: true,
		},
	);
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void search(false), 250);
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type="checkbox"], select')) void search(true);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void search(true);
	});
	more.addEventListener('click', () => {
		const first = list.children.length;
		void showMore(run).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
	});

	// Arriving from a link or the offer filter form: restore the query and the filters.
	const params = new URL(location.href).searchParams;
	input.value = params.get('q') ?? '';
	let fromUrl = input.value !== '';
	for (const [name, value] of params) {
		if (!name.startsWith(searchParamPrefix)) continue;
		for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`)) {
			if (control instanceof HTMLInputElement && control.value === value) control.checked = true;
			if (control instanceof HTMLSelectElement) control.value = value;
		}
		fromUrl = true;
	}
	if (fromUrl) {
		if ([...params.keys()].some((k) => k.startsWith(searchParamPrefix))) form.querySelector('details')?.setAttribute('open', '');
		void search(true);
	}
}
