import type { OfferInput } from '../../schemas/offer';

/**
 * What an adapter makes of one raw record: an offer to validate, or why it was
 * dropped. Reasons are short stable words, counted in the report.
 */
export type MapOutcome = { ok: true; offer: OfferInput } | { ok: false; reason: DropReason };

export type DropReason =
	| 'not-an-object'
	| 'missing-id'
	| 'missing-rome-code'
	/** A ROME code outside our professions, or a shared code the title could not settle. */
	| 'unknown-rome'
	/** The schema refused a field: `invalid:<field>`. */
	| `invalid:${string}`
	/** validThrough is past. */
	| 'expired'
	/** Posted longer ago than the configured maximum age. */
	| 'too-old'
	/** In a département the territory does not cover. */
	| 'outside-territory';
