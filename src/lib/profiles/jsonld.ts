import type { Profile } from '../../schemas/profile';

interface OccupationInput {
	url: string;
	lang: string;
	title: string;
	description: string;
	skills: readonly string[];
	qualities: readonly string[];
	facts: Profile;
	territory: { name: string; region: string };
}

/** schema.org Occupation for a job profile (the fields the issue and schema.org name). */
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
		educationRequirements: (facts.diplomas ?? []).map((d) => ({
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
		skills: input.skills.join(', '),
		qualifications: input.qualities.join(', '),
		occupationLocation: { '@type': 'AdministrativeArea', name: `${input.territory.name}, ${input.territory.region}, France` },
	};
}
