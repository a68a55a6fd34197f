/** The offer's page address segment: ASCII, stable as long as its source keeps the id. */
export function offerSlug(offer: { source: string; sourceId: string }): string {
	return `${offer.source}-${offer.sourceId}`
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
