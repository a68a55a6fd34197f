import { z } from 'astro/zod';
import { departementCode, entryId, romeCode } from './shared';

/** Source id of France Travail's offers; partner feeds may not use it. */
export const franceTravailSource = 'france-travail';

/**
 * One job offer, whatever its source (France Travail or a partner's feed). Every
 * adapter maps its records to this shape and the pipeline validates each one here,
 * so pages never see a half-formed offer.
 *
 * Text fields are PLAIN TEXT: a page must print them escaped (Astro's default) and
 * never through `set:html`. An offer that says `<script>` shows the word, not a script.
 */

export const contractTypes = ['cdi', 'cdd', 'interim', 'saisonnier', 'liberal', 'apprentissage', 'autre'] as const;
export const workingTimes = ['temps-plein', 'temps-partiel'] as const;

/** Longest text kept per field: beyond this a feed is sending something other than an offer. */
export const textLimits = {
	title: 200,
	description: 5000,
	employer: 200,
	town: 100,
	label: 200,
} as const;

/**
 * Control characters (except line feed and tab) and the Unicode bidirectional
 * overrides: both can hide or reorder text on screen, which a plain-text field never needs.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const forbiddenCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const plainText = (max: number) =>
	z
		.string()
		.max(max)
		.refine((s) => !forbiddenCharacters.test(s), { message: 'must not contain control characters' })
		.refine((s) => s === s.trim(), { message: 'must be trimmed' });

const optionalText = (max: number) => plainText(max).min(1).nullable().default(null);

/** Only web links: a `javascript:` or `data:` address in a feed must never become a link. */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' });

const isoDateTime = z.iso.datetime({ error: 'must be an ISO 8601 date and time in UTC, e.g. "2026-03-01T08:00:00.000Z"' });

export const offerSchema = z.strictObject({
	/** Unique across sources: `<source>:<sourceId>`. */
	id: z.string().min(3).max(240),
	/** Which feed the offer came from: "france-travail" or a partner id. */
	source: entryId,
	/** The offer's id in its source. */
	sourceId: z
		.string()
		.min(1)
		.max(200)
		.regex(/^[^\s/?#]+$/, 'must be an id without spaces or slashes'),
	title: plainText(textLimits.title).min(2),
	description: plainText(textLimits.description).default(''),
	/** Where to read the full offer and apply. */
	url: webUrl,
	/** A direct application link, when the source gives one. */
	applyUrl: webUrl.nullable().default(null),
	employer: optionalText(textLimits.employer),
	town: optionalText(textLimits.town),
	postcode: z
		.string()
		.regex(/^\d{5}$/, 'must be a French postcode such as "40100"')
		.nullable()
		.default(null),
	departement: departementCode.nullable().default(null),
	romeCode,
	/** The job profile (content/metiers/fr/<id>.mdx) the offer is shown with. */
	profession: entryId,
	contractType: z.enum(contractTypes),
	/** The source's own wording, e.g. "Contrat à durée déterminée - 6 mois". */
	contractLabel: optionalText(textLimits.label),
	workingTime: z.enum(workingTimes).nullable().default(null),
	/** The source's own wording, e.g. "35H Horaires normaux". */
	workingTimeLabel: optionalText(textLimits.label),
	/** Apprenticeship or professionalisation contract ("alternance"). */
	apprenticeship: z.boolean().default(false),
	/** France Travail's "D": beginners welcome. */
	beginnerWelcome: z.boolean().default(false),
	experienceLabel: optionalText(textLimits.label),
	salaryLabel: optionalText(textLimits.label),
	datePosted: isoDateTime,
	dateUpdated: isoDateTime,
	validThrough: isoDateTime.nullable().default(null),
	/** Demonstration data (the committed snapshot, a test partner): shown as an example, never as a real offer. */
	example: z.boolean().default(false),
});

/** What an adapter hands to the pipeline (defaults not yet applied). */
export type OfferInput = z.input<typeof offerSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type ContractType = (typeof contractTypes)[number];
export type WorkingTime = (typeof workingTimes)[number];
