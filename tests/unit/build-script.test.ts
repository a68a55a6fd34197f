// npm run build goes through scripts/build.mjs, which starts Astro with the memory settings of
// scripts/build-memory.mjs: it must still be Astro's build, with the arguments given and its exit status.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildEnv, buildNodeOptions } from '../../scripts/build-memory.mjs';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/build.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('build memory settings', () => {
	it('adds the allocator settings and keeps a value the environment already sets', () => {
		const env = buildEnv({ PATH: '/usr/bin', MIMALLOC_PURGE_DELAY: '10' });
		expect(env.PATH).toBe('/usr/bin');
		expect(env.MIMALLOC_PURGE_DELAY).toBe('10');
		expect(env.MIMALLOC_ARENA_EAGER_COMMIT).toBe('0');
	});

	it('gives Node options that this Node accepts', () => {
		const probe = spawnSync(process.execPath, [...buildNodeOptions, '-e', '0'], { encoding: 'utf8' });
		expect(probe.stderr).toBe('');
		expect(probe.status).toBe(0);
	});
});

describe('scripts/build.mjs', () => {
	it("runs Astro's build with the arguments given", () => {
		const help = run('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('astro build');
	});

	it("fails when Astro's build fails", () => {
		const failed = run('--config', 'does-not-exist.mjs');
		expect(failed.status).not.toBe(0);
		expect(failed.stderr + failed.stdout).toContain('does-not-exist.mjs');
	});
});
