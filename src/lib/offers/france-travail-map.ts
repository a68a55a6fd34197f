// One raw France Travail record → one offer to validate, or the reason to drop it.
// Every text goes through cleanText (plain text, no control characters, capped):
// a description is shown as text, whatever it contains.
import { textLimits, type ContractType, type OfferInput, type WorkingTime } from '../../schemas/offer';
import { professionFor, type RomeTable } from './rome-map';
import { cleanText, toIsoDate, townCase, webUrlOrNull } from './text';
import type { MapOutcome } from './types';

export { franceTravailSource } from '../../schemas/offer';
import { franceTravailSource } from '../../schemas/offer';

/** The public page of an offer on France Travail's site. */
export const franceTravailOfferUrl = (id: string) => `https://candidat.francetravail.fr/offres/recherche/detail/${encodeURIComponent(id)}`;

const contractTypesByCode: Record<string, ContractType> = {
	CDI: 'cdi',
	CDD: 'cdd',
	MIS: 'interim',
	SAI: 'saisonnier',
	LIB: 'liberal',
};

type Raw = Record<string, unknown>;
const object = (value: unknown): Raw | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;

export function mapFranceTravailOffer(raw: unknown, romeTable: RomeTable, options: { example?: boolean } = {}): MapOutcome {
	const record = object(raw);
	if (!record) return { ok: false, reason: 'not-an-object' };
	const sourceId = cleanText(record['id'], 200);
	if (!sourceId) return { ok: false, reason: 'missing-id' };
	const romeCode = cleanText(record['romeCode'], 10)?.toUpperCase();
	if (!romeCode) return { ok: false, reason: 'missing-rome-code' };
	const title = cleanText(record['intitule'], textLimits.title) ?? '';
	// The appellation is France Travail's standard job name: it settles shared codes when the title is vague.
	const profession = professionFor(romeTable, romeCode, `${title} ${cleanText(record['appellationlibelle'], 200) ?? ''}`);
	if (!profession) return { ok: false, reason: 'unknown-rome' };

	const place = object(record['lieuTravail']);
	const { town, departement } = placeOf(cleanText(place?.['libelle'], textLimits.town));
	const postcode = cleanText(place?.['codePostal'], 10);
	const origin = object(record['origineOffre']);
	const contact = object(record['contact']);
	const datePosted = toIsoDate(record['dateCreation']);
	const nature = cleanText(record['natureContrat'], 100) ?? '';
	const apprenticeship = record['alternance'] === true || /apprentissage|professionnalisation/i.test(nature);
	const typeCode = cleanText(record['typeContrat'], 10)?.toUpperCase() ?? '';

	const offer: OfferInput = {
		id: `${franceTravailSource}:${sourceId}`,
		source: franceTravailSource,
		sourceId,
		title,
		description: cleanText(record['description'], textLimits.description) ?? '',
		// The origin page when France Travail gives one (a partner's site for relayed offers), else its own page.
		url: webUrlOrNull(origin?.['urlOrigine']) ?? franceTravailOfferUrl(sourceId),
		applyUrl: webUrlOrNull(contact?.['urlPostulation']),
		employer: cleanText(object(record['entreprise'])?.['nom'], textLimits.employer),
		town,
		postcode,
		departement: departement ?? departementOf(postcode),
		romeCode,
		profession,
		contractType: apprenticeship ? 'apprentissage' : (contractTypesByCode[typeCode] ?? 'autre'),
		contractLabel: cleanText(record['typeContratLibelle'], textLimits.label),
		workingTime: workingTimeOf(record['dureeTravailLibelleConverti']),
		workingTimeLabel: cleanText(record['dureeTravailLibelle'], textLimits.label),
		apprenticeship,
		beginnerWelcome: record['experienceExige'] === 'D',
		experienceLabel: cleanText(record['experienceLibelle'], textLimits.label),
		salaryLabel: cleanText(object(record['salaire'])?.['libelle'], textLimits.label),
		// Missing or unreadable dates stay as they are so the schema names the field.
		datePosted: datePosted ?? String(record['dateCreation'] ?? ''),
		dateUpdated: toIsoDate(record['dateActualisation']) ?? datePosted ?? '',
		validThrough: null,
		example: options.example === true,
	};
	return { ok: true, offer };
}

/** "40 - DAX" → Dax in 40; "40 - Landes" (a whole département) → no town. */
export function placeOf(label: string | null): { town: string | null; departement: string | null } {
	if (!label) return { town: null, departement: null };
	const match = /^(\d{2,3}|2A|2B)\s*-\s*(.+)$/i.exec(label);
	if (!match) return { town: townCase(label), departement: null };
	const [, code = '', name = ''] = match;
	// A town comes in capitals ("40 - DAX"); a whole département in mixed case ("40 - Landes").
	return { town: name === name.toUpperCase() ? townCase(name) : null, departement: code.toUpperCase() };
}

export function departementOf(postcode: string | null): string | null {
	if (!postcode || !/^\d{5}$/.test(postcode)) return null;
	// Corsica (20) splits into 2A/2B by commune, not by postcode: leave it unknown.
	if (postcode.startsWith('20')) return null;
	return postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2);
}

export function workingTimeOf(value: unknown): WorkingTime | null {
	if (typeof value !== 'string') return null;
	if (/partiel|part[- ]time/i.test(value)) return 'temps-partiel';
	if (/plein|complet|full[- ]time/i.test(value)) return 'temps-plein';
	return null;
}
