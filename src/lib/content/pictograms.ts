import territory from 'virtual:territory';
import { recolour } from '../illustrations';

/** The pictograms of src/assets/pictograms/ (drawn for this project), in the territory's colour, to inline. */
const files = import.meta.glob<string>('/src/assets/pictograms/*.svg', { query: '?raw', import: 'default', eager: true });

export const pictogramSvg: ReadonlyMap<string, string> = new Map(
	Object.entries(files).map(([path, svg]) => [path.replace(/^.*\/|\.svg$/g, ''), recolour(svg.trim(), territory.accent)]),
);
