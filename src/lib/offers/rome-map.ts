// The ONE table from ROME codes to job profiles. ROME 4.0 (2026) moved several
// meanings, and feeds still send codes of both generations, so each code lists the
// profiles it may mean; where a code is shared, words of the job title decide.
// Source: /work/shared/domain/professions.md (les-emplois ROME fixtures, v3 2024 and 4.0 2026).
import { normaliseWords } from './text';

/** Current job profiles (content/metiers/fr/<id>.mdx) that offers can be shown with. */
export const offerProfessions = [
	'accompagnant-educatif-et-social',
	'accueillant-familial',
	'aide-a-domicile',
	'aide-soignant',
	'assistant-de-service-social',
	'assistant-familial',
	'assistant-maternel',
	'conseiller-economie-sociale-familiale',
	'educateur-de-jeunes-enfants',
	'educateur-specialise',
	'encadrement-administratif',
	'mediateur-familial',
	'moniteur-educateur',
	'technicien-intervention-sociale-familiale',
] as const;
export type OfferProfession = (typeof offerProfessions)[number];

/**
 * One reading of a code: the profile, and the title phrases that select it (any of
 * them). A rule without phrases is the code's default. Phrases are lowercase ASCII
 * words; a trailing `*` matches a word's beginning ("maternel*" matches "maternelle").
 */
interface Rule {
	profession: OfferProfession;
	when?: readonly string[];
}

const aes = ['accompagnant* educatif*', 'aes', 'deaes', 'amp', 'aide medico*', 'auxiliaire* de vie', 'avs', 'assistant* de vie'];

export const romeTable: Readonly<Record<string, readonly Rule[]>> = {
	J1501: [{ profession: 'aide-soignant' }],
	// v3: AMP/AES; 4.0: "éducateur en locomotion", not ours, so only an AES title counts.
	K1301: [{ profession: 'accompagnant-educatif-et-social', when: aes }],
	// v3 and 4.0: assistance to adults (AES, auxiliaire/assistant de vie, accueil familial).
	K1302: [
		{ profession: 'accueillant-familial', when: ['accueil* familial*', 'famille* d accueil'] },
		{ profession: 'accompagnant-educatif-et-social' },
	],
	// v3 only: assistance to children, shared by assistant maternel and assistant familial.
	K1303: [
		// Maternel first: "assistante maternelle en crèche familiale" is an assistant maternel.
		{ profession: 'assistant-maternel', when: ['maternel*', 'nounou*'] },
		{ profession: 'assistant-familial', when: ['familial*', 'famille* d accueil'] },
	],
	K1304: [{ profession: 'aide-a-domicile' }],
	K1305: [{ profession: 'technicien-intervention-sociale-familiale' }],
	K1306: [{ profession: 'accompagnant-educatif-et-social' }],
	K1309: [{ profession: 'assistant-familial' }],
	K1310: [{ profession: 'assistant-maternel' }],
	// 4.0: ADVF, home help and "assistant de vie aux familles".
	K1311: [{ profession: 'aide-a-domicile' }],
	K1312: [{ profession: 'accueillant-familial' }],
	// v3: assistant de service social and CESF; 4.0 moved CESF to K1225.
	K1201: [
		{ profession: 'conseiller-economie-sociale-familiale', when: ['cesf', 'conseill* en economie*', 'conseill* economie*', 'decesf'] },
		{ profession: 'assistant-de-service-social' },
	],
	K1225: [{ profession: 'conseiller-economie-sociale-familiale' }],
	K1202: [{ profession: 'educateur-de-jeunes-enfants' }],
	// v3: éducateur spécialisé and moniteur-éducateur; 4.0 moved the latter to K1208.
	K1207: [{ profession: 'moniteur-educateur', when: ['moniteur*', 'monitrice*'] }, { profession: 'educateur-specialise' }],
	K1208: [{ profession: 'moniteur-educateur' }],
	// v3 K1101 also covers other family-support jobs: only a mediator's title counts.
	K1101: [{ profession: 'mediateur-familial', when: ['mediat*'] }],
	K1408: [{ profession: 'encadrement-administratif' }],
};

/** The ROME codes to ask feeds for, both generations. */
export const romeCodesToQuery: readonly string[] = Object.keys(romeTable).sort();

const phraseCache = new Map<string, RegExp>();
function phraseMatcher(phrase: string): RegExp {
	let re = phraseCache.get(phrase);
	if (!re) {
		const words = phrase.split(' ').map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}[a-z0-9]*` : escape(w)));
		re = new RegExp(`(?:^| )${words.join(' ')}(?: |$)`);
		phraseCache.set(phrase, re);
	}
	return re;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The profile an offer belongs to, from its ROME code and title (both generations of
 * codes accepted). Null when the code is not ours or the title cannot settle a shared
 * code: such an offer is dropped rather than shown under the wrong job.
 */
export function professionFor(romeCode: string, title: string): OfferProfession | null {
	const rules = romeTable[romeCode.trim().toUpperCase()];
	if (!rules) return null;
	const words = normaliseWords(title);
	for (const rule of rules) {
		if (!rule.when || rule.when.some((phrase) => phraseMatcher(phrase).test(words))) return rule.profession;
	}
	return null;
}
