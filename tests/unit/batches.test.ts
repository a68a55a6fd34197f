import { describe, expect, it } from 'vitest';
import { inBatches } from '../../src/lib/batches';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('inBatches', () => {
	it('runs every item, never more than `width` at a time', async () => {
		let running = 0;
		let most = 0;
		const done: number[] = [];
		await inBatches([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
			most = Math.max(most, ++running);
			await tick();
			running--;
			done.push(n);
		});
		expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(most).toBe(3);
	});

	it('lets the rest of a failing batch finish before throwing, and starts no later batch', async () => {
		const finished: number[] = [];
		await expect(
			inBatches([1, 2, 3, 4, 5], 3, async (n) => {
				if (n === 1) throw new Error('first fails');
				await tick();
				finished.push(n);
			}),
		).rejects.toThrow('first fails');
		expect(finished.sort()).toEqual([2, 3]);
	});
});
