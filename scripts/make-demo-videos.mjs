#!/usr/bin/env node
// Makes the demonstration testimonial videos (content/temoignages/fr/): for each
// invented professional, a few flat SVG scenes rendered with sharp, a French script
// spoken by espeak-ng, an MP4 of the scenes over the speech, French and English
// WebVTT captions timed on the speech, the poster and the content file.
// The outputs are committed: run this once, on a developer machine, to redraw them.
// Needs ffmpeg, ffprobe and espeak-ng on the PATH (Debian: apt-get install ffmpeg espeak-ng).
// Usage: node scripts/make-demo-videos.mjs [id…]   (no id: every video)
//        node scripts/make-demo-videos.mjs --preview [dir]   (only draw the scenes)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = {
	videos: join(root, 'public/videos'),
	posters: join(root, 'src/assets/videos'),
	content: join(root, 'content/temoignages/fr'),
};

const W = 640;
const H = 360;
/** Silence before the first sentence, between sentences, and after the last one (seconds). */
const LEAD = 0.6;
const PAUSE = 0.55;
const TAIL = 0.8;
/** Crossfade between scenes (seconds). */
const FADE = 1;
const MAX_BYTES = 300 * 1000;
const MIN_SECONDS = 15;
const MAX_SECONDS = 40;
/** Encoder settings, tried in turn until the file is small enough. */
const ATTEMPTS = [
	{ fps: 12, crf: 28, audio: '32k' },
	{ fps: 10, crf: 31, audio: '32k' },
	{ fps: 8, crf: 34, audio: '32k' },
	{ fps: 8, crf: 36, audio: '24k' },
	{ fps: 6, crf: 38, audio: '24k' },
];

// ---------------------------------------------------------------------------
// Drawing: a few flat shapes, composed into 640x360 scenes.

const C = {
	teal: '#0b5d5b',
	tealMid: '#4f9a92',
	tealLight: '#bfe0da',
	brown: '#8a3b12',
	brownLight: '#c98a5a',
	cream: '#f8eedf',
	wall: '#f6e3c8',
	sand: '#ecd3ad',
	peach: '#f4c9a4',
	terracotta: '#d0703f',
	mustard: '#e6a93c',
	green: '#8db27a',
	greenDark: '#5e8c55',
	pine: '#3f6b45',
	sky: '#cfe6ec',
	white: '#fffaf3',
	ink: '#3b2a20',
	grey: '#b9b1a6',
	greyHair: '#d9d4cc',
	rose: '#e39f98',
	blue: '#6b9ac4',
	navy: '#34506e',
	plum: '#8c5a7a',
};
const SKIN = ['#f3cfae', '#e0a97e', '#b57850', '#7d4e2d'];

