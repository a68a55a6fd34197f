// Last known good copies of each source, and the committed demonstration snapshot.
// France Travail's licence wants data refreshed at least every 24 hours: a copy older
// than that is not shown, whatever else fails.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { entryId } from '../../schemas/shared';
import { messageOf } from './http';

export const defaultCacheDir = '.cache/offers';
export const demoSnapshotFile = 'content/offres/demo/france-travail.json';
/** The France Travail licence's refresh period. */
export const defaultSnapshotMaxAgeHours = 24;

const isoDateTime = z.iso.datetime();

export const snapshotSchema = z.object({
	source: entryId,
	fetchedAt: isoDateTime,
	records: z.array(z.unknown()),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** The committed demonstration file: France Travail's own answer shape, marked as an example. */
export const demoSnapshotSchema = z.object({
	example: z.literal(true),
	source: z.literal('france-travail'),
	fetchedAt: isoDateTime,
	note: z.string().min(10),
	resultats: z.array(z.unknown()),
});
export type DemoSnapshot = z.infer<typeof demoSnapshotSchema>;

export const snapshotPath = (source: string, cacheDir = defaultCacheDir) => join(cacheDir, `${source}.json`);

/** Writes the copy atomically (temporary file, then rename): a build killed midway leaves the old copy whole. */
export async function writeSnapshot(snapshot: Snapshot, cacheDir = defaultCacheDir): Promise<void> {
	const path = snapshotPath(snapshot.source, cacheDir);
	await mkdir(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	await writeFile(temporary, `${JSON.stringify(snapshot)}\n`);
	await rename(temporary, path);
}

export type SnapshotRead = { ok: true; snapshot: Snapshot } | { ok: false; error: string };

export async function readSnapshot(source: string, cacheDir = defaultCacheDir): Promise<SnapshotRead> {
	const path = snapshotPath(source, cacheDir);
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		return { ok: false, error: missing ? `no last known good copy at ${path}` : `cannot read ${path}: ${messageOf(error)}` };
	}
	try {
		const parsed = snapshotSchema.safeParse(JSON.parse(text));
		if (parsed.success && parsed.data.source === source) return { ok: true, snapshot: parsed.data };
		return { ok: false, error: `${path} is not a snapshot of ${source}` };
	} catch (error) {
		return { ok: false, error: `${path} is unreadable: ${messageOf(error)}` };
	}
}

/** True when data fetched at `fetchedAt` may no longer be shown at `now`. An unreadable date is too old. */
export function isTooOld(fetchedAt: string | Date, now: Date, maxAgeHours: number): boolean {
	const time = fetchedAt instanceof Date ? fetchedAt.getTime() : Date.parse(fetchedAt);
	if (Number.isNaN(time)) return true;
	return now.getTime() - time > maxAgeHours * 3_600_000;
}

/** Date fields of a France Travail record that move with the demonstration snapshot. */
const shiftedFields = ['dateCreation', 'dateActualisation'] as const;

/**
 * Reads the demonstration snapshot and moves its dates so that it looks fetched at
 * `now`: the demo never goes stale, and offers keep their relative ages. Throws on
 * an unreadable or invalid file (the pipeline reports it).
 */
export async function loadDemoSnapshot(path: string, now: Date): Promise<Snapshot> {
	const demo = demoSnapshotSchema.parse(JSON.parse(await readFile(path, 'utf8')));
	const shift = now.getTime() - Date.parse(demo.fetchedAt);
	return { source: demo.source, fetchedAt: now.toISOString(), records: demo.resultats.map((record) => shiftDates(record, shift)) };
}

export function shiftDates(record: unknown, shiftMs: number): unknown {
	if (!record || typeof record !== 'object' || Array.isArray(record)) return record;
	const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
	for (const field of shiftedFields) {
		const value = copy[field];
		const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
		if (!Number.isNaN(time)) copy[field] = new Date(time + shiftMs).toISOString();
	}
	return copy;
}
