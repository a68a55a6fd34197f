// HTTP with the guards a build needs: a timeout per request, a deadline for the
// whole feed, bounded retries (429 honours Retry-After, 5xx and network errors back
// off exponentially). A slow or broken partner must never hang or crash the build.

/** Stops the whole feed (deadline reached, credentials refused): nothing more to gain by trying. */
export class GiveUp extends Error {
	override name = 'GiveUp';
}

/** One request failed after its retries; the feed may go on with other requests. */
export class RequestFailed extends Error {
	override name = 'RequestFailed';
}

/** The time budget of a whole feed; its signal aborts requests and waits still running. */
export class Deadline {
	readonly #controller = new AbortController();
	readonly #timer: ReturnType<typeof setTimeout>;
	readonly #at: number;

	constructor(readonly ms: number) {
		this.#at = Date.now() + ms;
		this.#timer = setTimeout(() => this.#controller.abort(new GiveUp(`deadline of ${ms} ms for the whole feed reached`)), ms);
		// A pending deadline must not keep the build process alive.
		if (typeof this.#timer === 'object' && 'unref' in this.#timer) this.#timer.unref();
	}

	get signal(): AbortSignal {
		return this.#controller.signal;
	}
	remaining(): number {
		return Math.max(0, this.#at - Date.now());
	}
	check(): void {
		if (this.signal.aborted || this.remaining() <= 0) throw new GiveUp(`deadline of ${this.ms} ms for the whole feed reached`);
	}
	dispose(): void {
		clearTimeout(this.#timer);
	}
}

export interface RetryPolicy {
	requestTimeoutMs: number;
	/** Retries after the first attempt, for 429, 5xx, timeouts, network errors and unreadable bodies. */
	maxRetries: number;
	/** First backoff; doubles on each retry. */
	backoffMs: number;
	/** Longest wait a Retry-After header may impose. */
	maxRetryAfterMs: number;
	/** Shortest gap between two requests (France Travail allows a few calls per second). */
	minIntervalMs: number;
}

export interface HttpContext {
	fetch: typeof fetch;
	deadline: Deadline;
	policy: RetryPolicy;
	stats: { requests: number; retries: number; lastRequestAt: number };
}

export interface HttpAnswer {
	status: number;
	headers: Headers;
	/** Parsed JSON for a 2xx answer with a body when `json` was asked, else the text. */
	body: unknown;
}

/** Waits `ms`, or less if the signal aborts (then throws its reason). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}

/** Retry-After in seconds or as an HTTP date, in milliseconds; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
	if (!header) return null;
	const text = header.trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * One logical request, retried as the policy allows. Returns any final answer
 * (including 4xx, which the caller interprets); throws RequestFailed when retries
 * run out and GiveUp when the deadline is reached.
 */
export async function httpRequest(ctx: HttpContext, label: string, url: string, init: RequestInit, json: boolean): Promise<HttpAnswer> {
	const { policy, deadline, stats } = ctx;
	for (let attempt = 0; ; attempt++) {
		deadline.check();
		const gap = stats.lastRequestAt + policy.minIntervalMs - Date.now();
		if (gap > 0) await sleep(gap, deadline.signal);
		const timeoutMs = Math.max(1, Math.min(policy.requestTimeoutMs, deadline.remaining()));
		stats.requests++;
		stats.lastRequestAt = Date.now();
		let problem: string;
		let wait = policy.backoffMs * 2 ** attempt;
		try {
			const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), deadline.signal]);
			const response = await ctx.fetch(url, { ...init, signal });
			// The body is read under the same signal: a server that stalls mid-body times out too.
			const text = await response.text();
			if (response.status === 429) {
				problem = 'HTTP 429 (rate limited)';
				wait = Math.min(retryAfterMs(response.headers.get('retry-after')) ?? wait, policy.maxRetryAfterMs);
			} else if (response.status >= 500) {
				problem = `HTTP ${response.status}`;
			} else if (json && response.status >= 200 && response.status < 300 && text.trim() !== '') {
				try {
					return { status: response.status, headers: response.headers, body: JSON.parse(text) as unknown };
				} catch {
					// A truncated body is usually a broken connection: worth another try.
					problem = `unreadable JSON (HTTP ${response.status}, ${text.length} characters, probably truncated)`;
				}
			} else {
				return { status: response.status, headers: response.headers, body: text };
			}
		} catch (error) {
			deadline.check();
			problem = isTimeout(error) ? `no answer within ${timeoutMs} ms` : `network error: ${messageOf(error)}`;
		}
		if (attempt >= policy.maxRetries) {
			throw new RequestFailed(`${label}: ${problem} (gave up after ${attempt + 1} attempt${attempt ? 's' : ''})`);
		}
		if (wait >= deadline.remaining()) throw new GiveUp(`${label}: ${problem}; waiting ${wait} ms more would pass the feed's deadline`);
		stats.retries++;
		await sleep(wait, deadline.signal);
	}
}

function isTimeout(error: unknown): boolean {
	return error instanceof Error && (error.name === 'TimeoutError' || (error.name === 'AbortError' && /timeout/i.test(error.message)));
}

export function messageOf(error: unknown): string {
	if (error instanceof Error) {
		const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
		return `${error.message}${cause}`;
	}
	return String(error);
}
