/**
 * Career paths (/parcours/): the moves between professions, as a graph and as a
 * drawing's layout. Pure functions of the profiles' and diplomas' facts, with no
 * Astro import, so that the graph and its geometry are unit-tested without a build.
 *
 * Sources of truth: each profile's `careerMoves` (the edges) and `level` (the rows),
 * the diplomas' `professions` and `shortenedFrom` (which moves have a shortened
 * training), and src/lib/orientation/external-destinations.ts (moves that leave this site).
 */
import type { ExternalDestination } from './external-destinations';

export type Level = 3 | 4 | 5 | 6;

/** The facts of a profile the graph needs (ProfileView['facts'] has them all). */
export interface ProfileFacts {
	id: string;
	level?: Level | null | undefined;
	replacedBy?: string | undefined;
	careerMoves: readonly string[];
}

/** The facts of a diploma the graph needs (DiplomaView['facts'] with its id). */
export interface DiplomaFacts {
	id: string;
	shortenedFrom: readonly string[];
	professions: readonly string[];
}

export interface CareerNode {
	id: string;
	/** A profile of this site, or a profession outside it (external-destinations.ts). */
	kind: 'profile' | 'external';
	/** null: no diploma required (assistant maternel, accueillant familial). */
	level: Level | null;
}

/** A diploma that can be prepared in less time by holders of other diplomas. */
export interface Shortened {
	/** The diploma of the destination (a training id), or null for a route outside this site. */
	diploma: string | null;
	/** Diplomas of the starting profession that open the shortened route. */
	via: string[];
}

export interface CareerEdge {
	from: string;
	to: string;
	shortened: Shortened | null;
}

export interface CareerGraph {
	nodes: CareerNode[];
	edges: CareerEdge[];
}

/** Diplomas leading to each profile: a diploma names its professions, never the other way round. */
function diplomasByProfile(diplomas: readonly DiplomaFacts[]): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const d of diplomas) for (const p of d.professions) map.set(p, [...(map.get(p) ?? []), d.id]);
	return map;
}

/** The shortened route from `fromDiplomas` to one of `targetDiplomas`, if a diploma's `shortenedFrom` connects them. */
function shortenedRoute(fromDiplomas: readonly string[], targetDiplomas: readonly DiplomaFacts[]): Shortened | null {
	for (const target of targetDiplomas) {
		const via = target.shortenedFrom.filter((d) => fromDiplomas.includes(d));
		if (via.length) return { diploma: target.id, via };
	}
	return null;
}

/**
 * The graph: one node per current profession (former titles, with `replacedBy`, are no
 * profession of their own and are left out, as edges to them), one edge per career move,
 * marked when a diploma's shortened route connects the two; then the destinations
 * outside this site, their edges marked when their diploma or route is shortened.
 */
export function buildCareerGraph(
	profiles: readonly ProfileFacts[],
	diplomas: readonly DiplomaFacts[],
	external: readonly ExternalDestination[] = [],
): CareerGraph {
	const current = profiles.filter((p) => !p.replacedBy);
	const ids = new Set(current.map((p) => p.id));
	const byProfile = diplomasByProfile(diplomas);
	const diplomaById = new Map(diplomas.map((d) => [d.id, d]));
	const diplomasOf = (id: string) => (byProfile.get(id) ?? []).map((d) => diplomaById.get(d)!);

	const nodes: CareerNode[] = current.map((p) => ({ id: p.id, kind: 'profile', level: p.level ?? null }));
	const edges: CareerEdge[] = current.flatMap((p) =>
		p.careerMoves
			.filter((to) => ids.has(to) && to !== p.id)
			.map((to) => ({ from: p.id, to, shortened: shortenedRoute(byProfile.get(p.id) ?? [], diplomasOf(to)) })),
	);
	for (const destination of external) {
		const sources = destination.from.filter((id) => ids.has(id));
		if (!sources.length) continue;
		nodes.push({ id: destination.id, kind: 'external', level: destination.level });
		const diploma = destination.diploma ? diplomaById.get(destination.diploma) : undefined;
		for (const from of sources) {
			const shortened = diploma
				? shortenedRoute(byProfile.get(from) ?? [], [diploma])
				: destination.route
					? { diploma: null, via: byProfile.get(from) ?? [] }
					: null;
			edges.push({ from, to: destination.id, shortened });
		}
	}
	return { nodes, edges };
}

