#!/usr/bin/env node
// Runs a TypeScript script of ours through Vite's module runner, which resolves
// our extension-less imports the way the build does (no extra dependency).
// Usage: node scripts/run-ts.mjs scripts/check-content.ts [args…]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [script] = process.argv.splice(2, 1);
if (!script) {
	console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
	process.exit(2);
}
await runnerImport(resolve(script), { configFile: false, logLevel: 'error' });
