// Bytes of HTML, CSS and JavaScript that one page of each template costs on first view.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export function pageWeight(dist, path) {
	const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) return null;
	const html = readFileSync(file);
	const text = html.toString('utf8');
	const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1])));
	const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]));
	const js = [
		...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]))),
		...[...text.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1])),
	];
	const sum = (list) => ({ raw: list.reduce((n, b) => n + b.length, 0), gzip: list.reduce((n, b) => n + gz(b), 0) });
	const cssAll = sum(css);
	return {
		path,
		html: { raw: html.length, gzip: gz(html) },
		css: cssAll,
		inlineCss: sum(inlineCss),
		js: sum(js),
		firstViewHtmlCssGzip: gz(html) + cssAll.gzip,
	};
}
