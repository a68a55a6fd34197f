import type { Territory } from '../../schemas/territory';

const moduleId = 'virtual:territory';
const cssId = 'virtual:territory.css';

/**
 * Hands the territory chosen in astro.config (validated once) to pages as
 * `virtual:territory`, and its accent colours to the stylesheet as
 * `virtual:territory.css`, so colours stay in the CSS bundle rather than in
 * inline styles that a strict Content-Security-Policy would refuse.
 */
export function territoryPlugin(territory: Territory) {
	return {
		name: 'metiers-du-lien:territory',
		resolveId(id: string) {
			if (id === moduleId) return `\0${moduleId}`;
			if (id === cssId) return `\0${cssId}`;
			return undefined;
		},
		load(id: string) {
			if (id === `\0${moduleId}`) return `export default ${JSON.stringify(territory)};`;
			if (id === `\0${cssId}`) {
				return `:root{--color-accent:${territory.accent.primary};--color-accent-2:${territory.accent.secondary};}`;
			}
			return undefined;
		},
	};
}
