/**
 * What the search index reads about an offer, built from the offer's data
 * rather than from its page: with tens of thousands of offers, Pagefind would
 * otherwise parse every full page (header, navigation, footer) only to keep
 * its <article>. The document holds the same words in the same order, with
 * the same weights, meta and filters as the article of src/pages/offres/[id].astro,
 * so that results do not change (tests/e2e/offers-index.spec.ts compares both).
 *
 * Offer text is plain text from outside feeds: everything is escaped here.
 */
import type { Offer } from '../../schemas/offer';
import { escapeHtml as escape } from '../html';
import type { Translate } from '../i18n';

export interface OfferFact {
	label: string;
	value: string;
}

/** The facts an offer states, in the order its page shows them (OfferFacts.astro); the profession comes last, apart. */
export function offerFacts(o: Offer, t: Translate): OfferFact[] {
	const place = [o.town, o.postcode ?? o.departement].filter(Boolean).join(' ');
	const facts: (OfferFact | null)[] = [
		o.employer ? { label: t('offers.employer'), value: o.employer } : null,
		place ? { label: t('offers.place'), value: place } : null,
		{
			label: t('offers.contract'),
			value: `${o.contractLabel ?? o.contractType.toUpperCase()}${o.apprenticeship ? ` · ${t('offers.apprenticeship')}` : ''}`,
		},
		o.workingTimeLabel ? { label: t('offers.workingTime'), value: o.workingTimeLabel } : null,
		o.experienceLabel || o.beginnerWelcome
			? { label: t('offers.experience'), value: o.beginnerWelcome ? t('offers.beginners') : (o.experienceLabel ?? '') }
			: null,
		o.salaryLabel ? { label: t('offers.salary'), value: o.salaryLabel } : null,
	];
	return facts.filter((f): f is OfferFact => f !== null);
}

/** The description's paragraphs, as the page prints them. */
export const offerParagraphs = (o: Offer): string[] => o.description.split(/\n{2,}/).filter(Boolean);

export interface OfferDocumentContext {
	t: Translate;
	/** The section id (the "type" filter) and its label shown on result cards. */
	section: string;
	typeLabel: string;
	filters: Record<string, readonly string[]>;
	/** The profession's title as the page shows it, when the offer has one. */
	professionTitle: string | undefined;
	sourceName: string;
	/** "Publiée le …", already formatted. */
	posted: string;
}

/**
 * Fact labels ("Employeur", "Lieu"…) are the same on every offer: left out of the
 * index, so that excerpts read "EHPAD Les Pins. Dax 40100. CDI." rather than
 * "EmployeurEHPAD Les Pins. LieuDax 40100." (Pagefind puts no space between a <dt> and its <dd>).
 */
const factLabel = ' data-pagefind-ignore';

const element = (tag: string, text: string, attributes = '') => `<${tag}${attributes}>${escape(text)}</${tag}>`;

/** The HTML document Pagefind indexes for one offer (French, as offers are). */
export function offerSearchDocument(o: Offer, c: OfferDocumentContext): string {
	const { t } = c;
	const filters = Object.entries(c.filters).flatMap(([name, values]) =>
		values.map((v) => element('span', v, ` data-pagefind-filter="${escape(name)}"`)),
	);
	const facts = offerFacts(o, t).map((f) => `<div>${element('dt', f.label, factLabel)}${element('dd', f.value)}</div>`);
	if (c.professionTitle) facts.push(`<div>${element('dt', t('offers.profession'), factLabel)}${element('dd', c.professionTitle)}</div>`);
	const paragraphs = offerParagraphs(o);
	return [
		'<!doctype html><html lang="fr"><body><article data-pagefind-body>',
		`<div hidden data-pagefind-ignore>${element('span', c.typeLabel, ' data-pagefind-meta="type"')}${element('span', c.section, ' data-pagefind-filter="type"')}${filters.join('')}</div>`,
		`<span hidden data-pagefind-sort="date:${escape(o.datePosted)}"></span>`,
		o.example ? element('p', t('offers.exampleOne')) : '',
		element('h1', o.title, ' data-pagefind-weight="0.5"'),
		`<dl>${facts.join('')}</dl>`,
		element('p', c.posted),
		paragraphs.length
			? `<section data-pagefind-weight="0.5">${element('h2', t('offers.description'))}${paragraphs.map((p) => element('p', p)).join('')}</section>`
			: '',
		`<p><a>${escape(t('offers.apply'))}<span> (${escape(c.sourceName)})</span></a></p>`,
		'</article></body></html>',
	].join('');
}
