import { z } from 'astro/zod';
import { commonFields } from './shared';

/** The pictograms of src/assets/pictograms/, one per idea of an easy-to-read page, in this order. */
export const pictograms = ['metier', 'lieu', 'journee', 'formation', 'salaire'] as const;

/** One sentence of easy-to-read text, checked against the rules of "Facile à lire et à comprendre" (Inclusion Europe, Unapei). */
export const maxWordsPerSentence = 15;
const words = (text: string) => text.split(/[\s']+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

const sentence = z
	.string()
	.min(3)
	.superRefine((text, ctx) => {
		const count = words(text).length;
		if (count > maxWordsPerSentence)
			ctx.addIssue({
				code: 'custom',
				message: `a ${count} mots : en facile à lire, une phrase a ${maxWordsPerSentence} mots au plus (une idée par phrase)`,
			});
		const acronym = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/u.exec(text);
		if (acronym) ctx.addIssue({ code: 'custom', message: `contient le sigle « ${acronym[0]} » : écrivez les mots en entier` });
		const mark = /[();…]|\betc\b|€/u.exec(text);
		if (mark)
			ctx.addIssue({
				code: 'custom',
				message: `contient « ${mark[0]} » : pas de parenthèses, de point-virgule, de points de suspension ni de symbole ; écrivez « euros »`,
			});
	});

/** What each language writes: the same five ideas, in short sentences. */
export const easyReadWords = {
	title: z.string().min(2).max(80),
	sections: z
		.array(
			z.object({
				pictogram: z.enum(pictograms),
				heading: z.string().min(2).max(40),
				sentences: z.array(sentence).min(1).max(8),
			}),
		)
		.length(pictograms.length, `doit avoir ${pictograms.length} parties : le métier, le lieu, la journée, la formation, le salaire`)
		.superRefine((parts, ctx) => {
			parts.forEach((part, i) => {
				if (part.pictogram !== pictograms[i])
					ctx.addIssue({
						code: 'custom',
						path: [i, 'pictogram'],
						message: `doit être « ${pictograms[i]} » : les parties vont dans l'ordre ${pictograms.join(', ')}`,
					});
			});
			const total = parts.reduce((n, p) => n + p.sentences.reduce((m, s) => m + words(s).length, 0), 0);
			if (total < 100 || total > 300)
				ctx.addIssue({ code: 'custom', message: `compte ${total} mots : une page facile à lire en compte environ 200 (entre 100 et 300)` });
		}),
};

/**
 * The easy-to-read version of a job profile: content/facile-a-lire/fr/<profile id>.yaml, required
 * for every current profile in French; other languages may add their own (plain-language versions).
 */
export const easyReadSchema = z.object({ ...commonFields, ...easyReadWords });

export type EasyRead = z.infer<typeof easyReadSchema>;
