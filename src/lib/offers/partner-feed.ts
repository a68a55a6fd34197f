// Any partner's own export (an employers' federation, a hospital group, a
// département's job board) as JSON or CSV, from a URL or a file in the repository,
// mapped field by field to the offer shape. Like every source it never throws.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { textLimits, type ContractType, type OfferInput } from '../../schemas/offer';
import type { PartnerFeedConfig } from '../../schemas/partner-feed';
import { csvRecords } from './csv';
import { workingTimeOf, departementOf } from './france-travail-map';
import { Deadline, GiveUp, RequestFailed, httpRequest, messageOf } from './http';
import { professionFor, type RomeTable } from './rome-map';
import { cleanText, htmlToText, normaliseWords, toIsoDate, townCase, webUrlOrNull } from './text';
import type { MapOutcome } from './types';

export {
	partnerFeedConfigSchema,
	partnerFieldsSchema,
	type PartnerFeedConfig,
	type PartnerFeedConfigInput,
} from '../../schemas/partner-feed';

export interface PartnerFeedResult {
	records: unknown[];
	errors: string[];
	status: 'complete' | 'failed';
}

/** Reads the partner's feed (URL with timeout, or file) into raw records. Never throws. */
export async function fetchPartnerFeed(
	config: PartnerFeedConfig,
	options: { fetch?: typeof fetch | undefined; root?: string | undefined } = {},
): Promise<PartnerFeedResult> {
	try {
		const text = config.url
			? await download(config, options.fetch ?? globalThis.fetch)
			: await readFile(filePath(config, options.root), 'utf8');
		return { records: parseFeed(config, text), errors: [], status: 'complete' };
	} catch (error) {
		return { records: [], errors: [`${config.id}: ${messageOf(error)}`], status: 'failed' };
	}
}

function filePath(config: PartnerFeedConfig, root = process.cwd()): string {
	const file = config.file ?? '';
	return isAbsolute(file) ? file : resolve(root, file);
}

async function download(config: PartnerFeedConfig, fetchImpl: typeof fetch): Promise<string> {
	const url = config.url ?? '';
	// One retry: a partner's server is not worth more of the build's time.
	const deadline = new Deadline(config.timeoutMs * 2 + 1000);
	try {
		const answer = await httpRequest(
			{
				fetch: fetchImpl,
				deadline,
				policy: { requestTimeoutMs: config.timeoutMs, maxRetries: 1, backoffMs: 250, maxRetryAfterMs: 1000, minIntervalMs: 0 },
				stats: { requests: 0, retries: 0, lastRequestAt: 0 },
			},
			url,
			url,
			{ headers: { Accept: config.format === 'json' ? 'application/json' : 'text/csv, text/plain' } },
			false,
		);
		if (answer.status !== 200) throw new Error(`${url}: HTTP ${answer.status}`);
		return String(answer.body);
	} catch (error) {
		if (error instanceof GiveUp || error instanceof RequestFailed) throw new Error(error.message, { cause: error });
		throw error;
	} finally {
		deadline.dispose();
	}
}

/** The raw records of a feed's text: JSON objects, or CSV rows keyed by column name. */
export function parseFeed(config: PartnerFeedConfig, text: string): unknown[] {
	if (config.format === 'csv') return csvRecords(text, config.delimiter);
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch (error) {
		throw new Error(`unreadable JSON (${messageOf(error)})`, { cause: error });
	}
	const list = config.records ? valueAt(document, config.records) : document;
	if (!Array.isArray(list)) throw new Error(`no list of offers at ${config.records ? `"${config.records}"` : 'the top of the document'}`);
	return list;
}

