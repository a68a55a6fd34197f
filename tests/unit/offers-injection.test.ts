// Offers come from outside: whatever their text says, a page shows it as text.
// The data layer keeps every field plain text (no HTML kept or produced, no control
// characters) and never lets a non-web address become a link.
import { describe, expect, it } from 'vitest';
import { mapFranceTravailOffer } from '../../src/lib/offers/france-travail-map';
import { mapPartnerRecord, partnerFeedConfigSchema } from '../../src/lib/offers/partner-feed';
import { offerSchema, type Offer } from '../../src/schemas/offer';
import { offerSearchDocument } from '../../src/lib/offers/search-document';
import { translator } from '../../src/lib/i18n/strings';
import fr from '../../content/ui/fr.json';
import { apiOffer } from '../support/mock-france-travail';
import { romeTable } from '../support/rome-table';

const attack = '<script>alert(1)</script><b>gras</b><img src=x onerror=alert(2)>';
const hidden = '\u0007\u001b[31m\u202Eevil\u0000';

function validOffer(outcome: ReturnType<typeof mapFranceTravailOffer>): Offer {
	if (!outcome.ok) throw new Error(`dropped: ${outcome.reason}`);
	return offerSchema.parse(outcome.offer);
}

const textFields = [
	'title',
	'description',
	'employer',
	'town',
	'contractLabel',
	'workingTimeLabel',
	'experienceLabel',
	'salaryLabel',
] as const;

describe('script and HTML injection', () => {
	it('keeps markup in every France Travail text field as inert text, without control characters', () => {
		const offer = validOffer(
			mapFranceTravailOffer(
				apiOffer({
					intitule: `Aide-soignant ${attack}${hidden}`,
					description: `Texte ${attack}${hidden}`,
					entreprise: { nom: `EHPAD ${attack}${hidden}` },
					// France Travail writes towns in capitals.
					lieuTravail: { libelle: `40 - DAX ${attack}${hidden}`.toUpperCase(), codePostal: '40100' },
					typeContratLibelle: `CDI ${attack}${hidden}`,
					dureeTravailLibelle: `35H ${attack}${hidden}`,
					experienceLibelle: `Débutant ${attack}${hidden}`,
					salaire: { libelle: `2000 € ${attack}${hidden}` },
					origineOffre: { urlOrigine: 'javascript:alert(3)' },
					contact: { urlPostulation: 'data:text/html,<script>alert(4)</script>' },
				}),
				romeTable,
			),
		);
		for (const field of textFields) {
			const value = offer[field] ?? '';
			// The words stay (a visitor sees "<script>", printed escaped), nothing is decoded into markup…
			expect(value, field).toContain('<script>alert(1)</script>');
			// …and nothing can hide or reorder text on screen.
			// eslint-disable-next-line no-control-regex -- matching control characters is the point
			expect(value, field).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
		}
		expect(offer.town?.startsWith('Dax <script>')).toBe(true);
		expect(offer.url).toBe(`https://candidat.francetravail.fr/offres/recherche/detail/${offer.sourceId}`);
		expect(offer.applyUrl).toBeNull();
	});

	it('refuses a partner offer whose link is not a web address', () => {
		const config = partnerFeedConfigSchema.parse({
			id: 'partenaire',
			name: 'Partenaire (exemple)',
			format: 'json',
			file: 'offres.json',
			fields: {
				id: 'id',
				title: 'title',
				url: 'url',
				romeCode: 'rome',
				datePosted: 'date',
				employer: 'employer',
				town: 'town',
				description: 'text',
			},
		});
		const base = {
			id: 'x1',
			title: `Aide-soignant ${attack}`,
			rome: 'J1501',
			date: '2026-03-01',
			employer: attack,
			town: attack,
			text: attack,
		};
		const safe = mapPartnerRecord({ ...base, url: 'https://emploi.example.org/x1' }, config, romeTable);
		expect(safe.ok && offerSchema.parse(safe.offer)).toMatchObject({
			title: `Aide-soignant ${attack}`,
			employer: attack,
			town: attack,
			description: attack,
		});
		for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,hi', '//evil.example/x', 'vbscript:x']) {
			const outcome = mapPartnerRecord({ ...base, url }, config, romeTable);
			expect(outcome.ok && offerSchema.safeParse(outcome.offer).success, url).toBe(false);
		}
	});

	it('never accepts control characters or untrimmed text in a stored offer', () => {
		const good = validOffer(mapFranceTravailOffer(apiOffer(), romeTable));
		expect(offerSchema.safeParse({ ...good, title: 'Aide\u202Esoignant' }).success).toBe(false);
		expect(offerSchema.safeParse({ ...good, description: ' padded ' }).success).toBe(false);
		expect(offerSchema.safeParse({ ...good, html: '<b>x</b>' }).success).toBe(false);
	});

	it('caps overlong text instead of refusing the offer', () => {
		const offer = validOffer(
			mapFranceTravailOffer(apiOffer({ intitule: `Aide-soignant ${'très '.repeat(100)}`, description: 'mot '.repeat(3000) }), romeTable),
		);
		expect(offer.title.length).toBeLessThanOrEqual(200);
		expect(offer.title.endsWith('…')).toBe(true);
		expect(offer.description.length).toBeLessThanOrEqual(5000);
	});
});

describe('search document of an offer', () => {
	const t = translator(fr);
	const offer = validOffer(
		mapFranceTravailOffer(
			apiOffer({
				intitule: `Aide-soignant ${attack}`,
				description: `Premier paragraphe ${attack}\n\nSecond "paragraphe"`,
				entreprise: { nom: 'EHPAD Les Pins & Co' },
			}),
			romeTable,
		),
	);
	const html = offerSearchDocument(offer, {
		t,
		section: 'offers',
		typeLabel: "Offre d'emploi",
		filters: { contrat: ['CDI <b>'], territoire: ['Landes'] },
		professionTitle: 'Aide-soignant',
		sourceName: 'France Travail',
		posted: 'Publiée le 1 décembre 2026',
	});

	it('escapes every text from the feed, so that the index reads words, never markup', () => {
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<b>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('EHPAD Les Pins &amp; Co');
		expect(html).toContain('data-pagefind-filter="contrat">CDI &lt;b&gt;</span>');
	});

	it('keeps the offer page order and weights: title and description count half, facts in full', () => {
		const order = [
			'data-pagefind-meta="type"',
			'data-pagefind-sort="date:',
			'<h1 data-pagefind-weight="0.5">',
			'<dl>',
			'Publiée le',
			'<section data-pagefind-weight="0.5">',
			'Second &quot;paragraphe&quot;',
			'(France Travail)',
		];
		const positions = order.map((needle) => html.indexOf(needle));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(html).toContain(`<dt data-pagefind-ignore>${t('offers.profession')}</dt><dd>Aide-soignant</dd>`);
	});
});