/** The moves from one profession, in the graph's order. */
export const movesFrom = (graph: CareerGraph, id: string): CareerEdge[] => graph.edges.filter((e) => e.from === id);

/* ---------- Layout ---------- */

export interface LayoutOptions {
	/** Right to left: the level labels on the right, the rows read from the right. */
	rtl?: boolean;
	nodeWidth?: number;
	nodeHeight?: number;
	columnGap?: number;
	rowGap?: number;
	/** Width of the column of level labels. */
	labelWidth?: number;
	/** Space above the top row, for the arcs between professions of that row. */
	top?: number;
}

export interface PlacedNode extends CareerNode {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedRow {
	level: Level | null;
	/** Top of the row's band (its label sits there, at the start side). */
	y: number;
	height: number;
	/** Where the label is anchored: x, on the start side. */
	labelX: number;
}

export interface PlacedEdge extends CareerEdge {
	/** The move back, when both ways are ordinary moves: one line with an arrowhead at each end. */
	back: CareerEdge | null;
	/** SVG path data, from the border of `from` to the border of `to` (the arrowheads are markers). */
	d: string;
}

export interface CareerLayout {
	width: number;
	height: number;
	rows: PlacedRow[];
	nodes: PlacedNode[];
	edges: PlacedEdge[];
}

/** Rows from the highest level at the top to level 3, then the professions without a required diploma. */
function rowLevels(nodes: readonly CareerNode[]): (Level | null)[] {
	const levels = [...new Set(nodes.map((n) => n.level))];
	return levels.sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Where everything goes: rows of nodes by level (highest at the top, so the drawing reads
 * the same from either side), nodes ordered in their row to shorten the arrows (a few
 * sweeps of the barycentre heuristic), and each arrow from the border of its profession to
 * the border of the next: up or down between rows, an arc above the row within a row.
 */
export function layoutCareerGraph(graph: CareerGraph, options: LayoutOptions = {}): CareerLayout {
	const { rtl = false, nodeWidth: w = 150, nodeHeight: h = 64, columnGap = 18, rowGap = 96, labelWidth = 104, top = 56 } = options;
	const levels = rowLevels(graph.nodes);
	const rows = levels.map((level) => graph.nodes.filter((n) => n.level === level));
	const widest = Math.max(...rows.map((r) => r.length));
	const contentWidth = widest * w + (widest - 1) * columnGap;
	const width = labelWidth + contentWidth + columnGap;
	const neighbours = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
	for (const e of graph.edges) {
		neighbours.get(e.from)?.push(e.to);
		neighbours.get(e.to)?.push(e.from);
	}

	// Centre of each node in its row, recomputed as rows are reordered.
	const centre = new Map<string, number>();
	const place = (row: CareerNode[]) => {
		const start = labelWidth + (contentWidth - (row.length * w + (row.length - 1) * columnGap)) / 2;
		row.forEach((n, i) => centre.set(n.id, start + i * (w + columnGap) + w / 2));
	};
	rows.forEach(place);
	for (let sweep = 0; sweep < 4; sweep++) {
		for (const row of rows) {
			const weight = (n: CareerNode) => {
				const others = neighbours.get(n.id)!.filter((id) => !row.some((m) => m.id === id));
				return others.length ? others.reduce((s, id) => s + centre.get(id)!, 0) / others.length : centre.get(n.id)!;
			};
			const keyed = row.map((n, i) => ({ n, k: weight(n), i }));
			keyed.sort((a, b) => a.k - b.k || a.i - b.i);
			row.splice(0, row.length, ...keyed.map((x) => x.n));
			place(row);
		}
	}

	const mirror = (x: number, span = 0) => (rtl ? width - x - span : x);
	const placedRows: PlacedRow[] = [];
	const placed = new Map<string, PlacedNode>();
	rows.forEach((row, r) => {
		const y = top + r * (h + rowGap);
		placedRows.push({ level: levels[r]!, y, height: h, labelX: rtl ? width - 4 : 4 });
		for (const n of row) placed.set(n.id, { ...n, x: round(mirror(centre.get(n.id)! - w / 2, w)), y, width: w, height: h });
	});

	// Two professions that lead to each other by ordinary moves share one line, arrowheads at both ends:
	// half as many lines between the level-6 professions, which mostly lead to one another.
	const links: { edge: CareerEdge; back: CareerEdge | null }[] = [];
	for (const edge of graph.edges) {
		const pair = links.find((l) => l.edge.from === edge.to && l.edge.to === edge.from && !l.back && !l.edge.shortened && !edge.shortened);
		if (pair) pair.back = edge;
		else links.push({ edge, back: null });
	}

	// Ports: the arrows leaving or reaching one side of a box are spread along it, in the order of their other end.
	type Side = 'top' | 'bottom';
	const ports = new Map<string, { edge: number; end: 'from' | 'to'; other: number }[]>();
	const sideOf = (a: PlacedNode, b: PlacedNode): Side => (b.y < a.y || b.y === a.y ? 'top' : 'bottom');
	links.forEach(({ edge: e }, i) => {
		const a = placed.get(e.from)!;
		const b = placed.get(e.to)!;
		for (const [node, other, end] of [
			[a, b, 'from'],
			[b, a, 'to'],
		] as const) {
			const key = `${node.id}:${sideOf(node, other)}`;
			ports.set(key, [...(ports.get(key) ?? []), { edge: i, end, other: other.x + other.width / 2 }]);
		}
	});
	const portX = new Map<string, number>();
	for (const [key, list] of ports) {
		const node = placed.get(key.split(':')[0]!)!;
		list.sort((p, q) => p.other - q.other || p.edge - q.edge);
		const inset = 12;
		const step = (node.width - 2 * inset) / (list.length + 1);
		list.forEach((p, i) => portX.set(`${p.edge}:${p.end}`, round(node.x + inset + step * (i + 1))));
	}

	const edges: PlacedEdge[] = links.map(({ edge: e, back }, i) => {
		const a = placed.get(e.from)!;
		const b = placed.get(e.to)!;
		const x1 = portX.get(`${i}:from`)!;
		const x2 = portX.get(`${i}:to`)!;
		if (a.y === b.y) {
			// Within a row: an arc above it, higher for professions further apart, within the gap above the row.
			const lift = Math.min(rowGap * 0.8, top * 0.9, 18 + Math.abs(x2 - x1) * 0.12);
			return { ...e, back, d: `M${x1} ${a.y}C${x1} ${round(a.y - lift)} ${x2} ${round(b.y - lift)} ${x2} ${b.y}` };
		}
		const up = b.y < a.y;
		const y1 = up ? a.y : a.y + a.height;
		const y2 = up ? b.y + b.height : b.y;
		const bend = round((y2 - y1) / 2);
		return { ...e, back, d: `M${x1} ${y1}C${x1} ${round(y1 + bend)} ${x2} ${round(y2 - bend)} ${x2} ${y2}` };
	});

	const height = top + rows.length * h + (rows.length - 1) * rowGap + 8;
	return { width: round(width), height, rows: placedRows, nodes: [...placed.values()], edges };
}

/**
 * A label cut into lines of about `max` characters at spaces (SVG text does not wrap).
 * Nothing is cut off: the caller sizes the boxes for the longest label.
 */
export function wrapLabel(text: string, max = 19): string[] {
	const out: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = out.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= max) out[out.length - 1] = `${last} ${word}`;
		else out.push(word);
	}
	return out;
}
