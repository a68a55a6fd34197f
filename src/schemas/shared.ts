import { z } from 'astro/zod';

/** Ids printed on posters and in QR codes: lowercase French words, ASCII, hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const entryId = z.string().regex(idPattern, 'must be a lowercase ASCII id with hyphens, e.g. "aide-soignant"');

/** A département code: "40", "2A", "974". */
export const departementCode = z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'must be a département code such as "40" or "2A"');
/** A ROME code (France Travail's job classification, both generations): "J1501". */
export const romeCode = z.string().regex(/^[A-N]\d{4}$/, 'must be a ROME code such as "J1501"');

/** A certification's code in the national register (RNCP): "RNCP40692". */
export const rncpCode = z.string().regex(/^RNCP\d{4,6}$/, 'must be an RNCP code such as "RNCP40692"');

export const territoryIds = ['landes', 'pyrenees-atlantiques', 'ain'] as const;
export const territoryId = z.enum(territoryIds);

/**
 * Fields every content entry may carry: `territories` limits an entry to some
 * deployments (absent means everywhere); `example` marks demonstration data
 * (an invented session date, event or employer) so nobody mistakes it for fact.
 */
export const commonFields = {
	territories: z.array(territoryId).min(1).optional(),
	example: z.boolean().default(false),
};

/**
 * The schema of a translation file: the translatable words of its section and
 * nothing else (facts come from the French entry, so a translation cannot contradict them).
 */
export function translationSchema<W extends z.core.$ZodLooseShape>(words: W) {
	return z.strictObject({ ...words, territories: commonFields.territories });
}
