#!/usr/bin/env node
// Serves dist/ the way a plain static host does (index.html for folders,
// /404.html with status 404 for anything missing, text compressed with gzip
// as Netlify, Cloudflare Pages or nginx's `gzip on` do), with no dependency.
// `--https`: over HTTP/2 with TLS, as those hosts serve a site (the benchmark's Lighthouse runs use it: its
// simulated phone opens up to six connections per host over HTTP/1.1, one over HTTP/2), with a throwaway
// self-signed certificate made by `openssl`, so only a browser told to ignore certificate errors accepts it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const https = args.includes('--https');
const port = Number(args.find((a) => /^\d+$/.test(a)) || process.env.PORT || 4321);
const root = join(process.cwd(), 'dist');

// Send the headers of dist/_headers for each path ("/*", then more specific blocks such as
// "/admin/*" with "! Name" removals), as Cloudflare Pages would, so that tests run under the real policies.
let headersText = '';
try {
	headersText = await readFile(join(root, '_headers'), 'utf8');
} catch {
	// no _headers: serve without them
}
function headersFor(path) {
	const headers = {};
	let applies = false;
	for (const line of headersText.split('\n')) {
		if (line.startsWith('/')) {
			const pattern = line.trim();
			applies = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
			continue;
		}
		if (!applies) continue;
		const detach = /^\s+!\s*([\w-]+)\s*$/.exec(line);
		if (detach) delete headers[detach[1]];
		const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
		if (match) headers[match[1]] = match[2];
	}
	return headers;
}
const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.ics': 'text/calendar; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.mp4': 'video/mp4',
	'.webp': 'image/webp',
	'.vtt': 'text/vtt; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
	'.wasm': 'application/wasm',
};

async function resolveFile(pathname) {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, safe);
	if (!file.startsWith(root)) return null;
	try {
		const info = await stat(file);
		if (info.isDirectory()) file = join(file, 'index.html');
		await stat(file);
		return file;
	} catch {
		return null;
	}
}

// Pagefind's index files and images are compressed already; text is not.
const compressible = /^(text\/|application\/(json|xml|manifest\+json|wasm))|image\/svg/;
const gzipped = new Map();
async function body(file, type, acceptEncoding) {
	const raw = await readFile(file);
	if (!compressible.test(type) || !/\bgzip\b/.test(acceptEncoding ?? '')) return { raw };
	if (!gzipped.has(file)) gzipped.set(file, gzipSync(raw, { level: 6 }));
	return { raw: gzipped.get(file), encoding: 'gzip' };
}

async function handle(req, res) {
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	const file = await resolveFile(pathname);
	if (!file) {
		// The missing page of the address's language folder, as Cloudflare Pages, Netlify's _redirects and nginx serve it.
		const language = /^\/([a-z]{2})\//.exec(pathname)?.[1];
		const localised = language ? await readFile(join(root, language, '404.html')).catch(() => null) : null;
		res.writeHead(404, { ...headersFor(pathname), 'content-type': types['.html'] });
		res.end(localised ?? (await readFile(join(root, '404.html')).catch(() => 'Not found')));
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	const { raw, encoding } = await body(file, type, req.headers['accept-encoding']);
	res.writeHead(200, {
		...headersFor(pathname),
		'content-type': type,
		...(encoding ? { 'content-encoding': encoding, vary: 'Accept-Encoding' } : {}),
	});
	res.end(raw);
}

/** A key and certificate for localhost, valid two days, made in a fresh temporary folder and read back. */
function throwawayCertificate() {
	const folder = mkdtempSync(join(tmpdir(), 'serve-dist-'));
	const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
	const made = spawnSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-keyout',
			key,
			'-out',
			cert,
			'-days',
			'2',
			'-subj',
			'/CN=localhost',
		],
		{ stdio: 'ignore' },
	);
	const files = made.status === 0 ? { key: readFileSync(key), cert: readFileSync(cert) } : null;
	// Kept in memory only: nothing of it is left in the temporary folder.
	rmSync(folder, { recursive: true, force: true });
	if (!files) {
		console.error('--https needs the openssl command to make a certificate (Debian: apt-get install openssl)');
		process.exit(2);
	}
	return files;
}

const server = https ? createSecureServer({ ...throwawayCertificate(), allowHTTP1: true }, handle) : createServer(handle);
server.listen(port, '127.0.0.1', () => console.log(`Serving dist/ on ${https ? 'https' : 'http'}://127.0.0.1:${port}/`));
