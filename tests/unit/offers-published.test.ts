import { describe, expect, it } from 'vitest';
import { publishedEntries } from '../../src/lib/offers/published';
import type { Offer } from '../../src/schemas/offer';

const offer = (sourceId: string, datePosted: string, source = 'france-travail') => ({ source, sourceId, datePosted }) as Offer;

describe('published offers', () => {
	it('gives each offer its page id and lists the newest first', () => {
		const entries = publishedEntries([
			offer('A1', '2026-11-20T08:00:00.000Z'),
			offer('B2', '2026-11-28T08:00:00.000Z', 'federation-employeurs-landes'),
			offer('C3', '2026-11-24T08:00:00.000Z'),
		]);
		expect(entries.map((e) => e.id)).toEqual(['federation-employeurs-landes-b2', 'france-travail-c3', 'france-travail-a1']);
		expect(entries[0]?.data.sourceId).toBe('B2');
	});

	it('orders offers of the same date by id, so that list pages do not change between builds', () => {
		const day = '2026-11-28T08:00:00.000Z';
		const ids = (list: Offer[]) => publishedEntries(list).map((e) => e.id);
		const list = [offer('Z9', day), offer('A1', day), offer('M5', day)];
		expect(ids(list)).toEqual(['france-travail-a1', 'france-travail-m5', 'france-travail-z9']);
		expect(ids([...list].reverse())).toEqual(ids(list));
	});
});
