/**
 * The pictures of the professions and sectors (src/assets/illustrations/, drawn
 * for this project): served as files so that they stay out of each page's first
 * view, and recoloured for the territory at build time.
 */

/** The two accent colours the drawings are made with (the Landes defaults), replaced by the territory's. */
export const drawingAccents = { primary: '#0b5d5b', secondary: '#8a3b12' } as const;

/** A drawing in the territory's colours. */
export function recolour(svg: string, accent: { primary: string; secondary: string }): string {
	return svg
		.replaceAll(drawingAccents.primary, accent.primary.toLowerCase())
		.replaceAll(drawingAccents.secondary, accent.secondary.toLowerCase());
}

export type IllustrationKind = 'professions' | 'sectors' | 'pictograms';

/** Where a picture is served: /illustrations/professions/aide-soignant.svg. */
export const illustrationPath = (kind: IllustrationKind, id: string) => `/illustrations/${kind}/${id}.svg`;

/** The drawing of a profile: a former title (AMP) shows its current profession's. */
export function professionPicture(
	profile: { id: string; facts: { replacedBy?: string | undefined } },
	available: ReadonlySet<string>,
): string | undefined {
	const id = profile.facts.replacedBy ?? profile.id;
	return available.has(`professions/${id}`) ? illustrationPath('professions', id) : undefined;
}
