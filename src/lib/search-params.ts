/**
 * Search page parameters of facets: /recherche/?f-contrat=CDI. Alone in its file
 * because the search page's script imports it: nothing else reaches the browser.
 */
export const searchParamPrefix = 'f-';
export const searchParam = (facetId: string): string => `${searchParamPrefix}${facetId}`;
