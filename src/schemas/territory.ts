import { z } from 'astro/zod';
import { departementCode } from './shared';
import { contrastRatio } from '../lib/colour';
import { partnerFeedConfigSchema } from './partner-feed';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'doit être une couleur écrite #RRGGBB, par exemple « #0b5d5b »');

/** Text on the accent colour is white, so the accent must keep WCAG AA contrast with it. */
const accessibleAccent = hexColour.refine((c) => contrastRatio(c, '#ffffff') >= 4.5, {
	message:
		'est trop claire : un texte blanc dessus serait illisible (le RGAA demande un contraste de 4,5:1) ; choisissez une couleur plus foncée',
});

const contact = z.object({
	name: z.string().min(2),
	email: z.email({ error: 'doit être une adresse e-mail' }),
	phone: z
		.string()
		.regex(/^[0-9 +().]{6,20}$/, 'doit être un numéro de téléphone, par exemple « 05 58 05 40 40 »')
		.optional(),
	address: z.string().min(5).optional(),
	url: z.url({ error: 'doit être une adresse web complète qui commence par https://' }).optional(),
	/** True when the contact is a demonstration value, not the real platform. */
	example: z.boolean().default(false),
});

export const territorySchema = z.strictObject({
	name: z.string().min(2),
	/** "Département des Landes": how legal texts name the publisher. */
	institution: z.string().min(2),
	departements: z.array(departementCode).min(1),
	region: z.string().min(2),
	siteUrl: z.url({ error: "doit être l'adresse complète du site, par exemple « https://metiers.example.fr »" }),
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
				url: z.url({ error: 'doit être une adresse web complète qui commence par https://' }),
				logo: z
					.string()
					.regex(/^\/.+\.(svg|png|webp)$/, 'doit être un chemin dans public/, par exemple « /partners/region.svg »')
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
