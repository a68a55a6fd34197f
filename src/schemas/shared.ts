import { z } from 'astro/zod';

/** Ids printed on posters and in QR codes: lowercase French words, ASCII, hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const entryId = z
	.string()
	.regex(idPattern, 'doit être un identifiant en minuscules, sans accent, avec des tirets, par exemple « aide-soignant »');

/** A département code: "40", "2A", "974". */
export const departementCode = z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'doit être un numéro de département, par exemple « 40 » ou « 2A »');
/** A ROME code (France Travail's job classification, both generations): "J1501". */
export const romeCode = z.string().regex(/^[A-N]\d{4}$/, 'doit être un code ROME, par exemple « J1501 »');

/** A certification's code in the national register (RNCP): "RNCP40692". */
export const rncpCode = z.string().regex(/^RNCP\d{4,6}$/, 'doit être un code RNCP, par exemple « RNCP40692 »');

/**
 * A day written 2027-01-04 (YAML reads it as a date: kept as that day). Stricter than a
 * date coercion, which would read "le 4 janvier" as 4 January 2001.
 */
export const isoDay = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'doit être une date écrite AAAA-MM-JJ, par exemple 2027-01-04' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'doit être une date écrite AAAA-MM-JJ, par exemple 2027-01-04')
		.transform((day) => new Date(`${day}T00:00:00Z`)),
);

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
