/**
 * "Quel métier pour moi ?": the questions and the scoring, pure code shared by the build
 * (pre-built results per dominant interest) and the quiz page's script (the full result,
 * computed in the visitor's browser: answers are never sent nor stored).
 *
 * Interests follow Holland's RIASEC model, as the profiles' `riasec` field does
 * (https://www.onisep.fr/metiers/des-metiers-selon-mes-gouts). No profession of this field
 * lists "I" (investigative), so the quiz asks about the five others.
 */
import type { Profile, RiasecLetter, Schedule, Sector, Workplace } from '../../schemas/profile';

export const quizInterests = ['S', 'R', 'A', 'E', 'C'] as const satisfies readonly RiasecLetter[];
export type Interest = (typeof quizInterests)[number];

/** URL segment of each interest's pre-built results page (French, people see it): /quel-metier/social/. */
export const interestSlugs: Record<Interest, string> = {
	S: 'social',
	R: 'concret',
	A: 'creatif',
	E: 'entreprenant',
	C: 'organise',
};

/** What the quiz needs to know of a profession: facts of its French profile. */
export interface QuizProfession {
	id: string;
	riasec: readonly RiasecLetter[];
	sectors: readonly Sector[];
	workplaces: readonly Workplace[];
	schedule: Schedule;
	/** Length of the main training in months (the shortest, `trainingDuration.min`). */
	trainingMonths: number;
	/** Apprenticeship possible: a wage while training. */
	apprenticeship: boolean;
	/** Work starts with an approval (agrément) and a short training, the rest is done while working. */
	approval: boolean;
}

/** About 35 hours a week, four weeks a month: a training given in hours, as months of full-time study. */
const hoursPerMonth = 140;

/**
 * The quiz's view of a current profession's facts (a former title, with `replacedBy`, has none: undefined).
 * A level-6 profession counts as long studies whatever its own training lasts: it follows a first diploma
 * (médiateur familial, encadrement: read their "Comment y accéder").
 */
export function quizProfession(id: string, facts: Profile): QuizProfession | undefined {
	const { riasec, sectors, workplaces, schedule, trainingDuration, accessRoutes, level } = facts;
	if (facts.replacedBy || !riasec || !sectors || !workplaces || !schedule || !trainingDuration || !accessRoutes) return undefined;
	const months = { hours: trainingDuration.min / hoursPerMonth, months: trainingDuration.min, years: trainingDuration.min * 12 }[
		trainingDuration.unit
	];
	return {
		id,
		riasec,
		sectors,
		workplaces,
		schedule,
		trainingMonths: level === 6 ? Math.max(months, 36) : months,
		apprenticeship: accessRoutes.includes('apprentissage'),
		approval: accessRoutes.includes('agrement'),
	};
}

/** Practical wishes, each a question with "no preference" as its last answer. */
export const wishes = {
	public: ['children', 'elderly', 'disability', 'adults', 'any'],
	place: ['their-home', 'my-home', 'establishment', 'office', 'any'],
	hours: ['day', 'any'],
	study: ['short', 'medium', 'long', 'any'],
	earn: ['yes', 'any'],
} as const;
export type Wish = keyof typeof wishes;

/** The interest questions: each answer is one of the five interests. */
export const interestQuestions = ['like', 'proud', 'team', 'task'] as const;
export type InterestQuestion = (typeof interestQuestions)[number];

/** The questions in the order the page asks them; the last one ("which sounds most like you") is the submit buttons. */
export const questionOrder = ['like', 'public', 'proud', 'place', 'team', 'hours', 'task', 'study', 'earn'] as const satisfies readonly (
	InterestQuestion | Wish
)[];
export type QuestionId = (typeof questionOrder)[number];

export type Answers = Partial<{ [Q in InterestQuestion]: Interest } & { [W in Wish]: (typeof wishes)[W][number] }> & {
	/** The final choice, "which sounds most like you": counts double. */
	dominant?: Interest;
};

/** Why a profession fits (or does not), as interface string keys with their variables. */
export interface Reason {
	key: string;
	interest?: Interest;
}

export interface Ranked {
	id: string;
	score: number;
	reasons: Reason[];
	/** Things that go against a wish, said plainly rather than hidden. */
	warnings: Reason[];
}

const sectorOf: Record<Exclude<(typeof wishes.public)[number], 'any'>, Sector> = {
	children: 'enfance-famille',
	elderly: 'autonomie',
	disability: 'handicap',
	adults: 'insertion',
};
const placeOf: Record<Exclude<(typeof wishes.place)[number], 'any'>, readonly Workplace[]> = {
	'their-home': ['domicile'],
	'my-home': ['domicile-professionnel'],
	establishment: ['ehpad', 'hopital', 'etablissement-handicap', 'foyer-enfance', 'creche', 'accueil-de-jour', 'hebergement-insertion'],
	office: ['service-social', 'milieu-ouvert'],
};

/** A profession's first interest weighs most: [S, R] is above all social. */
const letterWeights = [3, 2, 1];
/** Interests lead (five answers, the last counting more); each wish adds as much as a strong interest. */
const interestPoints = 2;
const dominantPoints = 3;
const wishPoints = 3;
/** Hours are a softer wish: many start with shifts and move to day work later. */
const hoursPoints = 2;

