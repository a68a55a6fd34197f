#!/usr/bin/env node
// npm run build: `astro build` with the memory settings of ./build-memory.mjs (arguments are passed on).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildEnv, buildNodeOptions } from './build-memory.mjs';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const child = spawn(process.execPath, [...buildNodeOptions, astro, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: buildEnv(process.env),
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
