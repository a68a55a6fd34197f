/** Runs `task` over `items`, `width` at a time: bounded work in flight however many items come. */
export async function inBatches<T>(items: AsyncIterable<T> | Iterable<T>, width: number, task: (item: T) => Promise<void>) {
	let batch: Promise<void>[] = [];
	for await (const item of items) {
		batch.push(task(item));
		if (batch.length >= width) {
			await Promise.all(batch);
			batch = [];
		}
	}
	await Promise.all(batch);
}