const svg = (...parts) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
const g = (transform, ...parts) => `<g transform="${transform}">${parts.join('')}</g>`;
const rect = (x, y, w, h, fill, rx = 0) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}"/>`;
const circle = (cx, cy, r, fill) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`;
const ellipse = (cx, cy, rx, ry, fill) => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"/>`;
const path = (d, fill) => `<path d="${d}" fill="${fill}"/>`;
const stroke = (d, colour, width) =>
	`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
const line = (x1, y1, x2, y2, colour, width) => stroke(`M${x1} ${y1}L${x2} ${y2}`, colour, width);

/** A room: wall, floor and skirting board; the floor starts at y. */
const room = (wall = C.wall, floor = C.sand, y = 270) =>
	rect(0, 0, W, H, wall) + rect(0, y, W, H - y, floor) + rect(0, y - 6, W, 8, shade(floor));
/** Outdoors: sky, ground starting at y. */
const outdoors = (ground = C.green, y = 280, sky = C.sky) => rect(0, 0, W, H, sky) + rect(0, y, W, H - y, ground);

/** A darker shade of a #rrggbb colour. */
function shade(hex, amount = 0.82) {
	const n = parseInt(hex.slice(1), 16);
	const c = [n >> 16, (n >> 8) & 255, n & 255].map((v) => Math.round(v * amount));
	return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A person, feet on (x, y), facing the viewer. Arms go from the shoulders to the
 * hands, given in the person's own units (the shoulders are at (±22, -160), the
 * feet at y = 0; a standing adult is about 230 units tall at s = 1).
 * pose "sit": seated on something 60 units high, knees towards +x (use dir = -1 to turn).
 */
function person({
	x,
	y,
	s = 1,
	dir = 1,
	skin = SKIN[0],
	hair = C.ink,
	hairStyle = 'short',
	top = C.teal,
	bottom = C.navy,
	shoes = C.ink,
	pose = 'stand',
	handL,
	handR,
	collar,
	extra = '',
}) {
	const sit = pose === 'sit';
	const lift = sit ? 22 : 0;
	const hl = handL ?? [-36, sit ? -70 : -92];
	const hr = handR ?? [36, sit ? -70 : -92];
	const legs = sit
		? rect(-22, -72, 66, 20, bottom, 9) + rect(28, -64, 17, 62, bottom, 6) + ellipse(44, -4, 15, 6, shoes)
		: rect(-20, -94, 17, 92, bottom, 6) + rect(3, -94, 17, 92, bottom, 6) + ellipse(-12, -4, 13, 6, shoes) + ellipse(12, -4, 13, 6, shoes);
	const hairBack = {
		short: circle(0, -200, 27, hair),
		long: circle(0, -200, 28, hair) + rect(-28, -202, 56, 58, hair, 14),
		bun: circle(0, -200, 27, hair) + circle(0, -230, 12, hair),
		curly: [
			[-20, -210],
			[0, -222],
			[20, -210],
			[-25, -192],
			[25, -192],
			[-12, -222],
			[12, -222],
		]
			.map(([cx, cy]) => circle(cx, cy, 13, hair))
			.join(''),
		cap: circle(0, -200, 26, hair),
		bald: circle(0, -198, 25, hair),
	}[hairStyle];
	const hat = hairStyle === 'cap' ? path('M-27 -203 Q0 -236 27 -203 Z', C.brown) + rect(-2, -206, 36, 7, C.brown, 3) : '';
	const upper = g(
		`translate(0 ${lift})`,
		hairBack,
		rect(-7, -184, 14, 16, skin),
		path('M-25 -172 Q-33 -172 -34 -150 L-38 -80 L38 -80 L34 -150 Q33 -172 25 -172 Z', top),
		collar ? path('M-12 -172 L0 -156 L12 -172 Z', collar) : '',
		stroke(`M-24 -158L${hl[0]} ${hl[1] - lift}`, top, 15),
		stroke(`M24 -158L${hr[0]} ${hr[1] - lift}`, top, 15),
		circle(hl[0], hl[1] - lift, 8, skin),
		circle(hr[0], hr[1] - lift, 8, skin),
		circle(0, -192, 23, skin),
		hairStyle === 'bald' ? '' : path('M-23 -196 Q-20 -218 0 -218 Q20 -218 23 -196 Q12 -208 0 -208 Q-12 -208 -23 -196 Z', hair),
		hat,
		circle(-8, -192, 2.6, C.ink),
		circle(8, -192, 2.6, C.ink),
		stroke('M-7 -181 Q0 -175 7 -181', C.ink, 2),
		circle(-14, -184, 4, '#e89a8a80'),
		circle(14, -184, 4, '#e89a8a80'),
	);
	return g(`translate(${x} ${y}) scale(${s * dir} ${s})`, legs, upper, extra);
}

/** Elderly people: grey hair, a cardigan. */
const elder = (o) => person({ hair: C.greyHair, hairStyle: 'bun', bottom: C.grey, ...o });
/** A young child (about 0.55 of an adult). */
const child = (o) => person({ s: 0.55, bottom: C.blue, ...o });

const windowEl = (x, y, w, h, { sky = C.sky, hill = C.green, sun = true } = {}) =>
	rect(x - 8, y - 8, w + 16, h + 16, C.white, 6) +
	rect(x, y, w, h, sky) +
	(sun ? circle(x + w * 0.75, y + h * 0.3, Math.min(w, h) * 0.14, C.mustard) : '') +
	path(
		`M${x} ${y + h} L${x} ${y + h * 0.7} Q${x + w * 0.35} ${y + h * 0.45} ${x + w * 0.7} ${y + h * 0.68} Q${x + w * 0.88} ${y + h * 0.6} ${x + w} ${y + h * 0.66} L${x + w} ${y + h} Z`,
		hill,
	) +
	rect(x + w / 2 - 3, y, 6, h, C.white) +
	rect(x - 14, y + h + 6, w + 28, 8, shade(C.white, 0.9), 3);
const door = (x, y, w = 86, h = 170, fill = C.brownLight) =>
	rect(x - 6, y - h - 6, w + 12, h + 6, C.white, 4) +
	rect(x, y - h, w, h, fill, 3) +
	rect(x + 10, y - h + 14, w - 20, 50, shade(fill, 0.9), 3) +
	circle(x + w - 14, y - h / 2, 5, C.mustard);
const plant = (x, y, s = 1) =>
	g(
		`translate(${x} ${y}) scale(${s})`,
		ellipse(-14, -62, 12, 26, C.greenDark),
		ellipse(14, -66, 12, 28, C.green),
		ellipse(0, -78, 12, 30, C.greenDark),
		path('M-20 -40 L20 -40 L15 0 L-15 0 Z', C.terracotta),
	);
const frame = (x, y, w, h, fill = C.tealLight, art = C.mustard) =>
	rect(x, y, w, h, C.brown, 3) +
	rect(x + 6, y + 6, w - 12, h - 12, fill) +
	circle(x + w * 0.35, y + h * 0.45, Math.min(w, h) * 0.18, art) +
	path(`M${x + 6} ${y + h - 6} L${x + w * 0.55} ${y + h * 0.5} L${x + w - 6} ${y + h - 6} Z`, C.greenDark);
const clock = (x, y, r = 18) =>
	circle(x, y, r + 4, C.brown) + circle(x, y, r, C.white) + line(x, y, x, y - r * 0.7, C.ink, 3) + line(x, y, x + r * 0.5, y, C.ink, 3);
const chair = (x, y, dir = 1, fill = C.brown) =>
	g(
		`translate(${x} ${y}) scale(${dir} 1)`,
		rect(-30, -64, 64, 10, fill, 3),
		rect(-30, -150, 12, 150, fill, 4),
		rect(24, -58, 10, 58, fill, 3),
	);
const table = (x, y, w, fill = C.brownLight, h = 86) =>
	rect(x, y - h, w, 12, fill, 4) +
	rect(x + 14, y - h + 10, 12, h - 10, shade(fill)) +
	rect(x + w - 26, y - h + 10, 12, h - 10, shade(fill));
const cup = (x, y, fill = C.white) =>
	path(`M${x - 9} ${y - 20} L${x + 9} ${y - 20} L${x + 7} ${y} L${x - 7} ${y} Z`, fill) + stroke(`M${x + 8} ${y - 16} q8 2 0 10`, fill, 3);
const plate = (x, y, food = C.mustard) => ellipse(x, y - 3, 24, 6, C.white) + ellipse(x, y - 7, 12, 5, food);
const book = (x, y, fill = C.teal, s = 1) =>
	g(
		`translate(${x} ${y}) scale(${s})`,
		path('M0 0 L-34 -6 L-34 -40 L0 -34 Z', fill),
		path('M0 0 L34 -6 L34 -40 L0 -34 Z', shade(fill, 0.85)),
		path('M-28 -10 L-28 -34 L-2 -30 L-2 -6 Z', C.white),
		path('M28 -10 L28 -34 L2 -30 L2 -6 Z', C.white),
	);
const tree = (x, y, s = 1, leaf = C.greenDark) =>
	g(
		`translate(${x} ${y}) scale(${s})`,
		rect(-8, -70, 16, 70, C.brown, 4),
		circle(0, -100, 44, leaf),
		circle(-30, -80, 28, leaf),
		circle(30, -80, 28, leaf),
	);
/** A maritime pine of the Landes: a tall bare trunk and a flat crown. */
const pine = (x, y, s = 1) =>
	g(
		`translate(${x} ${y}) scale(${s})`,
		path('M-6 0 L6 0 L3 -170 L-3 -170 Z', C.brown),
		ellipse(0, -176, 46, 20, C.pine),
		ellipse(-26, -164, 26, 12, C.pine),
		ellipse(24, -190, 30, 14, shade(C.pine, 0.9)),
	);
const mountains = (y, fill = '#9fb8b5', snow = false) =>
	path(
		`M0 ${y} L0 ${y - 60} L90 ${y - 130} L170 ${y - 70} L260 ${y - 150} L360 ${y - 60} L450 ${y - 120} L560 ${y - 50} L640 ${y - 90} L640 ${y} Z`,
		fill,
	) + (snow ? path(`M260 ${y - 150} L236 ${y - 123} L252 ${y - 128} L262 ${y - 118} L274 ${y - 130} L284 ${y - 124} Z`, C.white) : '');
const cloud = (x, y, s = 1) =>
	g(
		`translate(${x} ${y}) scale(${s})`,
		ellipse(0, 0, 40, 16, C.white),
		ellipse(-20, -10, 22, 16, C.white),
		ellipse(16, -14, 26, 18, C.white),
	);
const sun = (x, y, r = 30) => circle(x, y, r + 12, '#f3c76a66') + circle(x, y, r, C.mustard);
const house = (x, y, w, h, wall = C.cream, roof = C.terracotta, doorFill = C.teal) =>
	rect(x, y - h, w, h, wall) +
	path(`M${x - 16} ${y - h} L${x + w / 2} ${y - h - w * 0.42} L${x + w + 16} ${y - h} Z`, roof) +
	rect(x + w * 0.12, y - h * 0.7, w * 0.24, h * 0.3, C.sky) +
	rect(x + w * 0.64, y - h * 0.7, w * 0.24, h * 0.3, C.sky) +
	rect(x + w * 0.4, y - h * 0.55, w * 0.2, h * 0.55, doorFill, 3);
const car = (x, y, fill = C.terracotta, dir = 1) =>
	g(
		`translate(${x} ${y}) scale(${dir} 1)`,
		path(
			'M-80 -18 L-80 -44 Q-78 -52 -66 -54 L-40 -56 L-20 -84 Q-16 -88 -8 -88 L40 -88 Q48 -88 54 -80 L70 -56 Q84 -54 86 -44 L86 -18 Z',
			fill,
		),
		path('M-12 -80 L-26 -58 L6 -58 L6 -80 Z', C.sky),
		path('M14 -80 L14 -58 L56 -58 L44 -78 Q42 -80 38 -80 Z', C.sky),
		circle(-46, -16, 17, C.ink),
		circle(-46, -16, 7, C.grey),
		circle(52, -16, 17, C.ink),
		circle(52, -16, 7, C.grey),
		rect(78, -44, 8, 8, C.mustard, 2),
	);
const wheelchair = (x, y, dir = 1) =>
	g(
		`translate(${x} ${y}) scale(${dir} 1)`,
		`<circle cx="-4" cy="-40" r="38" fill="none" stroke="${C.ink}" stroke-width="7"/>`,
		`<circle cx="-4" cy="-40" r="30" fill="none" stroke="${C.grey}" stroke-width="2"/>`,
		circle(-4, -40, 6, C.grey),
		circle(52, -9, 9, C.ink),
		line(40, -56, 52, -12, C.ink, 5),
		line(-30, -80, -42, -150, C.ink, 6),
		line(-42, -150, -60, -150, C.ink, 6),
	);
const sofa = (x, y, w, fill = C.tealMid) =>
	rect(x, y - 120, w, 70, shade(fill, 0.9), 18) +
	rect(x, y - 68, w, 44, fill, 10) +
	rect(x - 14, y - 90, 28, 74, shade(fill), 12) +
	rect(x + w - 14, y - 90, 28, 74, shade(fill), 12) +
	rect(x + 10, y - 24, 10, 24, C.brown) +
	rect(x + w - 20, y - 24, 10, 24, C.brown);
const blocks = (x, y) =>
	rect(x, y - 30, 30, 30, C.terracotta, 3) +
	rect(x + 32, y - 30, 30, 30, C.teal, 3) +
	rect(x + 16, y - 60, 30, 30, C.mustard, 3) +
	path(`M${x + 70} ${y} L${x + 100} ${y} L${x + 85} ${y - 28} Z`, C.blue);
const ball = (x, y, r = 14, fill = C.terracotta) =>
	circle(x, y - r, r, fill) + stroke(`M${x - r} ${y - r} Q${x} ${y - r - 8} ${x + r} ${y - r}`, C.white, 3);
const basket = (x, y) =>
	path(`M${x - 26} ${y - 30} L${x + 26} ${y - 30} L${x + 20} ${y} L${x - 20} ${y} Z`, C.brownLight) +
	stroke(`M${x - 20} ${y - 30} Q${x} ${y - 62} ${x + 20} ${y - 30}`, C.brown, 4) +
	circle(x - 10, y - 34, 9, C.terracotta) +
	circle(x + 8, y - 36, 10, C.green);
const clipboard = (x, y, angle = 0) =>
	g(
		`translate(${x} ${y}) rotate(${angle})`,
		rect(-18, -24, 36, 48, C.brown, 3),
		rect(-14, -18, 28, 38, C.white, 2),
		rect(-8, -28, 16, 8, C.grey, 2),
		rect(-9, -10, 18, 3, C.grey),
		rect(-9, -2, 18, 3, C.grey),
		rect(-9, 6, 12, 3, C.grey),
	);
const monitor = (x, y) =>
	rect(x, y - 90, 110, 70, C.ink, 6) +
	rect(x + 6, y - 84, 98, 58, C.tealLight, 3) +
	rect(x + 14, y - 74, 50, 6, C.white) +
	rect(x + 14, y - 62, 70, 6, C.white) +
	rect(x + 14, y - 50, 40, 6, C.white) +
	rect(x + 48, y - 20, 14, 20, C.ink) +
	rect(x + 30, y - 4, 50, 6, C.ink, 3);
const papers = (x, y) =>
	g(`translate(${x} ${y})`, g('rotate(-8)', rect(-30, -6, 54, 6, C.white)), g('rotate(4)', rect(-26, -10, 54, 6, '#f1ebe0')));
const lamp = (x, y) =>
	rect(x - 4, y - 150, 8, 150, C.ink) +
	path(`M${x - 30} ${y - 150} L${x + 30} ${y - 150} L${x + 18} ${y - 190} L${x - 18} ${y - 190} Z`, C.mustard) +
	ellipse(x, y - 4, 24, 6, C.ink);
const shelf = (x, y, w, items = []) => rect(x, y, w, 10, C.brownLight, 2) + items.join('');
const jar = (x, y, fill) => rect(x - 12, y - 34, 24, 34, fill, 5) + rect(x - 14, y - 40, 28, 8, C.brown, 3);
const stripesAwning = (x, y, w, n = 8) =>
	Array.from({ length: n }, (_, i) => rect(x + (i * w) / n, y, w / n, 34, i % 2 ? C.cream : C.teal)).join('') +
	Array.from({ length: n }, (_, i) => path(`M${x + (i * w) / n} ${y + 34} q${w / n / 2} 16 ${w / n} 0 Z`, i % 2 ? C.cream : C.teal)).join(
		'',
	);
const hoop = (x, y) =>
	rect(x - 5, y - 230, 10, 230, C.grey) +
	rect(x - 40, y - 270, 80, 54, C.white, 4) +
	`<rect x="${x - 16}" y="${y - 254}" width="32" height="22" fill="none" stroke="${C.terracotta}" stroke-width="4"/>` +
	`<ellipse cx="${x}" cy="${y - 214}" rx="22" ry="5" fill="none" stroke="${C.terracotta}" stroke-width="4"/>` +
	path(`M${x - 20} ${y - 212} L${x - 12} ${y - 184} L${x + 12} ${y - 184} L${x + 20} ${y - 212}`, '#ffffff88');
const easel = (x, y) =>
	line(x - 40, y, x - 10, y - 170, C.brown, 8) +
	line(x + 40, y, x + 10, y - 170, C.brown, 8) +
	rect(x - 50, y - 160, 100, 86, C.white, 3) +
	circle(x - 18, y - 126, 16, C.mustard) +
	path(`M${x - 40} ${y - 84} Q${x} ${y - 140} ${x + 40} ${y - 92} L${x + 40} ${y - 84} Z`, C.teal) +
	circle(x + 22, y - 134, 10, C.terracotta);
const paintPots = (x, y) =>
	[C.terracotta, C.mustard, C.teal, C.blue]
		.map((c, i) => rect(x + i * 26, y - 18, 20, 18, C.white, 4) + ellipse(x + 10 + i * 26, y - 18, 10, 4, c))
		.join('');
const busStop = (x, y) =>
	rect(x - 4, y - 190, 8, 190, C.grey) +
	circle(x, y - 200, 24, C.teal) +
	circle(x, y - 200, 16, C.white) +
	rect(x - 9, y - 206, 18, 12, C.teal, 3);
const bus = (x, y, fill = C.tealMid) =>
	rect(x, y - 150, 300, 132, fill, 18) +
	Array.from({ length: 4 }, (_, i) => rect(x + 20 + i * 66, y - 134, 54, 50, C.sky, 6)).join('') +
	rect(x + 20, y - 70, 260, 8, C.white, 3) +
	circle(x + 60, y - 18, 20, C.ink) +
	circle(x + 240, y - 18, 20, C.ink) +
	circle(x + 60, y - 18, 8, C.grey) +
	circle(x + 240, y - 18, 8, C.grey);
const board = (x, y, w, h) =>
	rect(x, y, w, h, C.white, 4) +
	rect(x + 12, y + 14, w * 0.4, 10, C.teal, 3) +
	rect(x + 12, y + 34, w * 0.6, 10, C.terracotta, 3) +
	rect(x + 12, y + 54, w * 0.5, 10, C.mustard, 3) +
	rect(x + w - 48, y + 14, 34, 34, C.tealLight, 3);
const bed = (x, y, w = 250) =>
	rect(x, y - 120, 18, 120, C.brown, 4) +
	rect(x + w - 18, y - 90, 18, 90, C.brown, 4) +
	rect(x + 10, y - 70, w - 20, 34, C.white, 8) +
	rect(x + 10, y - 36, w - 20, 16, C.brownLight) +
	ellipse(x + 56, y - 76, 40, 16, C.white);
const blanket = (x, y, w = 250) =>
	path(`M${x + 76} ${y - 98} Q${x + 160} ${y - 110} ${x + w - 10} ${y - 86} L${x + w - 10} ${y - 20} L${x + 76} ${y - 20} Z`, C.tealMid);
const mat = (x, y, w) =>
	ellipse(x + w / 2, y - 4, w / 2, 18, C.tealLight) + ellipse(x + w / 2, y - 4, w / 2 - 18, 10, shade(C.tealLight, 0.92));
const stall = (x, y, w) =>
	rect(x + 6, y - 200, 10, 200, C.brown) +
	rect(x + w - 16, y - 200, 10, 200, C.brown) +
	stripesAwning(x - 10, y - 220, w + 20, 8) +
	rect(x, y - 90, w, 70, C.brownLight, 4) +
	[C.terracotta, C.mustard, C.green, C.rose, C.terracotta, C.green]
		.map((c, i) => circle(x + 24 + i * ((w - 48) / 5), y - 96, 14, c))
		.join('');
const fridge = (x, y) =>
	rect(x, y - 200, 90, 200, C.white, 8) +
	rect(x + 76, y - 180, 6, 40, C.grey, 3) +
	rect(x + 76, y - 110, 6, 40, C.grey, 3) +
	rect(x, y - 124, 90, 4, C.grey) +
	g(`translate(${x + 14} ${y - 176}) rotate(-6)`, rect(0, 0, 30, 24, C.mustard), circle(15, 12, 6, C.terracotta)) +
	g(`translate(${x + 40} ${y - 100}) rotate(5)`, rect(0, 0, 28, 30, C.tealLight), rect(6, 18, 16, 6, C.green));
const counter = (x, y, w) =>
	rect(x, y - 100, w, 100, C.brownLight, 4) +
	rect(x - 6, y - 110, w + 12, 14, C.cream, 4) +
	rect(x + 20, y - 80, w / 2 - 30, 60, shade(C.brownLight, 0.9), 4) +
	rect(x + w / 2 + 10, y - 80, w / 2 - 30, 60, shade(C.brownLight, 0.9), 4);
const pan = (x, y) =>
	ellipse(x, y, 30, 8, C.ink) +
	rect(x - 30, y - 16, 60, 16, C.ink, 4) +
	line(x + 28, y - 10, x + 70, y - 16, C.ink, 6) +
	stroke(`M${x - 12} ${y - 28} q6 -12 0 -22`, C.grey, 3) +
	stroke(`M${x + 8} ${y - 28} q6 -12 0 -22`, C.grey, 3);
const bike = (x, y) =>
	`<circle cx="${x - 30}" cy="${y - 20}" r="20" fill="none" stroke="${C.ink}" stroke-width="5"/><circle cx="${x + 34}" cy="${y - 20}" r="20" fill="none" stroke="${C.ink}" stroke-width="5"/>` +
	stroke(
		`M${x - 30} ${y - 20} L${x - 4} ${y - 56} L${x + 24} ${y - 56} L${x + 34} ${y - 20} M${x - 4} ${y - 56} L${x + 2} ${y - 20} L${x + 24} ${y - 56} M${x + 24} ${y - 56} L${x + 20} ${y - 72}`,
		C.terracotta,
		6,
	) +
	line(x - 12, y - 64, x + 4, y - 64, C.ink, 6);
const flowers = (x, y) =>
	[0, 18, 36, 54]
		.map(
			(dx, i) => line(x + dx, y, x + dx, y - 30, C.greenDark, 3) + circle(x + dx, y - 34, 8, [C.rose, C.mustard, C.terracotta, C.white][i]),
		)
		.join('');
const hooks = (x, y) =>
	rect(x, y, 220, 10, C.brownLight, 3) +
	[C.terracotta, C.mustard, C.teal, C.rose].map((c, i) => path(`M${x + 20 + i * 52} ${y + 10} l-16 8 l-4 46 l40 0 l-4 -46 Z`, c)).join('');
const game = (x, y) =>
	rect(x, y - 6, 90, 6, C.white, 2) +
	[C.terracotta, C.teal, C.mustard].map((c, i) => circle(x + 20 + i * 26, y - 14, 7, c)).join('') +
	rect(x + 100, y - 16, 16, 16, C.white, 3) +
	circle(x + 108, y - 8, 2.5, C.ink);
const bowl = (x, y) =>
	path(`M${x - 30} ${y - 26} Q${x} ${y + 12} ${x + 30} ${y - 26} Z`, C.white) +
	ellipse(x, y - 26, 30, 6, C.cream) +
	line(x + 6, y - 30, x + 26, y - 62, C.brown, 5);
const bench = (x, y, w = 140) =>
	rect(x, y - 52, w, 10, C.brown, 3) +
	rect(x, y - 90, w, 10, C.brown, 3) +
	rect(x + 10, y - 52, 8, 52, C.ink) +
	rect(x + w - 18, y - 52, 8, 52, C.ink);

// ---------------------------------------------------------------------------
// The videos. Sentences: fr (spoken, captioned, transcribed), en (caption),
// say (what espeak-ng reads, when the written French would be mispronounced).

const videos = [
	{
		id: 'ines-aide-soignante',
		voice: 'fr+f3',
		title: 'Inès, aide-soignante en EHPAD (exemple)',
		summary: 'Une matinée avec Inès : les soins, les repas, et les sourires des résidents.',
		posterAlt: 'Dessin : une aide-soignante aide une dame âgée à marcher dans un couloir lumineux.',
		person: { firstName: 'Inès', profession: 'aide-soignant', employer: 'ehpad', territory: 'landes' },
		recorded: '2026-10-12',
		sentences: [
			{
				fr: 'Je suis Inès, aide-soignante dans un EHPAD, une maison pour personnes âgées.',
				say: 'Je suis Inès, aide-soignante dans un éhpade, une maison pour personnes âgées.',
				en: "I'm Inès, a care assistant in a nursing home for older people.",
			},
			{
				fr: "Le matin, j'aide les résidents à se lever, à se laver et à s'habiller.",
				en: 'In the morning, I help the residents get up, wash and get dressed.',
			},
			{ fr: "Je regarde s'ils vont bien, et je le dis à l'infirmière.", en: 'I check that they are well, and I tell the nurse.' },
			{
				fr: "Ce que j'aime, c'est le lien avec eux : un sourire, une histoire, un merci.",
				en: 'What I love is the bond with them: a smile, a story, a thank-you.',
			},
			{
				fr: "Le plus dur, c'est la fatigue du dos, et les week-ends travaillés.",
				en: 'The hardest part is a tired back, and working weekends.',
			},
			{
				fr: "J'ai eu mon diplôme après un an de formation, avec beaucoup de stages.",
				en: 'I got my diploma after a year of training, with lots of work placements.',
			},
		],
		scenes: [
			// A corridor: Inès walks beside a resident with a cane.
			() =>
				svg(
					room(C.wall, C.sand, 280),
					windowEl(50, 50, 130, 110),
					windowEl(250, 50, 130, 110, { sun: false }),
					line(0, 196, 640, 196, C.brown, 8),
					door(500, 280, 90, 180, C.tealMid),
					plant(445, 284),
					elder({
						x: 250,
						y: 330,
						skin: SKIN[0],
						top: C.rose,
						handR: [40, -118],
						handL: [-40, -100],
						extra: line(-40, -96, -46, 0, C.brown, 6),
					}),
					person({
						x: 345,
						y: 330,
						skin: SKIN[2],
						hair: C.ink,
						hairStyle: 'bun',
						top: C.tealLight,
						bottom: C.tealLight,
						shoes: C.white,
						collar: C.teal,
						handL: [-56, -118],
						handR: [34, -96],
					}),
				),
			// A bedroom: she settles a resident in bed.
			() =>
				svg(
					room('#f3dcc6', C.sand, 280),
					windowEl(430, 50, 150, 120),
					frame(80, 60, 90, 70),
					bed(40, 320, 300),
					elder({ x: 130, y: 292, s: 0.75, hairStyle: 'short', top: C.blue, pose: 'sit', handL: [-20, -80], handR: [40, -80] }),
					blanket(40, 320, 300),
					table(350, 320, 70, C.brownLight, 80),
					cup(370, 240, C.white),
					flowers(388, 240),
					person({
						x: 480,
						y: 330,
						skin: SKIN[2],
						hairStyle: 'bun',
						top: C.tealLight,
						bottom: C.tealLight,
						shoes: C.white,
						collar: C.teal,
						handL: [-90, -130],
						handR: [30, -96],
					}),
				),
			// Lunch: two residents at the table, Inès brings the plates.
			() =>
				svg(
					room(C.wall, '#e4c89f', 280),
					windowEl(70, 50, 120, 100),
					windowEl(450, 50, 120, 100, { sun: false }),
					clock(240, 60),
					person({
						x: 320,
						y: 300,
						skin: SKIN[2],
						hairStyle: 'bun',
						top: C.tealLight,
						bottom: C.tealLight,
						shoes: C.white,
						collar: C.teal,
						handL: [-40, -120],
						handR: [40, -120],
						extra: rect(-60, -132, 120, 8, C.brown, 3) + plate(-30, -132) + plate(30, -132, C.green),
					}),
					chair(170, 340, 1),
					elder({ x: 190, y: 340, pose: 'sit', top: C.plum, skin: SKIN[1], handR: [60, -94] }),
					chair(470, 340, -1),
					elder({ x: 450, y: 340, dir: -1, pose: 'sit', hairStyle: 'bald', hair: C.greyHair, top: C.mustard, handR: [60, -94] }),
					table(220, 350, 200, C.brownLight, 90),
					plate(270, 260, C.terracotta),
					plate(370, 260, C.green),
					cup(320, 260, C.tealLight),
				),
			// Hand-over with the nurse, in front of the care board.
			() =>
				svg(
					room('#eef1ea', C.sand, 280),
					board(60, 60, 220, 130),
					clock(400, 80),
					plant(560, 284),
					person({
						x: 250,
						y: 330,
						skin: SKIN[2],
						hairStyle: 'bun',
						top: C.tealLight,
						bottom: C.tealLight,
						shoes: C.white,
						collar: C.teal,
						handL: [-34, -94],
						handR: [60, -130],
					}),
					person({
						x: 390,
						y: 330,
						skin: SKIN[0],
						hair: C.brownLight,
						hairStyle: 'long',
						top: C.white,
						bottom: C.blue,
						collar: C.blue,
						handL: [-50, -130],
						handR: [34, -94],
						extra: clipboard(-50, -150, -10),
					}),
				),
		],
	},
	{
		id: 'karim-accompagnant-educatif-social',
		voice: 'fr+m3',
		title: 'Karim, accompagnant éducatif et social en foyer (exemple)',
		summary: 'Karim accompagne des adultes handicapés dans leur journée : repas, ateliers, sorties, et beaucoup de patience.',
		posterAlt: "Dessin : un accompagnant pousse le fauteuil roulant d'un homme sur un chemin, entre les arbres.",
		person: {
			firstName: 'Karim',
			profession: 'accompagnant-educatif-et-social',
			employer: 'etablissement-handicap',
			territory: 'pyrenees-atlantiques',
		},
		recorded: '2026-09-24',
		sentences: [
			{
				fr: 'Je suis Karim, accompagnant éducatif et social dans un foyer pour adultes handicapés.',
				en: "I'm Karim, a support worker in a home for disabled adults.",
			},
			{
				fr: "J'aide les résidents dans leur journée : la toilette, les repas, les sorties.",
				en: 'I help the residents through their day: washing, meals, outings.',
			},
			{
				fr: 'Je ne fais pas à leur place, je les aide à faire eux-mêmes.',
				en: "I don't do things for them, I help them do things themselves.",
			},
			{ fr: "J'aime les voir progresser, même un tout petit peu.", en: 'I love seeing them make progress, even a tiny bit.' },
			{
				fr: 'Certains ne parlent pas : il faut apprendre à les comprendre autrement.',
				en: "Some of them don't speak: you have to learn to understand them in other ways.",
			},
			{
				fr: "J'ai préparé mon diplôme en apprentissage, alors j'étais payé pendant la formation.",
				en: 'I trained as an apprentice, so I was paid during my training.',
			},
		],
		scenes: [
			() =>
				svg(
					outdoors(C.green, 270),
					sun(540, 70),
					cloud(150, 70),
					mountains(270, '#a9c3bd'),
					rect(0, 270, W, 90, C.green),
					path('M0 330 Q320 290 640 320 L640 360 L0 360 Z', C.sand),
					tree(80, 290, 1.1),
					tree(590, 300, 0.9, C.green),
					person({
						x: 260,
						y: 330,
						dir: -1,
						pose: 'sit',
						skin: SKIN[0],
						hair: C.brownLight,
						top: C.mustard,
						bottom: C.navy,
						handL: [-20, -90],
						handR: [44, -80],
					}),
					wheelchair(250, 332, -1),
					person({
						x: 380,
						y: 334,
						skin: SKIN[1],
						hair: C.ink,
						hairStyle: 'short',
						top: C.teal,
						bottom: C.navy,
						handL: [-70, -150],
						handR: [-62, -146],
					}),
				),
			// Cooking workshop: a cake with a resident.
			() =>
				svg(
					room('#f6e6cf', '#d9c09a', 280),
					shelf(60, 110, 200, [jar(90, 110, C.mustard), jar(140, 110, C.terracotta), jar(190, 110, C.green)]),
					windowEl(430, 50, 140, 110),
					person({ x: 230, y: 330, skin: SKIN[1], hair: C.ink, top: C.teal, bottom: C.navy, handL: [-30, -96], handR: [60, -140] }),
					person({
						x: 380,
						y: 330,
						skin: SKIN[0],
						hair: C.mustard,
						hairStyle: 'curly',
						top: C.terracotta,
						bottom: C.navy,
						handL: [-40, -140],
						handR: [40, -150],
					}),
					counter(120, 340, 400),
					bowl(350, 232),
					rect(250, 216, 36, 14, C.white, 3),
					ellipse(460, 228, 30, 6, C.mustard),
				),
			// A board game at the table.
			() =>
				svg(
					room(C.wall, C.sand, 280),
					frame(90, 50, 110, 80, C.tealLight, C.terracotta),
					frame(440, 60, 90, 70, C.peach, C.teal),
					lamp(600, 290),
					chair(150, 340, 1),
					person({ x: 170, y: 340, pose: 'sit', skin: SKIN[3], hairStyle: 'short', top: C.mustard, bottom: C.navy, handR: [80, -100] }),
					person({ x: 320, y: 300, s: 0.95, skin: SKIN[1], top: C.teal, bottom: C.navy, handL: [-50, -140], handR: [50, -140] }),
					chair(490, 340, -1),
					person({
						x: 470,
						y: 340,
						dir: -1,
						pose: 'sit',
						skin: SKIN[0],
						hair: C.brownLight,
						hairStyle: 'long',
						top: C.rose,
						bottom: C.navy,
						handR: [80, -100],
					}),
					table(200, 350, 240, C.brownLight, 90),
					game(262, 260),
				),
			// The home and its garden.
			() =>
				svg(
					outdoors(C.green, 260),
					sun(90, 70),
					cloud(470, 60, 1.1),
					mountains(260, '#a9c3bd'),
					rect(0, 260, W, 100, C.green),
					rect(150, 140, 360, 140, C.cream),
					path('M130 140 L330 80 L530 140 Z', C.terracotta),
					...[175, 245, 395, 455].map((x) => rect(x, 170, 40, 44, C.sky, 3)),
					rect(300, 190, 60, 90, C.teal, 4),
					path('M0 360 L290 280 L370 280 L640 360 Z', C.sand),
					tree(80, 300, 0.9),
					tree(570, 310, 1),
					bench(420, 330, 120),
					flowers(180, 300),
				),
		],
	},
	{
		id: 'martine-aide-a-domicile',
		voice: 'fr+f2',
		title: "Martine, aide à domicile dans l'Ain (exemple)",
		summary:
			'De maison en maison, Martine aide des personnes âgées à rester chez elles : courses, repas, ménage, et un moment pour parler.',
		posterAlt: 'Dessin : dans une cuisine, une aide à domicile prépare le repas pendant que la dame âgée boit un café à table.',
		person: { firstName: 'Martine', profession: 'aide-a-domicile', employer: 'domicile', territory: 'ain' },
		recorded: '2026-11-03',
		sentences: [
			{ fr: "Je suis Martine, aide à domicile dans l'Ain.", en: "I'm Martine, a home help worker in the Ain." },
			{
				fr: 'Je vais chez des personnes âgées pour le ménage, les courses et les repas.',
				en: "I go to older people's homes for housework, shopping and meals.",
			},
			{ fr: 'Grâce à cette aide, elles peuvent rester chez elles.', en: 'Thanks to this help, they can stay in their own homes.' },
			{
				fr: "Pour certaines, ma visite est le seul moment de la journée où elles parlent à quelqu'un.",
				en: 'For some, my visit is the only time in the day they talk to someone.',
			},
			{
				fr: 'Le plus dur, ce sont les trajets en voiture et les journées coupées.',
				en: 'The hardest part is the driving, and days split into pieces.',
			},
			{
				fr: "J'ai commencé sans diplôme, puis j'ai passé le titre d'assistante de vie aux familles.",
				en: 'I started without a diploma, then I took the family care assistant certificate.',
			},
		],
		scenes: [
			() =>
				svg(
					room('#f3e2c4', '#d8b98f', 280),
					...[0, 1, 2, 3, 4, 5, 6].map((i) => circle(40 + i * 90, 40, 6, '#e9cfa8')),
					windowEl(70, 60, 130, 110),
					clock(300, 80),
					counter(380, 330, 240),
					pan(450, 220),
					person({
						x: 540,
						y: 330,
						dir: -1,
						skin: SKIN[0],
						hair: C.brown,
						hairStyle: 'short',
						top: C.plum,
						bottom: C.navy,
						handL: [-40, -96],
						handR: [60, -130],
					}),
					chair(110, 340, 1),
					elder({ x: 130, y: 340, pose: 'sit', top: C.tealMid, skin: SKIN[0], handR: [80, -100] }),
					table(160, 350, 180, C.brownLight, 90),
					cup(230, 260, C.terracotta),
					plate(290, 260, C.mustard),
				),
			// On the road between two homes.
			() =>
				svg(
					outdoors(C.green, 250),
					cloud(120, 60),
					cloud(460, 50, 0.8),
					sun(560, 70, 26),
					mountains(250, '#93b0a5', true),
					rect(0, 250, W, 110, C.green),
					house(40, 250, 90, 60, C.cream, C.terracotta),
					house(520, 248, 80, 56, '#f1dcc0', C.brown),
					tree(200, 260, 0.6),
					tree(460, 262, 0.7, C.green),
					rect(0, 290, W, 50, '#8f8a85'),
					...[0, 1, 2, 3, 4, 5].map((i) => rect(20 + i * 110, 312, 60, 6, C.white, 3)),
					car(320, 334, C.teal),
				),
			// At the market with a client.
			() =>
				svg(
					outdoors('#d8c4a3', 290, '#d6ebf0'),
					cloud(540, 50),
					house(-10, 240, 120, 120, C.cream, C.terracotta, C.brown),
					stall(150, 300, 260),
					elder({
						x: 450,
						y: 330,
						hairStyle: 'cap',
						hair: C.greyHair,
						top: C.greenDark,
						bottom: C.grey,
						handR: [40, -96],
						handL: [-40, -100],
						extra: line(40, -96, 48, 0, C.brown, 6),
					}),
					person({
						x: 560,
						y: 330,
						dir: -1,
						skin: SKIN[0],
						hair: C.brown,
						top: C.plum,
						bottom: C.navy,
						handL: [-40, -96],
						handR: [40, -100],
						extra: basket(-40, -70),
					}),
				),
			// Arriving at a house, a bag in her hand.
			() =>
				svg(
					outdoors(C.green, 280),
					sun(90, 60, 26),
					mountains(280, '#a9c3bd'),
					rect(0, 280, W, 80, C.green),
					rect(200, 100, 300, 200, C.cream),
					path('M180 100 L350 20 L520 100 Z', C.brown),
					rect(230, 140, 60, 56, C.sky, 3),
					rect(410, 140, 60, 56, C.sky, 3),
					rect(320, 170, 70, 130, C.teal, 4),
					circle(378, 236, 5, C.mustard),
					flowers(220, 300),
					flowers(430, 300),
					tree(90, 310, 1),
					person({
						x: 560,
						y: 340,
						dir: -1,
						skin: SKIN[0],
						hair: C.brown,
						top: C.plum,
						bottom: C.navy,
						handL: [-40, -96],
						handR: [44, -92],
						extra: rect(28, -92, 32, 40, C.mustard, 6),
					}),
				),
		],
	},
	{
		id: 'sofiane-educateur-specialise',
		voice: 'fr+m1',
		title: "Sofiane, éducateur spécialisé en maison d'enfants (exemple)",
		summary: "Sofiane accompagne des adolescents accueillis en maison d'enfants : l'école, le sport, les rendez-vous, et l'écoute.",
		posterAlt: "Dessin : un éducateur et un adolescent discutent, assis sur un canapé dans le salon d'une maison d'enfants.",
		person: { firstName: 'Sofiane', profession: 'educateur-specialise', employer: 'protection-enfance', territory: 'pyrenees-atlantiques' },
		recorded: '2026-10-28',
		sentences: [
			{
				fr: "Je suis Sofiane, éducateur spécialisé dans une maison d'enfants.",
				en: "I'm Sofiane, a specialised youth worker in a children's home.",
			},
			{
				fr: "Je m'occupe d'adolescents qui ne peuvent pas vivre chez leurs parents pour le moment.",
				en: "I look after teenagers who can't live with their parents for now.",
			},
			{
				fr: 'On fait les devoirs, du sport, on va aux rendez-vous chez le médecin.',
				en: "We do homework and sport, and we go to doctor's appointments.",
			},
			{
				fr: "J'écris aussi des rapports pour l'aide sociale à l'enfance et pour le juge.",
				en: 'I also write reports for child welfare services and for the judge.',
			},
			{
				fr: "C'est dur quand un jeune va mal, ou quand il se met en colère.",
				en: "It's hard when a young person is struggling, or gets angry.",
			},
			{ fr: "Mais quand il réussit un examen, c'est une grande joie.", en: "But when they pass an exam, it's a real joy." },
			{
				fr: 'Je me suis formé pendant trois ans après le bac, avec de longs stages.',
				en: 'I trained for three years after secondary school, with long work placements.',
			},
		],
		scenes: [
			() =>
				svg(
					room('#f0dcc4', '#c99e74', 280),
					frame(110, 50, 100, 76, C.tealLight, C.terracotta),
					frame(240, 70, 70, 56, C.peach, C.teal),
					windowEl(420, 50, 140, 110),
					lamp(590, 300),
					sofa(130, 320, 340, C.tealMid),
					person({
						x: 210,
						y: 300,
						pose: 'sit',
						skin: SKIN[2],
						hair: C.ink,
						top: C.brown,
						bottom: C.navy,
						handL: [-30, -70],
						handR: [70, -120],
					}),
					person({
						x: 390,
						y: 300,
						dir: -1,
						pose: 'sit',
						s: 0.9,
						skin: SKIN[0],
						hair: C.mustard,
						hairStyle: 'short',
						top: C.terracotta,
						bottom: C.blue,
						handL: [-30, -70],
						handR: [40, -70],
					}),
					plant(60, 320),
				),
			// Homework at the desk.
			() =>
				svg(
					room('#eef0e4', C.sand, 280),
					shelf(60, 90, 180, [
						rect(70, 50, 16, 40, C.teal),
						rect(90, 56, 14, 34, C.terracotta),
						rect(108, 46, 18, 44, C.mustard),
						rect(130, 54, 14, 36, C.greenDark),
					]),
					windowEl(420, 50, 140, 110),
					chair(200, 340, 1),
					person({
						x: 220,
						y: 340,
						pose: 'sit',
						s: 0.9,
						skin: SKIN[0],
						hair: C.mustard,
						top: C.terracotta,
						bottom: C.blue,
						handL: [40, -110],
						handR: [80, -110],
					}),
					person({
						x: 420,
						y: 330,
						dir: -1,
						skin: SKIN[2],
						hair: C.ink,
						top: C.brown,
						bottom: C.navy,
						handL: [-30, -96],
						handR: [100, -140],
					}),
					table(240, 350, 200, C.brownLight, 96),
					book(330, 254, C.teal),
					cup(410, 254, C.mustard),
				),
			// Basketball, the mountains behind.
			() =>
				svg(
					outdoors('#c9a27c', 270),
					cloud(200, 60),
					mountains(270, '#8fa9b4', true),
					rect(0, 270, W, 90, '#d7b58e'),
					line(0, 320, 640, 320, C.white, 4),
					hoop(540, 330),
					person({ x: 240, y: 340, skin: SKIN[2], hair: C.ink, top: C.brown, bottom: C.navy, handL: [-40, -96], handR: [50, -170] }),
					person({
						x: 390,
						y: 340,
						s: 0.9,
						dir: -1,
						skin: SKIN[0],
						hair: C.mustard,
						top: C.terracotta,
						bottom: C.blue,
						handL: [-40, -220],
						handR: [30, -220],
						extra: ball(-6, -224, 18),
					}),
				),
			// Writing a report at the office.
			() =>
				svg(
					room('#e8eee9', C.sand, 280),
					windowEl(60, 50, 140, 110),
					board(420, 50, 180, 110),
					chair(290, 340, 1),
					person({
						x: 310,
						y: 340,
						pose: 'sit',
						skin: SKIN[2],
						hair: C.ink,
						top: C.brown,
						bottom: C.navy,
						handL: [60, -104],
						handR: [90, -104],
					}),
					table(260, 350, 280, C.brownLight, 96),
					monitor(400, 254),
					papers(340, 254),
					cup(520, 254, C.teal),
					plant(600, 330, 0.9),
				),
		],
	},
	{
		id: 'chloe-educatrice-jeunes-enfants',
		voice: 'fr+f4',
		title: 'Chloé, éducatrice de jeunes enfants en crèche (exemple)',
		summary: 'Dans une crèche, Chloé prépare des jeux et des activités pour aider les tout-petits à grandir, avec leurs parents.',
		posterAlt: 'Dessin : une éducatrice assise sur un tapis de jeu, avec deux tout-petits qui empilent des cubes de couleur.',
		person: { firstName: 'Chloé', profession: 'educateur-de-jeunes-enfants', employer: 'creche', territory: 'ain' },
		recorded: '2026-09-15',
		sentences: [
			{ fr: 'Je suis Chloé, éducatrice de jeunes enfants dans une crèche.', en: "I'm Chloé, an early years educator in a nursery." },
			{
				fr: "J'accueille des bébés et des petits, jusqu'à leur entrée à l'école.",
				en: 'I look after babies and toddlers, until they start school.',
			},
			{
				fr: 'Je prépare des jeux, de la peinture, des histoires, pour les aider à grandir.',
				en: 'I plan games, painting and stories to help them grow.',
			},
			{
				fr: 'Je parle beaucoup avec les parents, le matin et le soir.',
				en: 'I talk a lot with the parents, in the morning and in the evening.',
			},
			{ fr: "Le bruit et la fatigue, c'est le plus difficile.", en: 'The noise and the tiredness are the hardest part.' },
			{
				fr: "J'ai fait trois ans d'études après le bac pour avoir mon diplôme d'État.",
				en: 'I studied for three years after secondary school to get my state diploma.',
			},
		],
		scenes: [
			() =>
				svg(
					room('#fbe7d3', '#e9d2b0', 260),
					windowEl(60, 40, 150, 110),
					frame(300, 50, 80, 60, C.tealLight, C.mustard),
					shelf(430, 120, 170, [ball(460, 120, 14, C.teal), rect(490, 92, 28, 28, C.mustard, 3), circle(560, 104, 16, C.rose)]),
					mat(100, 340, 460),
					rect(180, 262, 90, 58, C.mustard, 12),
					person({
						x: 220,
						y: 320,
						pose: 'sit',
						skin: SKIN[1],
						hair: C.brown,
						hairStyle: 'long',
						top: C.teal,
						bottom: C.brown,
						handL: [-30, -70],
						handR: [80, -80],
					}),
					child({
						x: 380,
						y: 330,
						skin: SKIN[0],
						hair: C.mustard,
						hairStyle: 'short',
						top: C.mustard,
						handL: [-60, -110],
						handR: [40, -92],
					}),
					child({ x: 480, y: 330, skin: SKIN[3], hair: C.ink, hairStyle: 'curly', top: C.rose, handL: [-60, -120], handR: [40, -92] }),
					blocks(400, 330),
				),
			// Painting.
			() =>
				svg(
					room('#f3ecdc', '#e2cfae', 270),
					windowEl(440, 40, 140, 110),
					easel(140, 320),
					person({
						x: 300,
						y: 320,
						skin: SKIN[1],
						hair: C.brown,
						hairStyle: 'long',
						top: C.teal,
						bottom: C.brown,
						handL: [-60, -140],
						handR: [40, -96],
					}),
					child({
						x: 410,
						y: 330,
						skin: SKIN[2],
						hair: C.ink,
						top: C.terracotta,
						handL: [-40, -92],
						handR: [60, -150],
						extra: line(60, -150, 70, -190, C.brown, 8),
					}),
					table(460, 340, 140, C.tealLight, 60),
					paintPots(480, 280),
				),
			// Story time.
			() =>
				svg(
					room('#fbe7d3', '#e9d2b0', 260),
					frame(80, 50, 90, 70, C.peach, C.teal),
					windowEl(420, 40, 150, 110),
					mat(120, 340, 420),
					rect(150, 270, 120, 50, C.terracotta, 10),
					person({
						x: 200,
						y: 320,
						pose: 'sit',
						skin: SKIN[1],
						hair: C.brown,
						hairStyle: 'long',
						top: C.teal,
						bottom: C.brown,
						handL: [60, -110],
						handR: [90, -110],
						extra: book(76, -94, C.mustard, 1.1),
					}),
					rect(348, 297, 36, 33, C.teal, 8),
					rect(428, 297, 36, 33, C.mustard, 8),
					child({
						x: 360,
						y: 330,
						dir: -1,
						pose: 'sit',
						skin: SKIN[0],
						hair: C.mustard,
						top: C.mustard,
						handL: [-30, -70],
						handR: [40, -70],
					}),
					child({
						x: 440,
						y: 330,
						dir: -1,
						pose: 'sit',
						skin: SKIN[3],
						hair: C.ink,
						hairStyle: 'curly',
						top: C.rose,
						handL: [-30, -70],
						handR: [40, -70],
					}),
				),
			// Evening: a father comes to pick up his daughter.
			() =>
				svg(
					room('#f3ecdc', '#e2cfae', 280),
					door(60, 290, 100, 200, C.tealMid),
					hooks(200, 70),
					person({ x: 260, y: 330, skin: SKIN[2], hair: C.ink, top: C.navy, bottom: C.brown, handR: [50, -110] }),
					child({ x: 350, y: 330, skin: SKIN[2], hair: C.ink, hairStyle: 'curly', top: C.rose, handL: [-90, -150], handR: [30, -92] }),
					person({
						x: 500,
						y: 330,
						dir: -1,
						skin: SKIN[1],
						hair: C.brown,
						hairStyle: 'long',
						top: C.teal,
						bottom: C.brown,
						handL: [-30, -96],
						handR: [50, -220],
					}),
				),
		],
	},
	{
		id: 'nadia-assistante-familiale',
		voice: 'fr+f5',
		title: 'Nadia, assistante familiale dans les Landes (exemple)',
		summary: "Nadia accueille chez elle des enfants confiés à l'aide sociale à l'enfance : une vie de famille, avec une équipe autour.",
		posterAlt: 'Dessin : une femme et un enfant prennent le goûter et font les devoirs à la table de la cuisine.',
		person: { firstName: 'Nadia', profession: 'assistant-familial', employer: 'departement', territory: 'landes' },
		recorded: '2026-11-18',
		sentences: [
			{
				fr: 'Je suis Nadia, assistante familiale pour le Département des Landes.',
				en: "I'm Nadia, a foster carer for the Landes county council.",
			},
			{
				fr: "J'accueille chez moi des enfants qui ne peuvent pas vivre avec leurs parents pendant un temps.",
				en: "I welcome children into my home who can't live with their parents for a while.",
			},
			{
				fr: "Ils partagent notre vie de famille : l'école, les repas, les vacances.",
				en: 'They share our family life: school, meals, holidays.',
			},
			{
				fr: "Je ne suis pas seule : je travaille avec l'équipe du Département qui suit l'enfant.",
				en: "I'm not alone: I work with the council team that follows the child.",
			},
			{ fr: "Le plus dur, c'est quand un enfant repart : on s'attache.", en: 'The hardest part is when a child leaves: you get attached.' },
			{
				fr: "Il faut d'abord un agrément, puis on suit une formation en travaillant.",
				en: 'First you need an approval, then you train while you work.',
			},
		],
		scenes: [
			() =>
				svg(
					room('#f6e1c6', '#d7b48a', 280),
					windowEl(250, 50, 140, 110),
					fridge(520, 300),
					clock(120, 70),
					chair(130, 340, 1),
					person({
						x: 150,
						y: 340,
						pose: 'sit',
						skin: SKIN[2],
						hair: C.ink,
						hairStyle: 'long',
						top: C.terracotta,
						bottom: C.navy,
						handR: [90, -110],
					}),
					chair(450, 340, -1),
					child({
						x: 440,
						y: 330,
						s: 0.7,
						dir: -1,
						pose: 'sit',
						skin: SKIN[1],
						hair: C.brown,
						top: C.teal,
						handL: [-30, -70],
						handR: [90, -110],
					}),
					table(190, 350, 240, C.brownLight, 90),
					book(330, 260, C.teal, 0.9),
					cup(240, 260, C.mustard),
					plate(400, 260, C.terracotta),
				),
			// A house among the pines.
			() =>
				svg(
					outdoors('#e6d3a6', 270),
					sun(520, 70),
					cloud(160, 60),
					pine(60, 290, 1.1),
					pine(140, 280, 0.9),
					pine(600, 300, 1.2),
					house(220, 290, 220, 120, C.white, C.terracotta, C.teal),
					rect(210, 288, 240, 6, C.brown),
					flowers(470, 300),
					bike(530, 330),
				),
			// Walking to school, the child on a bike.
			() =>
				svg(
					outdoors('#e6d3a6', 270),
					cloud(460, 60),
					pine(60, 280),
					pine(200, 270, 0.8),
					pine(420, 275, 0.9),
					pine(590, 290, 1.1),
					path('M0 340 Q320 300 640 330 L640 360 L0 360 Z', '#c9b48f'),
					person({
						x: 200,
						y: 340,
						skin: SKIN[2],
						hair: C.ink,
						hairStyle: 'long',
						top: C.terracotta,
						bottom: C.navy,
						handL: [-34, -94],
						handR: [80, -120],
					}),
					bike(380, 344),
					child({ x: 372, y: 320, s: 0.62, pose: 'sit', skin: SKIN[1], hair: C.brown, top: C.teal, handL: [45, -77], handR: [52, -80] }),
				),
			// A meeting with the child's worker at the Département.
			() =>
				svg(
					room('#e8eee9', C.sand, 280),
					windowEl(420, 50, 150, 110),
					board(60, 60, 200, 110),
					plant(600, 330, 0.9),
					chair(150, 340, 1),
					person({
						x: 170,
						y: 340,
						pose: 'sit',
						skin: SKIN[2],
						hair: C.ink,
						hairStyle: 'long',
						top: C.terracotta,
						bottom: C.navy,
						handR: [90, -110],
					}),
					chair(490, 340, -1),
					person({
						x: 470,
						y: 340,
						dir: -1,
						pose: 'sit',
						skin: SKIN[0],
						hair: C.brownLight,
						hairStyle: 'short',
						top: C.navy,
						bottom: C.grey,
						handR: [90, -110],
					}),
					table(210, 350, 220, C.brownLight, 90),
					papers(300, 260),
					book(380, 260, C.brown, 0.8),
					cup(250, 260, C.white),
				),
		],
	},
];

/** The external video: only the poster is drawn and the captions are written for an imagined 30-second clip. */
const external = {
	id: 'lucas-educateur-specialise-externe',
	title: 'Lucas, éducateur spécialisé en IME (exemple)',
	summary: "Lucas apprend à Théo, un enfant handicapé, à prendre le bus tout seul : un pas de plus vers l'autonomie.",
	posterAlt: "Dessin : un éducateur et un enfant attendent à un arrêt de bus pendant qu'un bus arrive.",
	person: { firstName: 'Lucas', profession: 'educateur-specialise', employer: 'etablissement-handicap', territory: 'ain' },
	recorded: '2026-10-05',
	duration: 30,
	youtube: 'aqz-KE-bpKQ',
	sentences: [
		{
			fr: 'Je suis Lucas, éducateur spécialisé dans un institut pour enfants handicapés.',
			en: "I'm Lucas, a specialised educator in a school for disabled children.",
		},
		{ fr: "Aujourd'hui, j'apprends à Théo à prendre le bus tout seul.", en: "Today, I'm teaching Théo to take the bus on his own." },
		{
			fr: 'On regarde les horaires, on valide le ticket, on descend au bon arrêt.',
			en: 'We check the timetable, stamp the ticket, and get off at the right stop.',
		},
		{ fr: 'Chaque petit pas compte pour son autonomie.', en: 'Every small step counts towards his independence.' },
		{
			fr: "Le plus dur, c'est d'être patient quand ça ne marche pas du premier coup.",
			en: "The hardest part is being patient when it doesn't work the first time.",
		},
		{
			fr: "Je suis devenu éducateur après trois ans de formation, entre l'école et les stages.",
			en: 'I became an educator after three years of training, between school and placements.',
		},
	],
	poster: () =>
		svg(
			outdoors('#cfc6b8', 290, '#d6ebf0'),
			cloud(520, 60),
			sun(600, 40, 22),
			tree(600, 300, 0.9),
			rect(0, 290, W, 70, '#8f8a85'),
			rect(0, 280, W, 14, '#d8d0c4'),
			bus(-60, 330, C.tealMid),
			busStop(300, 290),
			rect(330, 130, 160, 8, C.brown, 3),
			rect(484, 130, 8, 160, C.brown),
			rect(340, 146, 140, 90, '#ffffff66', 4),
			person({
				x: 400,
				y: 300,
				skin: SKIN[1],
				hair: C.ink,
				hairStyle: 'short',
				top: C.brown,
				bottom: C.navy,
				handL: [-40, -100],
				handR: [34, -94],
			}),
			child({ x: 350, y: 300, s: 0.65, skin: SKIN[0], hair: C.mustard, top: C.mustard, handL: [-40, -92], handR: [50, -130] }),
		),
};

// ---------------------------------------------------------------------------
// Tools.

function run(cmd, args) {
	return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
}
function duration(file) {
	return Number(run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', file]).trim());
}

/** "00:00:04.320" */
function timestamp(seconds) {
	const ms = Math.round(seconds * 1000);
	const h = Math.floor(ms / 3600000);
	const m = Math.floor(ms / 60000) % 60;
	const s = Math.floor(ms / 1000) % 60;
	const pad = (n, w = 2) => String(n).padStart(w, '0');
	return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** Cut a caption into lines of at most about 42 characters, as even as possible, never leaving a short word at a line's end. */
function wrap(text, max = 42) {
	if (text.length <= max) return text;
	const words = text.split(' ');
	const lineCount = Math.ceil(text.length / max);
	let best = { cost: Infinity, lines: [text] };
	// Every way of breaking into lineCount lines (captions have few words, so this stays small).
	const search = (start, lines) => {
		if (lines.length === lineCount - 1) {
			const all = [...lines, words.slice(start).join(' ')];
			const shortEnds = all.slice(0, -1).filter((l) => /^\p{L}{1,2}$/u.test(l.split(' ').at(-1) ?? '')).length;
			const punctuationStarts = all.filter((l) => /^[:;!?»]/.test(l)).length;
			const cost = Math.max(...all.map((l) => l.length)) + (shortEnds + punctuationStarts) * 20;
			if (cost < best.cost) best = { cost, lines: all };
			return;
		}
		for (let end = start + 1; end < words.length; end++) search(end, [...lines, words.slice(start, end).join(' ')]);
	};
	search(0, []);
	return best.lines.join('\n');
}

function vtt(cues, lang) {
	return `WEBVTT\n\n${cues.map((c, i) => `${i + 1}\n${timestamp(c.start)} --> ${timestamp(c.end)}\n${wrap(c[lang])}\n`).join('\n')}`;
}

const yamlString = (s) => JSON.stringify(s);

function mdx(v, seconds) {
	const p = v.person;
	const territory = p.territory ? `, territory: ${p.territory}` : '';
	const source = v.youtube ? `{ kind: youtube, id: "${v.youtube}" }` : `{ kind: file, src: /videos/${v.id}.mp4 }`;
	return `---
