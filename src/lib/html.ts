/**
 * Plain text made safe inside HTML text or a double-quoted attribute: for the
 * few places that write HTML as strings (search documents, JSON-LD descriptions,
 * a built page's attributes); components leave escaping to Astro.
 */
export const escapeHtml = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
