// Every source → validated, deduplicated, fresh offers, newest first, and a report
// saying per source what was fetched, dropped and why. Nothing here throws: a broken
// feed costs its own offers (or falls back to its last good copy), never the build.
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { offerSchema, type Offer } from '../../schemas/offer';
import { fetchFranceTravail, type FranceTravailOptions } from './france-travail';
import { franceTravailSource, mapFranceTravailOffer } from './france-travail-map';
import { messageOf } from './http';
import { fetchPartnerFeed, mapPartnerRecord, type PartnerFeedConfig } from './partner-feed';
import { romeCodesToQuery, type RomeTable } from './rome-map';
import type { OfferSettings } from './settings';
import {
	defaultCacheDir,
	defaultSnapshotMaxAgeHours,
	demoSnapshotFile,
	isTooOld,
	loadDemoSnapshot,
	readSnapshot,
	writeSnapshot,
} from './snapshot';
import { normaliseWords } from './text';
import type { DropReason, MapOutcome } from './types';

/** Tuning of the France Travail client (timeouts, paging), mostly for tests. */
export type FranceTravailTuning = Partial<
	Pick<
		FranceTravailOptions,
		'pageSize' | 'startIndexCap' | 'requestTimeoutMs' | 'deadlineMs' | 'maxRetries' | 'backoffMs' | 'maxRetryAfterMs' | 'minIntervalMs'
	>
>;

export interface CollectOptions {
	settings: Pick<OfferSettings, 'mode' | 'franceTravail'>;
	/** The territory's départements. */
	departements: readonly string[];
	/** ROME code → job profile, built from the profiles (rome-map.ts: buildRomeTable(readRomeProfiles())). */
	romeTable: RomeTable;
	/** The codes to ask France Travail for; default: every code of the table. */
	romeCodes?: readonly string[] | undefined;
	partners?: readonly PartnerFeedConfig[] | undefined;
	now?: Date | undefined;
	/** Offers posted longer ago are dropped. */
	maxAgeDays?: number | undefined;
	/** How old France Travail's last known good copy may be (its licence: 24 h). */
	snapshotMaxAgeHours?: number | undefined;
	/** Relative paths below are resolved against this folder (default: the working directory). */
	root?: string | undefined;
	cacheDir?: string | undefined;
	demoSnapshotPath?: string | undefined;
	franceTravail?: FranceTravailTuning | undefined;
	fetch?: typeof fetch | undefined;
}

/** Where a source's offers came from this time. */
export type SourceOrigin = 'live' | 'last-known-good' | 'demo' | 'none';

export interface SourceReport {
	source: string;
	/** The name to credit on pages ("France Travail", a partner's name). */
	name: string;
	origin: SourceOrigin;
	/** Raw records read (live, last known good or demo). */
	fetched: number;
	/** Records that became offers: fetched minus dropped. */
	valid: number;
	/** Count per reason: unknown-rome, invalid:<field>, expired, too-old… */
	dropped: Partial<Record<DropReason, number>>;
	/** Valid offers not shown because another source (or an earlier record) has them. */
	duplicates: number;
	/** Offers this source contributes to the site. */
	shown: number;
	durationMs: number;
	fallbackUsed: boolean;
	/** True when the source's data was too old or missing: none of its offers are shown. */
	hidden: boolean;
	/** When the shown data was fetched (ISO): the "date of last update" the licence asks pages to show. */
	dataDate: string | null;
	example: boolean;
	errors: string[];
}

export interface OffersReport {
	generatedAt: string;
	mode: OfferSettings['mode'];
	total: number;
	sources: SourceReport[];
}

/** Raw records of one source and where they came from. */
interface Acquired {
	records: unknown[];
	origin: SourceOrigin;
	dataDate: string | null;
	fallbackUsed: boolean;
	hidden: boolean;
	example: boolean;
	errors: string[];
}

interface Source {
	id: string;
	name: string;
	acquire: () => Promise<Acquired>;
	map: (record: unknown, example: boolean) => MapOutcome;
}