/** `valueAt({a: {b: [1]}}, "a.b.0")` → 1. CSV records have flat keys, which may contain dots. */
export function valueAt(value: unknown, path: string): unknown {
	if (value && typeof value === 'object' && path in value) return (value as Record<string, unknown>)[path];
	let current = value;
	for (const key of path.split('.')) {
		if (!current || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

export function mapPartnerRecord(raw: unknown, config: PartnerFeedConfig, romeTable: RomeTable): MapOutcome {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not-an-object' };
	const get = (field: keyof PartnerFeedConfig['fields']) => {
		const path = config.fields[field];
		return path === undefined ? undefined : valueAt(raw, path);
	};
	// Ids become part of offer ids and URLs: keep them to one safe token.
	const sourceId = cleanText(get('id'), 200)?.replace(/[\s/?#]+/g, '-');
	if (!sourceId) return { ok: false, reason: 'missing-id' };
	const romeCode = cleanText(get('romeCode'), 10)?.toUpperCase();
	if (!romeCode) return { ok: false, reason: 'missing-rome-code' };
	const title = cleanText(get('title'), textLimits.title) ?? '';
	const profession = professionFor(romeTable, romeCode, title);
	if (!profession) return { ok: false, reason: 'unknown-rome' };

	const rawDescription = get('description');
	const description =
		config.descriptionFormat === 'html' && typeof rawDescription === 'string' ? htmlToText(rawDescription) : rawDescription;
	const rawUrl = get('url');
	const datePosted = toIsoDate(get('datePosted'));
	const postcode = cleanText(get('postcode'), 10);
	const town = cleanText(get('town'), textLimits.town);
	const contractType = contractTypeOf(get('contractType'));
	const apprenticeship = yes(get('apprenticeship')) || contractType === 'apprentissage';
	const rawValidThrough = get('validThrough');

	const offer: OfferInput = {
		id: `${config.id}:${sourceId}`,
		source: config.id,
		sourceId,
		title,
		description: cleanText(description, textLimits.description) ?? '',
		// An unusable address is passed on as is, for the schema to refuse and the report to count.
		url: webUrlOrNull(rawUrl) ?? String(rawUrl ?? ''),
		applyUrl: null,
		employer: cleanText(get('employer'), textLimits.employer),
		town: town ? townCase(town) : null,
		postcode,
		departement: departementOf(postcode),
		romeCode,
		profession,
		contractType: apprenticeship ? 'apprentissage' : contractType,
		contractLabel: cleanText(get('contractType'), textLimits.label),
		workingTime: workingTimeOf(get('workingTime')),
		workingTimeLabel: cleanText(get('workingTime'), textLimits.label),
		apprenticeship,
		beginnerWelcome: false,
		experienceLabel: null,
		salaryLabel: null,
		datePosted: datePosted ?? String(get('datePosted') ?? ''),
		dateUpdated: datePosted ?? '',
		validThrough: cleanText(rawValidThrough, 40) ? (endOfDay(rawValidThrough) ?? String(rawValidThrough)) : null,
		example: config.example,
	};
	return { ok: true, offer };
}

/** Partners write contracts in their own words: "CDI", "Contrat à durée déterminée", "Intérim"… */
export function contractTypeOf(value: unknown): ContractType {
	const words = typeof value === 'string' ? normaliseWords(value) : '';
	if (/\b(cdi|indetermine)/.test(words)) return 'cdi';
	if (/\b(cdd|determine)/.test(words)) return 'cdd';
	if (/\b(interim|mis|mission)/.test(words)) return 'interim';
	if (/\bsaison/.test(words)) return 'saisonnier';
	if (/\b(apprenti|alternance|professionnalisation)/.test(words)) return 'apprentissage';
	if (/\b(liberal|lib)\b/.test(words)) return 'liberal';
	return 'autre';
}

/** "Valid through 2026-03-01" means until that day ends, not its first second. */
function endOfDay(value: unknown): string | null {
	const iso = toIsoDate(value);
	if (!iso || typeof value !== 'string' || /\d:\d/.test(value)) return iso;
	return iso.replace(/T.*$/, 'T23:59:59.999Z');
}

function yes(value: unknown): boolean {
	if (value === true || value === 1) return true;
	return typeof value === 'string' && /^(true|oui|yes|1|x|vrai)$/i.test(value.trim());
}
