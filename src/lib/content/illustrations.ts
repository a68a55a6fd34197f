/** The drawings of src/assets/illustrations/, by "<kind>/<id>" ("professions/aide-soignant"), read at build time. */
const files = import.meta.glob<string>(['/src/assets/illustrations/*/*.svg', '/src/assets/pictograms/*.svg'], {
	query: '?raw',
	import: 'default',
	eager: true,
});

/** Also the pictograms, as "pictograms/<id>" (src/assets/pictograms/): the profile's link to its easy-to-read page shows one. */
export const drawings: ReadonlyMap<string, string> = new Map(
	Object.entries(files).map(([path, svg]) => [path.replace(/^\/src\/assets\/(illustrations\/)?|\.svg$/g, ''), svg]),
);

/** Which drawings exist: a profession without one shows none rather than a broken image. */
export const availableDrawings: ReadonlySet<string> = new Set(drawings.keys());