export async function collectOffers(options: CollectOptions): Promise<{ offers: Offer[]; report: OffersReport }> {
	const now = options.now ?? new Date();
	const root = options.root ?? process.cwd();
	const at = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
	const context: Context = {
		...options,
		now,
		root,
		cacheDir: at(options.cacheDir ?? defaultCacheDir),
		demoSnapshotPath: at(options.demoSnapshotPath ?? demoSnapshotFile),
		maxAgeDays: options.maxAgeDays ?? 60,
		snapshotMaxAgeHours: options.snapshotMaxAgeHours ?? defaultSnapshotMaxAgeHours,
	};
	// France Travail first: on a duplicate, its copy is the one kept.
	const sources = [franceTravailSourceOf(context), ...(options.partners ?? []).map((p) => partnerSourceOf(p, context))];

	const runs = await Promise.all(
		sources.map(async (source) => {
			const started = performance.now();
			const acquired = await source
				.acquire()
				.catch((error: unknown): Acquired => ({ ...nothing, errors: [`unexpected error: ${messageOf(error)}`] }));
			const checked = validate(source, acquired, context);
			return { source, acquired, checked, durationMs: Math.round(performance.now() - started) };
		}),
	);

	const seenIds = new Set<string>();
	const seenContent = new Map<string, string>();
	const offers: Offer[] = [];
	const reports: SourceReport[] = [];
	for (const { source, acquired, checked, durationMs } of runs) {
		let duplicates = 0;
		for (const offer of checked.offers) {
			const key = contentKey(offer);
			const other = key ? seenContent.get(key) : undefined;
			const repeated = seenIds.has(offer.id);
			seenIds.add(offer.id);
			if (repeated || (other !== undefined && other !== offer.source)) {
				duplicates++;
				continue;
			}
			if (key && other === undefined) seenContent.set(key, offer.source);
			offers.push(offer);
		}
		reports.push({
			source: source.id,
			name: source.name,
			origin: acquired.origin,
			fetched: acquired.records.length,
			valid: checked.offers.length,
			dropped: checked.dropped,
			duplicates,
			shown: checked.offers.length - duplicates,
			durationMs,
			fallbackUsed: acquired.fallbackUsed,
			hidden: acquired.hidden,
			dataDate: acquired.dataDate,
			example: acquired.example,
			errors: acquired.errors,
		});
	}
	offers.sort((a, b) => b.datePosted.localeCompare(a.datePosted) || a.id.localeCompare(b.id));
	return { offers, report: { generatedAt: now.toISOString(), mode: options.settings.mode, total: offers.length, sources: reports } };
}

type Context = Omit<CollectOptions, 'now' | 'root' | 'cacheDir' | 'demoSnapshotPath' | 'maxAgeDays' | 'snapshotMaxAgeHours'> & {
	now: Date;
	root: string;
	cacheDir: string;
	demoSnapshotPath: string;
	maxAgeDays: number;
	snapshotMaxAgeHours: number;
};

const nothing: Acquired = { records: [], origin: 'none', dataDate: null, fallbackUsed: false, hidden: true, example: false, errors: [] };

function franceTravailSourceOf(context: Context): Source {
	const { settings, now } = context;
	return {
		id: franceTravailSource,
		name: 'France Travail',
		map: (record, example) => mapFranceTravailOffer(record, context.romeTable, { example }),
		acquire: async () => {
			if (settings.mode === 'snapshot') {
				try {
					const demo = await loadDemoSnapshot(context.demoSnapshotPath, now);
					return {
						records: demo.records,
						origin: 'demo',
						dataDate: demo.fetchedAt,
						fallbackUsed: false,
						hidden: false,
						example: true,
						errors: [],
					};
				} catch (error) {
					return { ...nothing, errors: [`demonstration snapshot ${context.demoSnapshotPath}: ${messageOf(error)}`] };
				}
			}
			if (!settings.franceTravail) {
				return lastKnownGood(franceTravailSource, context, context.snapshotMaxAgeHours, [
					'no France Travail credentials (FRANCE_TRAVAIL_CLIENT_ID, FRANCE_TRAVAIL_CLIENT_SECRET)',
				]);
			}
			const result = await fetchFranceTravail({
				...context.franceTravail,
				...settings.franceTravail,
				romeCodes: context.romeCodes ?? romeCodesToQuery(context.romeTable),
				departements: context.departements,
				maxAgeDays: context.maxAgeDays,
				now,
				fetch: context.fetch,
			});
			return fromLive(franceTravailSource, result, context, context.snapshotMaxAgeHours);
		},
	};
}

function partnerSourceOf(config: PartnerFeedConfig, context: Context): Source {
	return {
		id: config.id,
		name: config.name,
		map: (record) => mapPartnerRecord(record, config, context.romeTable),
		acquire: async () => {
			// Snapshot mode builds offline: a partner's web feed is read from its last good copy only.
			if (config.url && context.settings.mode === 'snapshot') {
				return lastKnownGood(config.id, context, config.snapshotMaxAgeHours, ['snapshot mode: the feed was not downloaded']);
			}
			const result = await fetchPartnerFeed(config, { fetch: context.fetch, root: context.root });
			if (config.file && result.status === 'complete') {
				// A file in the repository is its own last good copy; its date is when it was last changed.
				const changed = await stat(resolve(context.root, config.file)).then(
					(s) => s.mtime.toISOString(),
					() => context.now.toISOString(),
				);
				return {
					records: result.records,
					origin: 'live',
					dataDate: changed,
					fallbackUsed: false,
					hidden: false,
					example: config.example,
					errors: [],
				};
			}
			return { ...(await fromLive(config.id, result, context, config.snapshotMaxAgeHours)), example: config.example };
		},
	};
}