title: ${yamlString(v.title)}
summary: ${yamlString(v.summary)}
posterAlt: ${yamlString(v.posterAlt)}
person: { firstName: ${yamlString(p.firstName)}, profession: ${p.profession}, employer: ${p.employer}${territory} }
recorded: ${v.recorded}
duration: ${seconds}
poster: ${v.id}.png
source: ${source}
captions:
  - { lang: fr, src: /videos/${v.id}.fr.vtt }
  - { lang: en, src: /videos/${v.id}.en.vtt }
example: true
---

${v.sentences.map((s) => s.fr).join('\n\n')}
`;
}

async function renderPng(svgText, file, palette = false) {
	const image = sharp(Buffer.from(svgText)).resize(W, H);
	await (palette ? image.png({ palette: true, quality: 95, effort: 10, compressionLevel: 9 }) : image.png({ compressionLevel: 9 })).toFile(
		file,
	);
}

async function makeVideo(v, work) {
	// 1. Scenes.
	const scenes = [];
	for (const [i, draw] of v.scenes.entries()) {
		const file = join(work, `${v.id}-scene${i}.png`);
		await renderPng(draw(), file);
		scenes.push(file);
	}
	await renderPng(v.scenes[0](), join(out.posters, `${v.id}.png`), true);

	// 2. Speech, sentence by sentence, then joined with pauses.
	const cues = [];
	let t = LEAD;
	const wavs = v.sentences.map((s, i) => {
		const wav = join(work, `${v.id}-${i}.wav`);
		run('espeak-ng', ['-v', v.voice, '-s', '150', '-w', wav, s.say ?? s.fr]);
		const d = duration(wav);
		cues.push({ ...s, start: t, end: t + d });
		t += d + PAUSE;
		return wav;
	});
	const speechEnd = cues.at(-1).end;
	const total = Math.ceil(speechEnd + TAIL);
	if (total < MIN_SECONDS || total > MAX_SECONDS) throw new Error(`${v.id}: ${total} s, outside ${MIN_SECONDS}-${MAX_SECONDS} s`);
	const speech = join(work, `${v.id}-speech.wav`);
	const pads = wavs.map((_, i) => `[${i}:a]apad=pad_dur=${i === wavs.length - 1 ? 0 : PAUSE}[a${i}]`).join(';');
	const joined = wavs.map((_, i) => `[a${i}]`).join('');
	run('ffmpeg', [
		'-y',
		'-v',
		'error',
		...wavs.flatMap((w) => ['-i', w]),
		'-filter_complex',
		`${pads};${joined}concat=n=${wavs.length}:v=0:a=1,adelay=${Math.round(LEAD * 1000)},apad=whole_dur=${total}[out]`,
		'-map',
		'[out]',
		'-t',
		String(total),
		'-ac',
		'1',
		speech,
	]);

	// 3. The video: scenes in turn, crossfaded, over the speech; smaller until it fits.
	const mp4 = join(out.videos, `${v.id}.mp4`);
	const n = scenes.length;
	const each = (total + (n - 1) * FADE) / n;
	let bytes = Infinity;
	for (const a of ATTEMPTS) {
		const fades = scenes
			.slice(1)
			.map(
				(_, k) =>
					`${k ? `[x${k}]` : '[0:v]'}[${k + 1}:v]xfade=transition=fade:duration=${FADE}:offset=${((k + 1) * (each - FADE)).toFixed(3)}[x${k + 1}]`,
			)
			.join(';');
		run('ffmpeg', [
			'-y',
			'-v',
			'error',
			...scenes.flatMap((s) => ['-loop', '1', '-framerate', String(a.fps), '-t', each.toFixed(3), '-i', s]),
			'-i',
			speech,
			'-filter_complex',
			`${fades};[x${n - 1}]format=yuv420p[v]`,
			'-map',
			'[v]',
			'-map',
			`${n}:a`,
			'-c:v',
			'libx264',
			'-profile:v',
			'main',
			'-preset',
			'veryslow',
			'-tune',
			'stillimage',
			'-crf',
			String(a.crf),
			'-g',
			String(a.fps * 5),
			'-r',
			String(a.fps),
			'-pix_fmt',
			'yuv420p',
			'-c:a',
			'aac',
			'-b:a',
			a.audio,
			'-ac',
			'1',
			'-ar',
			'22050',
			'-t',
			String(total),
			'-movflags',
			'+faststart',
			mp4,
		]);
		bytes = statSync(mp4).size;
		if (bytes <= MAX_BYTES) break;
	}
	if (bytes > MAX_BYTES) throw new Error(`${v.id}: ${bytes} bytes even at the lowest settings`);
	const real = duration(mp4);
	if (cues.at(-1).end > real) throw new Error(`${v.id}: the last caption ends after the video (${real} s)`);

	// 4-6. Captions, content file.
	writeFileSync(join(out.videos, `${v.id}.fr.vtt`), vtt(cues, 'fr'));
	writeFileSync(join(out.videos, `${v.id}.en.vtt`), vtt(cues, 'en'));
	const seconds = Math.round(real);
	writeFileSync(join(out.content, `${v.id}.mdx`), mdx(v, seconds));
	return { id: v.id, profession: v.person.profession, seconds: real, kb: bytes / 1024 };
}

async function makeExternal(v) {
	await renderPng(v.poster(), join(out.posters, `${v.id}.png`), true);
	// Evenly spread cues over the imagined clip.
	const slot = (v.duration - 1) / v.sentences.length;
	const cues = v.sentences.map((s, i) => ({ ...s, start: 0.5 + i * slot, end: 0.5 + (i + 1) * slot - 0.4 }));
	writeFileSync(join(out.videos, `${v.id}.fr.vtt`), vtt(cues, 'fr'));
	writeFileSync(join(out.videos, `${v.id}.en.vtt`), vtt(cues, 'en'));
	writeFileSync(join(out.content, `${v.id}.mdx`), mdx(v, v.duration));
	return { id: v.id, profession: v.person.profession, seconds: v.duration, kb: 0, external: true };
}

// ---------------------------------------------------------------------------

// --preview DIR: only draw every scene into DIR, to look at them.
if (process.argv[2] === '--preview') {
	const dir = process.argv[3] ?? join(tmpdir(), 'demo-videos-preview');
	mkdirSync(dir, { recursive: true });
	for (const v of videos) for (const [i, draw] of v.scenes.entries()) await renderPng(draw(), join(dir, `${v.id}-${i}.png`));
	await renderPng(external.poster(), join(dir, `${external.id}-0.png`));
	console.log(`Scenes drawn in ${dir}`);
	process.exit(0);
}

const wanted = process.argv.slice(2);
for (const dir of Object.values(out)) mkdirSync(dir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'demo-videos-'));
const rows = [];
try {
	for (const v of videos) if (!wanted.length || wanted.includes(v.id)) rows.push(await makeVideo(v, work));
	if (!wanted.length || wanted.includes(external.id)) rows.push(await makeExternal(external));
} finally {
	rmSync(work, { recursive: true, force: true });
}
console.log(['id'.padEnd(40), 'profession'.padEnd(34), 'seconds'.padStart(8), 'KB'.padStart(7)].join(' '));
for (const r of rows)
	console.log(
		[
			r.id.padEnd(40),
			r.profession.padEnd(34),
			r.seconds.toFixed(1).padStart(8),
			(r.external ? 'youtube' : r.kb.toFixed(0)).padStart(7),
		].join(' '),
	);
