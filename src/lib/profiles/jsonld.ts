import type { Profile } from '../../schemas/profile';
import type { Diploma } from '../../schemas/training';

interface OccupationInput {
	url: string;
	lang: string;
	title: string;
	description: string;
	facts: Profile;
	/** The diplomas that lead to it (src/lib/content/trainings.ts). */
	diplomas: readonly Pick<Diploma, 'name' | 'acronym' | 'level' | 'rncp'>[];
	territory: { name: string; region: string };
}

/**
 * schema.org Occupation for a job profile. Skills and qualities are left to the page text:
 * Google retired Occupation rich results in 2025 and every byte counts on a profile (14 KiB budget).
 */
export function occupationJsonLd(input: OccupationInput) {
	const { facts } = input;
	const codes = [...new Set([...(facts.rome?.v4 ?? []), ...(facts.rome?.v3 ?? [])])];
	return {
		'@context': 'https://schema.org',
		'@type': 'Occupation',
		name: input.title,
		description: input.description,
		url: input.url,
		inLanguage: input.lang,
		occupationalCategory: codes.map((code) => ({ '@type': 'CategoryCode', codeValue: code, inCodeSet: 'ROME (France Travail)' })),
		educationRequirements: input.diplomas.map((d) => ({
			'@type': 'EducationalOccupationalCredential',
			name: d.name,
			credentialCategory: d.acronym ?? 'diplôme',
			...(d.level ? { educationalLevel: `Niveau ${d.level} (cadre national des certifications professionnelles)` } : {}),
			...(d.rncp ? { identifier: d.rncp } : {}),
		})),
		...(facts.salary
			? {
					estimatedSalary: {
						'@type': 'MonetaryAmountDistribution',
						name: 'brut mensuel',
						currency: 'EUR',
						duration: 'P1M',
						minValue: facts.salary.entry,
						maxValue: facts.salary.experienced,
					},
				}
			: {}),
		occupationLocation: { '@type': 'AdministrativeArea', name: `${input.territory.name}, ${input.territory.region}, France` },
	};
}
