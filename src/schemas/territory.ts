import { z } from 'astro/zod';
import { departementCode } from './shared';
import { contrastRatio } from '../lib/colour';
import { partnerFeedConfigSchema } from './partner-feed';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as #RRGGBB, e.g. "#0b5d5b"');

/** Text on the accent colour is white, so the accent must keep WCAG AA contrast with it. */
const accessibleAccent = hexColour.refine((c) => contrastRatio(c, '#ffffff') >= 4.5, {
	message: 'is too light: white text on it would be unreadable (WCAG AA needs a contrast of 4.5:1); choose a darker colour',
});

const contact = z.object({
	name: z.string().min(2),
	email: z.email({ error: 'must be an e-mail address' }),
	phone: z
		.string()
		.regex(/^[0-9 +().]{6,20}$/, 'must be a phone number such as "05 58 05 40 40"')
		.optional(),
	address: z.string().min(5).optional(),
	url: z.url({ error: 'must be a full web address starting with https://' }).optional(),
	/** True when the contact is a demonstration value, not the real platform. */
	example: z.boolean().default(false),
});

export const territorySchema = z.strictObject({
	name: z.string().min(2),
	/** "Département des Landes": how legal texts name the publisher. */
	institution: z.string().min(2),
	departements: z.array(departementCode).min(1),
	region: z.string().min(2),
	siteUrl: z.url({ error: 'must be the site\'s full address, e.g. "https://metiers.example.fr"' }),
	platform: contact,
	publisher: z.object({
		name: z.string().min(2),
		address: z.string().min(5),
		director: z.string().min(3),
	}),
	host: z.object({ name: z.string().min(2), address: z.string().min(5) }),
	partners: z
		.array(
			z.object({
				name: z.string().min(2),
				url: z.url({ error: 'must be a full web address starting with https://' }),
				logo: z
					.string()
					.regex(/^\/.+\.(svg|png|webp)$/, 'must be a path under public/, e.g. "/partners/region.svg"')
					.optional(),
			}),
		)
		.min(1),
	accent: z.object({ primary: accessibleAccent, secondary: accessibleAccent }),
	/** Job offers: partner feeds besides France Travail, and how long offers stay online. */
	offers: z
		.object({
			maxAgeDays: z.number().int().min(1).max(365).optional(),
			snapshotMaxAgeHours: z
				.number()
				.min(1)
				.max(24 * 14)
				.optional(),
			partners: z.array(partnerFeedConfigSchema).default([]),
		})
		.optional(),
});

export type TerritoryConfig = z.infer<typeof territorySchema>;
export type Territory = TerritoryConfig & { id: string };
