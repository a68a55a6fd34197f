import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { territorySchema, type Territory } from '../../schemas/territory';
import { ContentError, parseOrThrow } from '../errors';

export const defaultTerritory = 'landes';
const territoriesDir = 'content/territories';

export function availableTerritories(root = process.cwd()): string[] {
	return readdirSync(join(root, territoriesDir))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.replace(/\.yaml$/, ''))
		.sort();
}

/**
 * Reads and validates content/territories/<id>.yaml. Runs in astro.config, before
 * anything else, so a mistake stops the build with the file and field named.
 */
export function loadTerritory(id = process.env.SITE_TERRITORY || defaultTerritory, root = process.cwd()): Territory {
	const file = `${territoriesDir}/${id}.yaml`;
	const path = join(root, file);
	if (!existsSync(path)) {
		throw new ContentError(file, [
			`SITE_TERRITORY="${id}" ne désigne aucun fichier de territoire ; disponibles : ${availableTerritories(root).join(', ')}`,
		]);
	}
	let data: unknown;
	try {
		data = yaml.load(readFileSync(path, 'utf8'), { filename: file });
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? error.message : String(error);
		throw new ContentError(file, [`(tout le fichier) : n'est pas du YAML valide : ${reason}`]);
	}
	return { id, ...parseOrThrow(territorySchema, data, file) };
}
