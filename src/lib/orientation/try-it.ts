/**
 * Public services that let people see a job before committing, and the addresses this site
 * links to, pre-filled with a profession's facts where the service accepts them.
 */

/**
 * Immersion Facilitée (France Travail and GIP Plateforme de l'inclusion) arranges immersions
 * (PMSMP) for job seekers and people retraining, and observation placements for pupils. Its
 * search used to take a ROME code; its current front end takes OGR appellation codes instead
 * (routes `search` and `searchForStudent`, parameter `appellationCodes`, in
 * https://github.com/gip-inclusion/immersion-facile/blob/main/front/src/app/routes/routes.ts).
 * Profiles hold ROME codes only, so these links open the search and the page says what to type.
 */
export const immersionSearch = 'https://immersion-facile.beta.gouv.fr/recherche';
export const immersionSearchForPupils = 'https://immersion-facile.beta.gouv.fr/recherche-scolaire';

/**
 * La bonne alternance (apprenticeship offers and trainings) takes ROME codes and a job name
 * in its search address, as its embeddable search documents
 * (https://api.gouv.fr/guides/widget-la-bonne-alternance); the visitor adds a place there.
 */
export function apprenticeshipSearch(romeCodes: readonly string[], jobName: string): string {
	const query = new URLSearchParams({ romes: romeCodes.join(','), job_name: jobName });
	return `https://labonnealternance.apprentissage.beta.gouv.fr/recherche-apprentissage?${query.toString().replace(/%2C/g, ',')}`;
}
