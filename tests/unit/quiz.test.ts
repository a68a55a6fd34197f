import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content-check/frontmatter';
import {
	interestScores,
	parseAnswers,
	quizProfession,
	reasonKeys,
	rankByInterest,
	rankProfessions,
	studyLength,
	type Answers,
	type QuizProfession,
} from '../../src/lib/orientation/quiz';
import { profileSchema } from '../../src/schemas/profile';

// The real profiles, in their editorial order: the expected rankings are what a counsellor would say.
const dir = 'content/metiers/fr';
const professions: QuizProfession[] = readdirSync(dir)
	.map((file) => {
		const id = file.replace(/\.mdx?$/, '');
		return { id, facts: profileSchema.parse(readFrontmatter(readFileSync(`${dir}/${file}`, 'utf8')).data) };
	})
	.sort((a, b) => a.facts.order - b.facts.order)
	.map(({ id, facts }) => quizProfession(id, facts))
	.filter((p): p is QuizProfession => !!p);

const top3 = (answers: Answers) =>
	rankProfessions(professions, answers)
		.slice(0, 3)
		.map((r) => r.id);

describe('the quiz', () => {
	it('knows every current profession and no former title', () => {
		expect(professions).toHaveLength(14);
		expect(professions.map((p) => p.id)).not.toContain('aide-medico-psychologique');
	});

	it('counts interest answers once and the final choice twice', () => {
		expect(interestScores({ like: 'S', proud: 'S', team: 'R', dominant: 'R' })).toEqual({ S: 4, R: 5, A: 0, E: 0, C: 0 });
	});

	it('sends someone who likes caring for older people at their home, with short studies and a wage, to home care', () => {
		expect(
			top3({
				like: 'S',
				proud: 'R',
				team: 'S',
				task: 'R',
				dominant: 'S',
				public: 'elderly',
				place: 'their-home',
				study: 'short',
				earn: 'yes',
			}),
		).toEqual(['aide-soignant', 'accompagnant-educatif-et-social', 'aide-a-domicile']);
	});

	it('sends a creative person who wants children and long studies to the educators', () => {
		expect(top3({ like: 'A', proud: 'A', team: 'S', task: 'A', dominant: 'A', public: 'children', study: 'long' })).toEqual([
			'educateur-specialise',
			'educateur-de-jeunes-enfants',
			'moniteur-educateur',
		]);
	});

	it('sends an organiser who wants office hours to the social services', () => {
		expect(top3({ like: 'E', proud: 'C', team: 'E', task: 'C', dominant: 'E', place: 'office', hours: 'day', study: 'long' })).toEqual([
			'encadrement-administratif',
			'assistant-de-service-social',
			'conseiller-economie-sociale-familiale',
		]);
	});

	it('sends someone who wants to welcome a child at home to foster care and childminding', () => {
		expect(top3({ like: 'S', dominant: 'S', public: 'children', place: 'my-home', study: 'short' })).toEqual([
			'assistant-maternel',
			'assistant-familial',
			'accueillant-familial',
		]);
	});

	it('says why a profession fits, strongest interest first, and warns about hours', () => {
		const [first] = rankProfessions(professions, { like: 'R', dominant: 'R', public: 'elderly', hours: 'day' });
		expect(first!.reasons[0]).toEqual({ key: 'quiz.why.interest.R', interest: 'R' });
		expect(first!.reasons.map((r) => r.key)).toContain('quiz.why.public.elderly');
		expect(first!.warnings).toEqual([{ key: 'quiz.warn.hours.shifts' }]);
	});

	it('ranks every profession, even with no answer, in editorial order', () => {
		const ranked = rankProfessions(professions, {});
		expect(ranked.map((r) => r.id)).toEqual(professions.map((p) => p.id));
		expect(ranked.every((r) => r.score === 0 && r.reasons.length === 0)).toBe(true);
	});

	it('lists, for a dominant interest without JavaScript, the professions that have it, main interest first', () => {
		const creative = rankByInterest(professions, 'A').map((r) => r.id);
		expect(creative).toContain('educateur-de-jeunes-enfants');
		expect(creative).not.toContain('aide-soignant');
		const social = rankByInterest(professions, 'S');
		expect(social).toHaveLength(14);
		expect(rankByInterest(professions, 'E')[0]!.id).toBe('encadrement-administratif');
	});

	it('counts studies of a level-6 profession as long, and hours as months of full-time study', () => {
		expect(studyLength(professions.find((p) => p.id === 'mediateur-familial')!.trainingMonths)).toBe('long');
		expect(studyLength(professions.find((p) => p.id === 'assistant-maternel')!.trainingMonths)).toBe('short');
		expect(studyLength(professions.find((p) => p.id === 'moniteur-educateur')!.trainingMonths)).toBe('medium');
	});

	it('reads only known answers from a form', () => {
		expect(
			parseAnswers([
				['like', 'S'],
				['proud', 'I'],
				['public', 'elderly'],
				['place', 'moon'],
				['dominant', 'A'],
				['name', 'Lina'],
			]),
		).toEqual({ like: 'S', public: 'elderly', dominant: 'A' });
	});
});

describe('the reasons', () => {
	it('are all listed for the page, and each has a French text', async () => {
		const fr = (await import('../../content/ui/fr.json')).default as Record<string, string>;
		const given = new Set<string>();
		const answerSets: Answers[] = [
			{
				like: 'S',
				proud: 'R',
				team: 'A',
				task: 'E',
				dominant: 'C',
				public: 'children',
				place: 'their-home',
				hours: 'day',
				study: 'short',
				earn: 'yes',
			},
			{ public: 'elderly', place: 'my-home', study: 'medium' },
			{ public: 'disability', place: 'establishment', study: 'long', hours: 'day' },
			{ public: 'adults', place: 'office', earn: 'yes' },
		];
		for (const answers of answerSets)
			for (const r of rankProfessions(professions, answers)) for (const x of [...r.reasons, ...r.warnings]) given.add(x.key);
		expect([...given].filter((k) => !reasonKeys.includes(k))).toEqual([]);
		expect(reasonKeys.filter((k) => !fr[k])).toEqual([]);
	});
});
