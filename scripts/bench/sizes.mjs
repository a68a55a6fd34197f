// Bytes of HTML, CSS and JavaScript that one page of each template costs on first view.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export function pageWeight(dist, path) {
	const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) return null;
	const html = readFileSync(file);
	const text = html.toString('utf8');
	// A stylesheet for paper (media="print") does not hold the first view: browsers fetch it without waiting.
	const links = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
	const css = links.filter((l) => !/media="print"/.test(l)).map((l) => readFileSync(join(dist, /href="([^"]+)"/.exec(l)[1])));
	const printCss = links.filter((l) => /media="print"/.test(l)).map((l) => readFileSync(join(dist, /href="([^"]+)"/.exec(l)[1])));
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
		printCss: sum(printCss),
		inlineCss: sum(inlineCss),
		js: sum(js),
		firstViewHtmlCssGzip: gz(html) + cssAll.gzip,
	};
}

/** One offer page (offers are French-only, at /offres/<id>/); pagination folders are numbers. */
export function firstOfferPath(dist) {
	const id = readdirSync(join(dist, 'offres')).find((d) => !/^\d+$/.test(d) && d !== 'metier' && d !== 'index.html');
	return `/offres/${id}/`;
}

/** The profile, in any language, with the heaviest first view. */
export function heaviestProfile(dist) {
	// Not profiles: the list, its filter folders and the print-all document (/metiers/imprimer/).
	const listings = new Set(['index.html', 'secteur', 'niveau', 'lieu', 'imprimer']);
	let heaviest;
	for (const prefix of [
		'',
		...readdirSync(dist)
			.filter((d) => /^[a-z]{2}$/.test(d))
			.map((l) => `/${l}`),
	]) {
		const folder = join(dist, prefix, 'metiers');
		if (!existsSync(folder)) continue;
		for (const id of readdirSync(folder).filter((d) => !listings.has(d))) {
			const weight = pageWeight(dist, `${prefix}/metiers/${id}/`);
			if (weight && (!heaviest || weight.firstViewHtmlCssGzip > heaviest.firstViewHtmlCssGzip)) heaviest = weight;
		}
	}
	return heaviest;
}
