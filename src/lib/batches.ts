/**
 * Runs `task` over `items`, `width` at a time: bounded work in flight however
 * many items come. On a failure, the tasks of the same batch are let finish
 * before the first error is thrown, so that whoever cleans up after it (a
 * staging folder deleted) does not race a task still writing.
 */
export async function inBatches<T>(items: AsyncIterable<T> | Iterable<T>, width: number, task: (item: T) => Promise<void>) {
	let batch: Promise<void>[] = [];
	for await (const item of items) {
		batch.push(task(item));
		if (batch.length >= width) {
			await settled(batch);
			batch = [];
		}
	}
	await settled(batch);
}

async function settled(batch: Promise<void>[]) {
	const failed = (await Promise.allSettled(batch)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failed) throw failed.reason;
}
