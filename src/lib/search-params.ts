/**
 * Search page parameters of facets: /recherche/?f-contrat=CDI. Alone in its file
 * because the search page's script imports it: nothing else reaches the browser.
 */
export const searchParamPrefix = 'f-';
export const searchParam = (facetId: string): string => `${searchParamPrefix}${facetId}`;

/** An acronym as typed in the search box or written in a diploma: "CAP AEPE", "cap aepe" → "CAPAEPE". */
export const acronymKey = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]/g, '');
