import territory from 'virtual:territory';
import { recolour } from '../illustrations';
import { drawings } from './illustrations';

/** The pictograms of src/assets/pictograms/ (read with the drawings), in the territory's colour, to inline. */
export const pictogramSvg: ReadonlyMap<string, string> = new Map(
	[...drawings].filter(([name]) => name.startsWith('pictograms/')).map(([name, svg]) => [name.slice('pictograms/'.length), recolour(svg.trim(), territory.accent)]),
);
