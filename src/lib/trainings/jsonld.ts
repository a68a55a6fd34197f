import type { Diploma, TrainingSession } from '../../schemas/training';

interface CourseInput {
	url: string;
	lang: string;
	description: string;
	facts: Pick<Diploma, 'name' | 'acronym' | 'level' | 'rncp' | 'duration' | 'hours'>;
	sessions: readonly (Pick<TrainingSession, 'start' | 'end' | 'mode'> & {
		organisation: { name: string; town: string; website?: string | undefined };
	})[];
}

/** Mode of a session as schema.org CourseInstance.courseMode reads it. */
const courseMode: Record<TrainingSession['mode'], string> = {
	'temps-plein': 'full-time',
	'temps-partiel': 'part-time',
	apprentissage: 'blended',
	distance: 'online',
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * schema.org Course with one CourseInstance per upcoming session
 * (https://schema.org/Course, https://developers.google.com/search/docs/appearance/structured-data/course).
 */
export function courseJsonLd(input: CourseInput) {
	const { facts } = input;
	const providers = [...new Map(input.sessions.map((s) => [s.organisation.name, s.organisation])).values()];
	return {
		'@context': 'https://schema.org',
		'@type': 'Course',
		name: facts.acronym ? `${facts.name} (${facts.acronym})` : facts.name,
		description: input.description,
		url: input.url,
		inLanguage: input.lang,
		...(facts.acronym ? { courseCode: facts.acronym } : {}),
		educationalCredentialAwarded: {
			'@type': 'EducationalOccupationalCredential',
			name: facts.name,
			...(facts.level ? { educationalLevel: `Niveau ${facts.level} (cadre national des certifications professionnelles)` } : {}),
			...(facts.rncp ? { identifier: facts.rncp } : {}),
		},
		...(providers[0]
			? {
					provider: {
						'@type': 'EducationalOrganization',
						name: providers[0].name,
						...(providers[0].website ? { url: providers[0].website } : {}),
					},
				}
			: {}),
		hasCourseInstance: input.sessions.map((s) => ({
			'@type': 'CourseInstance',
			courseMode: courseMode[s.mode],
			startDate: isoDay(s.start),
			endDate: isoDay(s.end),
			location: {
				'@type': 'Place',
				name: s.organisation.name,
				address: { '@type': 'PostalAddress', addressLocality: s.organisation.town, addressCountry: 'FR' },
			},
		})),
	};
}
