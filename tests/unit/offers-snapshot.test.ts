import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapFranceTravailOffer } from '../../src/lib/offers/france-travail-map';
import {
	demoSnapshotFile,
	demoSnapshotSchema,
	isTooOld,
	loadDemoSnapshot,
	readSnapshot,
	writeSnapshot,
} from '../../src/lib/offers/snapshot';
import { offerSchema } from '../../src/schemas/offer';
import { romeTable } from '../support/rome-table';

const hour = 3_600_000;

describe('last known good copies', () => {
	it('is too old past the licence’s 24 hours, or when its date is unreadable', () => {
		const now = new Date('2026-03-02T12:00:00Z');
		expect(isTooOld('2026-03-01T12:30:00Z', now, 24)).toBe(false);
		expect(isTooOld('2026-03-01T11:59:00Z', now, 24)).toBe(true);
		expect(isTooOld(new Date(now.getTime() - 47 * hour), now, 48)).toBe(false);
		expect(isTooOld('not a date', now, 24)).toBe(true);
	});

	it('writes and reads back a copy, and says why one is unusable', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
		await writeSnapshot({ source: 'france-travail', fetchedAt: '2026-03-01T10:00:00.000Z', records: [{ id: 'A' }] }, dir);
		expect(await readSnapshot('france-travail', dir)).toEqual({
			ok: true,
			snapshot: { source: 'france-travail', fetchedAt: '2026-03-01T10:00:00.000Z', records: [{ id: 'A' }] },
		});
		expect(await readSnapshot('partner', dir)).toMatchObject({ ok: false, error: expect.stringMatching(/no last known good copy/) });
		writeFileSync(join(dir, 'broken.json'), '{"source":"broken","fetch');
		expect(await readSnapshot('broken', dir)).toMatchObject({ ok: false, error: expect.stringMatching(/unreadable/) });
	});
});

describe('the committed demonstration snapshot', () => {
	const demo = demoSnapshotSchema.parse(JSON.parse(readFileSync(demoSnapshotFile, 'utf8')));
	const records = demo.resultats as Record<string, unknown>[];

	it('holds about sixty offers in the API’s shape, marked as examples, for the three territories', () => {
		expect(demo.example).toBe(true);
		expect(demo.note).toMatch(/not real offers/);
		expect(records.length).toBeGreaterThanOrEqual(55);
		const departements = new Set(records.map((r) => String((r['lieuTravail'] as { libelle: string }).libelle).slice(0, 2)));
		expect([...departements].sort()).toEqual(['01', '40', '64']);
		for (const record of records) expect(String((record['entreprise'] as { nom: string }).nom)).toMatch(/\(exemple\)$/);
		expect(records.some((r) => r['alternance'] === true)).toBe(true);
		expect(records.some((r) => r['experienceExige'] === 'D')).toBe(true);
		expect(records.some((r) => r['dureeTravailLibelleConverti'] === 'Temps partiel')).toBe(true);
		expect(
			records.some(
				(r) => String(r['description']).includes('<script>alert(1)</script>') && String(r['description']).includes('<b>html</b>'),
			),
		).toBe(true);
	});

	it('maps every record to a valid offer, covering every profession', () => {
		const professions = new Set<string>();
		for (const record of records) {
			const outcome = mapFranceTravailOffer(record, romeTable, { example: true });
			expect(outcome.ok, JSON.stringify(record).slice(0, 80)).toBe(true);
			if (outcome.ok) professions.add(offerSchema.parse(outcome.offer).profession);
		}
		expect(professions.size).toBe(14);
	});

	it('moves its dates so that it looks fetched now, keeping the offers’ relative ages', async () => {
		const now = new Date(Date.parse(demo.fetchedAt) + 400 * 24 * hour);
		const loaded = await loadDemoSnapshot(demoSnapshotFile, now);
		expect(loaded.fetchedAt).toBe(now.toISOString());
		const before = Date.parse(String(records[0]?.['dateCreation']));
		const after = Date.parse(String((loaded.records[0] as Record<string, unknown>)['dateCreation']));
		expect(after - before).toBe(400 * 24 * hour);
		for (const record of loaded.records as Record<string, unknown>[]) {
			const created = Date.parse(String(record['dateCreation']));
			expect(created).toBeLessThanOrEqual(now.getTime());
			expect(created).toBeGreaterThanOrEqual(now.getTime() - 20 * 24 * hour);
		}
	});
});
