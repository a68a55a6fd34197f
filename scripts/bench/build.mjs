// Runs one `astro build` in a child process and reports wall time, the Node
// process's peak resident memory, on Linux the peak of Pagefind's own indexing
// binary (a separate process that Node's figure does not include), and the
// search index's steps as src/integrations/pagefind.ts times them.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv, buildNodeOptions } from '../build-memory.mjs';

const child = `
const start = performance.now();
const { build } = await import('astro');
await build({ logLevel: 'error', ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}) });
const ms = performance.now() - start;
console.log('BENCH ' + JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

/** Peak resident memory (VmHWM, MB) of the descendants of `pid` whose command matches `name`. */
function descendantPeakMb(pid, name) {
	if (!existsSync('/proc')) return 0;
	const parents = new Map();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// the process ended meanwhile
		}
	}
	let peak = 0;
	for (const candidate of parents.keys()) {
		let up = parents.get(candidate);
		while (up && up !== pid) up = parents.get(up);
		if (up !== pid) continue;
		try {
			const status = readFileSync(`/proc/${candidate}/status`, 'utf8');
			if (!new RegExp(`^Name:\\s*${name}`, 'm').test(status)) continue;
			peak = Math.max(peak, Number(/^VmHWM:\s*(\d+)/m.exec(status)?.[1] ?? 0) / 1024);
		} catch {
			// the process ended meanwhile
		}
	}
	return peak;
}

export function timedBuild(env = {}) {
	const scratch = mkdtempSync(join(tmpdir(), 'bench-build-'));
	const timings = join(scratch, 'search-index.json');
	return new Promise((resolve, reject) => {
		const proc = spawn(process.execPath, [...buildNodeOptions, '--input-type=module', '-e', child], {
			env: buildEnv({ ...process.env, ...env, BENCH_SEARCH_TIMINGS: timings }),
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let out = '';
		let indexerPeakMb = 0;
		const watch = setInterval(() => (indexerPeakMb = Math.max(indexerPeakMb, descendantPeakMb(proc.pid, 'pagefind'))), 500);
		proc.stdout.on('data', (d) => (out += d));
		proc.on('exit', (code) => {
			clearInterval(watch);
			const line = out.split('\n').find((l) => l.startsWith('BENCH '));
			const searchIndex = existsSync(timings) ? JSON.parse(readFileSync(timings, 'utf8')) : null;
			rmSync(scratch, { recursive: true, force: true });
			if (code !== 0 || !line) reject(new Error(`build failed (exit ${code})`));
			else resolve({ ...JSON.parse(line.slice(6)), indexerPeakMb, searchIndex });
		});
	});
}
