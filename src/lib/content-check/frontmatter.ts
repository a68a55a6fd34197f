import yaml from 'js-yaml';

/** A YAML data file (an organisation, a session), with the same messages as front matter. */
export function readYaml(text: string): unknown {
	try {
		return yaml.load(text) ?? {};
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
		const line = error instanceof yaml.YAMLException ? ` (ligne ${error.mark.line + 1})` : '';
		throw new Error(`n'est pas du YAML valide${line} : ${reason}`, { cause: error });
	}
}

/** Splits a Markdown file into its YAML front matter and body, as Astro does. */
export function readFrontmatter(text: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) throw new Error('doit commencer par un bloc « front matter » entre deux lignes « --- »');
	try {
		return { data: yaml.load(match[1]!) ?? {}, body: text.slice(match[0].length) };
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
		const line = error instanceof yaml.YAMLException ? ` (ligne ${error.mark.line + 2} du fichier)` : '';
		throw new Error(`le front matter n'est pas du YAML valide${line} : ${reason}`, { cause: error });
	}
}
