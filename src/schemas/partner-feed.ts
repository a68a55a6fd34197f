import { z } from 'astro/zod';
import { franceTravailSource } from './offer';
import { entryId } from './shared';

/**
 * A partner's job-offer feed as a territory file lists it (content/territories/*.yaml,
 * offers.partners). The fetching and mapping live in src/lib/offers/partner-feed.ts.
 */
const fieldPath = z.string().min(1).max(200);

/** Where each offer field is in a partner's records: a CSV column name or a JSON dot path ("lieu.ville"). */
export const partnerFieldsSchema = z.strictObject({
	id: fieldPath,
	title: fieldPath,
	url: fieldPath,
	romeCode: fieldPath,
	datePosted: fieldPath,
	description: fieldPath.optional(),
	employer: fieldPath.optional(),
	town: fieldPath.optional(),
	postcode: fieldPath.optional(),
	contractType: fieldPath.optional(),
	workingTime: fieldPath.optional(),
	apprenticeship: fieldPath.optional(),
	validThrough: fieldPath.optional(),
});

/** One partner feed, as the territory configuration will list it. */
export const partnerFeedConfigSchema = z
	.strictObject({
		/** Source id, shown in the report and stored with each offer. */
		id: entryId.refine((id) => id !== franceTravailSource, { message: `"${franceTravailSource}" is reserved for the France Travail API` }),
		/** The partner's name, shown as the offers' source. */
		name: z.string().min(2).max(120),
		format: z.enum(['json', 'csv']),
		url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' }).optional(),
		/** A file in the repository, relative to the project root. */
		file: z.string().min(1).optional(),
		/** JSON only: dot path to the list of offers ("data.offres"); absent when the document is the list. */
		records: fieldPath.optional(),
		/** CSV only: French spreadsheets export with ";". */
		delimiter: z.string().length(1).default(','),
		/** "html" when descriptions are HTML: they are turned into plain text, never rendered. */
		descriptionFormat: z.enum(['text', 'html']).default('text'),
		fields: partnerFieldsSchema,
		timeoutMs: z.number().int().positive().max(120_000).default(10_000),
		/** How long the last good copy may stand in when the feed is down. */
		snapshotMaxAgeHours: z.number().positive().default(24),
		/** Demonstration feed: its offers are shown as examples. */
		example: z.boolean().default(false),
	})
	.refine((c) => (c.url === undefined) !== (c.file === undefined), { message: 'give exactly one of "url" and "file"', path: ['url'] });

export type PartnerFeedConfig = z.infer<typeof partnerFeedConfigSchema>;
export type PartnerFeedConfigInput = z.input<typeof partnerFeedConfigSchema>;