/** How many points each interest got from the answers. */
export function interestScores(answers: Answers): Record<Interest, number> {
	const scores = Object.fromEntries(quizInterests.map((i) => [i, 0])) as Record<Interest, number>;
	for (const q of interestQuestions) {
		const a = answers[q];
		if (a) scores[a] += interestPoints;
	}
	if (answers.dominant) scores[answers.dominant] += dominantPoints;
	return scores;
}

/** Training length as the quiz's three answers: up to a year, up to two, longer. */
export function studyLength(months: number): 'short' | 'medium' | 'long' {
	return months <= 12 ? 'short' : months <= 24 ? 'medium' : 'long';
}

/** Scores one profession; `scores` are interestScores(answers). */
function rankOne(p: QuizProfession, answers: Answers, scores: Record<Interest, number>): Ranked {
	const reasons: Reason[] = [];
	const warnings: Reason[] = [];
	let score = 0;
	p.riasec.forEach((letter, i) => {
		const got = (scores as Record<string, number>)[letter] ?? 0;
		score += got * (letterWeights[i] ?? 1);
		if (got > 0 && i < 2) reasons.push({ key: `quiz.why.interest.${letter}`, interest: letter as Interest });
	});
	// The strongest matching interest first.
	reasons.sort((a, b) => scores[b.interest!] - scores[a.interest!]);

	if (answers.public && answers.public !== 'any') {
		if (p.sectors.includes(sectorOf[answers.public])) {
			score += wishPoints;
			reasons.push({ key: `quiz.why.public.${answers.public}` });
		}
	}
	if (answers.place && answers.place !== 'any') {
		if (placeOf[answers.place].some((w) => p.workplaces.includes(w))) {
			score += wishPoints;
			reasons.push({ key: `quiz.why.place.${answers.place}` });
		}
	}
	if (answers.hours === 'day') {
		if (p.schedule === 'day') {
			score += hoursPoints;
			reasons.push({ key: 'quiz.why.hours.day' });
		} else {
			score -= hoursPoints;
			warnings.push({ key: `quiz.warn.hours.${p.schedule}` });
		}
	}
	if (answers.study && answers.study !== 'any') {
		const length = studyLength(p.trainingMonths);
		if (length === answers.study) {
			score += wishPoints;
			reasons.push({ key: `quiz.why.study.${length}` });
		} else if (answers.study === 'short' && length === 'long') {
			score -= wishPoints;
			warnings.push({ key: 'quiz.warn.study.long' });
		} else if (length === 'medium') {
			// One step from what was wished (a year more, or less): half the points, no reason given.
			score += 1;
		}
	}
	if (answers.earn === 'yes') {
		if (p.apprenticeship) {
			score += wishPoints;
			reasons.push({ key: 'quiz.why.earn.apprenticeship' });
		} else if (p.approval) {
			score += wishPoints;
			reasons.push({ key: 'quiz.why.earn.approval' });
		}
	}
	return { id: p.id, score, reasons, warnings };
}

/**
 * Every profession ranked for these answers, best first; ties keep the given (editorial) order.
 * A profession sharing none of the visitor's interests still appears, lower: the quiz opens doors.
 */
export function rankProfessions(professions: readonly QuizProfession[], answers: Answers): Ranked[] {
	const scores = interestScores(answers);
	return professions
		.map((p, index) => ({ ranked: rankOne(p, answers, scores), index }))
		.sort((a, b) => b.ranked.score - a.ranked.score || a.index - b.index)
		.map(({ ranked }) => ranked);
}

/** The pre-built results of one dominant interest (no JavaScript): the professions that have it, strongest first. */
export function rankByInterest(professions: readonly QuizProfession[], interest: Interest): Ranked[] {
	return rankProfessions(
		professions.filter((p) => p.riasec.includes(interest)),
		{ dominant: interest },
	);
}

/** Every reason and warning rankProfessions can give, as interface string keys: the page writes their texts once. */
export const reasonKeys: readonly string[] = [
	...quizInterests.map((i) => `quiz.why.interest.${i}`),
	...wishes.public.filter((w) => w !== 'any').map((w) => `quiz.why.public.${w}`),
	...wishes.place.filter((w) => w !== 'any').map((w) => `quiz.why.place.${w}`),
	'quiz.why.hours.day',
	...wishes.study.filter((w) => w !== 'any').map((w) => `quiz.why.study.${w}`),
	'quiz.why.earn.apprenticeship',
	'quiz.why.earn.approval',
	'quiz.warn.hours.shifts',
	'quiz.warn.hours.live-in',
	'quiz.warn.study.long',
];

/** Reads the quiz form's answers (name → value), ignoring anything unknown: the page's script passes FormData here. */
export function parseAnswers(entries: Iterable<[string, unknown]>): Answers {
	const answers: Record<string, string> = {};
	for (const [name, value] of entries) {
		if (typeof value !== 'string') continue;
		if ((interestQuestions as readonly string[]).includes(name) || name === 'dominant') {
			if ((quizInterests as readonly string[]).includes(value)) answers[name] = value;
		} else if (name in wishes && (wishes[name as Wish] as readonly string[]).includes(value)) {
			answers[name] = value;
		}
	}
	return answers as Answers;
}
