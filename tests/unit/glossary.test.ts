import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { abbreviationsPlugin, localeOfFile, type Abbreviation } from '../../src/lib/glossary/abbr';
import { loadAbbreviations } from '../../src/lib/glossary/load';
import type { Locale } from '../../src/lib/i18n/locales';

const terms: Record<string, Abbreviation[]> = {
	fr: [
		{ term: 'EHPAD', title: 'Établissement d’hébergement pour personnes âgées dépendantes' },
		{ term: 'CAP', title: 'Certificat d’aptitude professionnelle' },
	],
	ar: [{ term: 'EHPAD', title: 'دار رعاية مسنين' }],
};
const plugin = abbreviationsPlugin((locale: Locale) => terms[locale] ?? []);
/** Renders Markdown as Astro does, through Sätteri, as if it were the file at `path`. */
// Synchronous here: the plugin awaits nothing (Sätteri returns a promise only for async plugins).
const render = (markdown: string, path = '/site/content/metiers/fr/x.mdx') =>
	(markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: pathToFileURL(path) }) as MarkdownToHtmlResult).html;

describe('acronyms explained where they first appear', () => {
	it('marks the first occurrence only, with its meaning', () => {
		const html = render('Elle travaille en EHPAD. Un EHPAD recrute.');
		expect(html).toContain('<abbr title="Établissement d’hébergement pour personnes âgées dépendantes">EHPAD</abbr>. Un EHPAD recrute');
		expect(html.match(/<abbr/g)).toHaveLength(1);
	});

	it('leaves an acronym the text spells out beside it, the first time', () => {
		const html = render('En EHPAD (maison de retraite) ou en EHPAD. Un certificat (CAP), un CAP.');
		expect(html).toContain('En EHPAD (maison de retraite) ou en EHPAD. Un certificat (CAP), un CAP.');
	});

	it('matches whole words with their capitals only', () => {
		const html = render('Garder le cap, un CAPES, les EHPADs. Puis un CAP.');
		expect(html).toContain('Garder le cap, un CAPES, les EHPADs. Puis un <abbr title="Certificat d’aptitude professionnelle">CAP</abbr>.');
	});

	it('leaves headings, links and written-out acronyms alone', () => {
		const html = render('## En EHPAD\n\n[un EHPAD](/x/) et <abbr title="Centre de documentation">CAP</abbr>, puis un EHPAD.');
		expect(html).toContain('<h2');
		expect(html).toMatch(/<h2[^>]*>En EHPAD<\/h2>/);
		expect(html).toContain('<a href="/x/">un EHPAD</a>');
		expect(html).toContain('<abbr title="Centre de documentation">CAP</abbr>');
		expect(html).toContain('puis un <abbr title="Établissement');
	});

	it('leaves acronyms written out in MDX alone (a CDI that is a school library, not a contract)', () => {
		const { code } = mdxToJs('Au <abbr title="Centre de documentation">CAP</abbr>, puis un CAP.', {
			hastPlugins: [plugin],
			fileURL: pathToFileURL('/site/content/pages/fr/x.mdx'),
		}) as MdxToJsResult;
		expect(code.match(/Centre de documentation/g)).toHaveLength(1);
		expect(code.match(/Certificat d’aptitude professionnelle/g)).toHaveLength(1);
	});

	it('in another language, marks every acronym as French, explaining the first one only', () => {
		const html = render('في EHPAD ثم EHPAD (دار).', '/site/content/metiers/ar/x.mdx');
		expect(html).toContain(
			'في <abbr title="دار رعاية مسنين"><span lang="fr" dir="ltr">EHPAD</span></abbr> ثم <span lang="fr" dir="ltr">EHPAD</span> (دار).',
		);
	});

	it('in Arabic and Ukrainian, marks the other French words of the text too', () => {
		expect(render('مربٍّ متخصص (éducateur spécialisé) في IME.', '/site/content/metiers/uk/x.mdx')).toContain(
			'<span lang="fr">(éducateur spécialisé)</span>',
		);
		expect(render('Teacher (éducateur spécialisé).', '/site/content/metiers/en/x.mdx')).toContain('(éducateur spécialisé)');
	});

	it('titles them in the language of the file', () => {
		expect(render('في EHPAD.', '/site/content/metiers/ar/x.mdx')).toContain(
			'<abbr title="دار رعاية مسنين"><span lang="fr" dir="ltr">EHPAD</span></abbr>',
		);
		expect(localeOfFile('/site/content/metiers/uk/x.mdx')).toBe('uk');
		expect(localeOfFile('/site/content/pages/fr/x.mdx')).toBe('fr');
		expect(localeOfFile('/site/src/pages/x.md')).toBe('fr');
	});

	it('reads every acronym of content/glossaire in every language', () => {
		const loaded = loadAbbreviations();
		const french = loaded.get('fr')!;
		expect(french.find((a) => a.term === 'EHPAD')?.title).toBe(
			'Établissement d’hébergement pour personnes âgées dépendantes'.replace('’', "'"),
		);
		for (const locale of ['en', 'es', 'ar', 'uk'] as const) {
			const own = loaded.get(locale)!;
			expect(own.map((a) => a.term)).toEqual(french.map((a) => a.term));
			// Translated: the title is not the French expansion.
			expect(own.find((a) => a.term === 'EHPAD')?.title).not.toBe(french.find((a) => a.term === 'EHPAD')?.title);
		}
	});
});
