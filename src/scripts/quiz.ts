/**
 * "Quel métier pour moi ?" in the browser: scores every answer with the same code the build
 * uses (src/lib/orientation/quiz.ts) and reorders the pre-rendered results. Nothing is sent
 * or stored: the buttons' form is only submitted when this script is not running.
 */
import { parseAnswers, rankProfessions, type QuizProfession } from '../lib/orientation/quiz';

export function startQuiz() {
	const form = document.querySelector<HTMLFormElement>('#quiz');
	const go = document.querySelector<HTMLFormElement>('#quiz-go');
	const results = document.querySelector<HTMLElement>('#quiz-results');
	const list = results?.querySelector('ol');
	const template = document.querySelector<HTMLTemplateElement>('#quiz-reasons');
	const data = document.querySelector('#quiz-data')?.textContent;
	if (!form || !go || !results || !list || !template || !data) return;
	const professions = JSON.parse(data) as QuizProfession[];
	const reasons = new Map([...template.content.querySelectorAll<HTMLElement>('[data-reason]')].map((li) => [li.dataset.reason!, li]));
	const items = new Map([...list.querySelectorAll<HTMLElement>('[data-id]')].map((li) => [li.dataset.id!, li]));

	go.addEventListener('submit', (event) => {
		event.preventDefault();
		const interest = (event.submitter as HTMLElement | null)?.dataset.interest ?? '';
		const answers = parseAnswers([...new FormData(form).entries(), ['dominant', interest]]);
		for (const ranked of rankProfessions(professions, answers)) {
			const item = items.get(ranked.id);
			if (!item) continue;
			const why = [...ranked.reasons, ...ranked.warnings].flatMap((r) => {
				const li = reasons.get(r.key);
				return li ? [li.cloneNode(true)] : [];
			});
			item.querySelector('[data-why]')?.replaceChildren(...why);
			list.append(item);
		}
		results.hidden = false;
		results.focus();
		results.scrollIntoView({ block: 'start' });
	});
}