/** Live data when it came, saved as the new last good copy; the last good copy when it did not. */
async function fromLive(
	source: string,
	result: { records: unknown[]; errors: string[]; status: 'complete' | 'partial' | 'failed' },
	context: Context,
	maxAgeHours: number,
): Promise<Acquired> {
	if (result.status === 'failed') return lastKnownGood(source, context, maxAgeHours, result.errors);
	const fetchedAt = context.now.toISOString();
	const errors = [...result.errors];
	if (result.status === 'complete') {
		// Only a complete answer replaces the last good copy: a partial one would shrink it.
		await writeSnapshot({ source, fetchedAt, records: result.records }, context.cacheDir).catch((error: unknown) => {
			errors.push(`could not save the last known good copy: ${messageOf(error)}`);
		});
	}
	return { records: result.records, origin: 'live', dataDate: fetchedAt, fallbackUsed: false, hidden: false, example: false, errors };
}

async function lastKnownGood(source: string, context: Context, maxAgeHours: number, errors: string[]): Promise<Acquired> {
	const read = await readSnapshot(source, context.cacheDir);
	if (!read.ok) return { ...nothing, errors: [...errors, `${read.error}: offers hidden`] };
	const { snapshot } = read;
	if (isTooOld(snapshot.fetchedAt, context.now, maxAgeHours)) {
		return {
			...nothing,
			dataDate: snapshot.fetchedAt,
			errors: [...errors, `last known good copy from ${snapshot.fetchedAt} is older than ${maxAgeHours} h: offers hidden`],
		};
	}
	return {
		records: snapshot.records,
		origin: 'last-known-good',
		dataDate: snapshot.fetchedAt,
		fallbackUsed: true,
		hidden: false,
		example: false,
		errors: [...errors, `using the last known good copy from ${snapshot.fetchedAt}`],
	};
}

/** Maps, validates and filters one source's records; never throws on a bad record. */
function validate(source: Source, acquired: Acquired, context: Context): { offers: Offer[]; dropped: Partial<Record<DropReason, number>> } {
	const dropped: Partial<Record<DropReason, number>> = {};
	const drop = (reason: DropReason) => {
		dropped[reason] = (dropped[reason] ?? 0) + 1;
	};
	const oldest = context.now.getTime() - context.maxAgeDays * 86_400_000;
	const territory = new Set(context.departements);
	const offers: Offer[] = [];
	for (const record of acquired.records) {
		let outcome: MapOutcome;
		try {
			outcome = source.map(record, acquired.example);
		} catch {
			drop('not-an-object');
			continue;
		}
		if (!outcome.ok) {
			drop(outcome.reason);
			continue;
		}
		const parsed = offerSchema.safeParse(outcome.offer);
		if (!parsed.success) {
			const field = parsed.error.issues[0]?.path.map(String).join('.') || 'record';
			drop(`invalid:${field}`);
			continue;
		}
		const offer = parsed.data;
		// The API is asked for the territory only, but the demo snapshot and partners' feeds cover more.
		if (territory.size && offer.departement && !territory.has(offer.departement)) drop('outside-territory');
		else if (offer.validThrough && Date.parse(offer.validThrough) < context.now.getTime()) drop('expired');
		else if (Date.parse(offer.datePosted) < oldest) drop('too-old');
		else offers.push(offer);
	}
	return { offers, dropped };
}

/**
 * Two sources publishing the same job: same words in title, employer and town, and
 * the same contract. Without an employer the match is too weak to merge offers.
 */
function contentKey(offer: Offer): string | null {
	if (!offer.employer) return null;
	return [offer.title, offer.employer, offer.town ?? '', offer.contractType].map((part) => normaliseWords(part)).join('|');
}

/** A small fixed-width table for the build log. */
export function formatReport(report: OffersReport): string {
	const header = ['source', 'origin', 'fetched', 'valid', 'dropped', 'dupes', 'shown', 'ms', 'data date'];
	const rows = report.sources.map((s) => [
		s.source + (s.example ? ' (example)' : ''),
		s.hidden ? 'HIDDEN' : s.origin,
		String(s.fetched),
		String(s.valid),
		String(Object.values(s.dropped).reduce((sum: number, n) => sum + (n ?? 0), 0)),
		String(s.duplicates),
		String(s.shown),
		String(s.durationMs),
		s.dataDate ?? '-',
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const numeric = new Set([2, 3, 4, 5, 6, 7]);
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
			.join('  ')
			.trimEnd();
	const lines = [
		`Offers (${report.mode} mode): ${report.total} shown`,
		line(header),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map(line),
	];
	for (const s of report.sources) {
		const reasons = Object.entries(s.dropped).map(([reason, n]) => `${reason} ${n}`);
		if (reasons.length) lines.push(`  ${s.source} dropped: ${reasons.join(', ')}`);
		for (const error of s.errors) lines.push(`  ${s.source}: ${error}`);
	}
	return lines.join('\n');
}
