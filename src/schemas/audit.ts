import { z } from 'astro/zod';
import { isoDay } from './shared';

const criterionId = z
	.string()
	.regex(/^(1[0-3]|[1-9])\.\d{1,2}$/, 'doit être un numéro de critère du RGAA, par exemple « 1.1 » ou « 13.12 »');
const sampleId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'doit être un identifiant en minuscules avec des tirets');

/** RGAA 4.1 has 106 criteria in 13 themes (https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/). */
export const rgaaCriteriaCount = 106;

/**
 * The accessibility audit: content/audit/rgaa.yaml, one row per RGAA criterion. The accessibility
 * statement and the footer are generated from it (src/lib/accessibility/audit.ts), so they never disagree.
 */
export const auditSchema = z
	.object({
		referential: z.string().min(3),
		date: isoDay,
		auditor: z.string().min(3),
		environment: z.array(z.string().min(3)).min(1),
		sample: z.array(z.object({ id: sampleId, title: z.string().min(3), path: z.string().startsWith('/') })).min(1),
		criteria: z.array(
			z.object({
				id: criterionId,
				theme: z.string().min(3),
				title: z.string().min(3),
				result: z.enum(['C', 'NC', 'NA'], { error: 'doit être C (conforme), NC (non conforme) ou NA (non applicable)' }),
				pages: z.array(sampleId).default([]),
				notes: z.string().min(3),
				/** What was or will be changed, for a failure. */
				fix: z.string().min(3).optional(),
				/** Why a failure stays: a known exception the statement lists. */
				exception: z.string().min(3).optional(),
			}),
		),
	})
	.superRefine((audit, ctx) => {
		const ids = audit.criteria.map((c) => c.id);
		if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'un critère apparaît deux fois' });
		if (ids.length !== rgaaCriteriaCount)
			ctx.addIssue({
				code: 'custom',
				path: ['criteria'],
				message: `doit compter les ${rgaaCriteriaCount} critères du RGAA 4.1 (ici ${ids.length})`,
			});
		const sample = new Set(audit.sample.map((p) => p.id));
		audit.criteria.forEach((c, i) => {
			c.pages.forEach((p, j) => {
				if (!sample.has(p))
					ctx.addIssue({
						code: 'custom',
						path: ['criteria', i, 'pages', j],
						message: `« ${p} » n'est pas une page de l'échantillon (sample)`,
					});
			});
			if (c.result === 'NC' && !c.fix && !c.exception)
				ctx.addIssue({
					code: 'custom',
					path: ['criteria', i],
					message: 'un critère non conforme dit sa correction (fix) ou pourquoi il reste une exception (exception)',
				});
		});
	});

export type Audit = z.infer<typeof auditSchema>;
