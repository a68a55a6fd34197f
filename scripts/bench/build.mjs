// Runs one `astro build` in a child process and reports wall time and the
// Node process's peak resident memory (Pagefind's own binary is not included).
import { spawn } from 'node:child_process';

const child = `
const start = performance.now();
const { build } = await import('astro');
await build({ logLevel: 'error', ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}) });
const ms = performance.now() - start;
console.log('BENCH ' + JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

export function timedBuild(env = {}) {
	return new Promise((resolve, reject) => {
		const proc = spawn(process.execPath, ['--input-type=module', '-e', child], {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let out = '';
		proc.stdout.on('data', (d) => (out += d));
		proc.on('exit', (code) => {
			const line = out.split('\n').find((l) => l.startsWith('BENCH '));
			if (code !== 0 || !line) reject(new Error(`build failed (exit ${code})`));
			else resolve(JSON.parse(line.slice(6)));
		});
	});
}
