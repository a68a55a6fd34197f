// npm run new -- <type> <id>: starts a new entry from a template, in the right folder, with every
// field present and commented. Types: metier, formation, organisme, session, evenement, video, page.
// Fill each "À REMPLIR: …" (npm run check:content lists those left), then propose the change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileCollections } from '../src/sections';
import { idPattern } from '../src/schemas/shared';

/** Each type staff can create: its collection (folder and extension come from the registry) and template. */
export const templates = {
	// A profile comes with its easy-to-read version (required: src/sections/easy-read.ts).
	metier: { collection: 'profiles', template: 'metier.mdx', with: { collection: 'easyRead', template: 'facile-a-lire.yaml' } },
	formation: { collection: 'diplomas', template: 'formation.mdx' },
	organisme: { collection: 'trainingOrganisations', template: 'organisme.yaml' },
	session: { collection: 'trainingSessions', template: 'session.yaml' },
	evenement: { collection: 'events', template: 'evenement.mdx' },
	video: { collection: 'videos', template: 'video.mdx' },
	page: { collection: 'pages', template: 'page.mdx' },
} as const satisfies Record<string, Template & { with?: Template }>;

interface Template {
	collection: keyof typeof fileCollections;
	template: string;
}

/** Writes the entry's file from its template (and its companion's, for a profile); returns the files written. */
export function newEntry(type: string, id: string, root = process.cwd()): string[] {
	const spec: (typeof templates)[keyof typeof templates] | undefined = templates[type as keyof typeof templates];
	if (!spec) throw new Error(`Type inconnu : « ${type} ». Types possibles : ${Object.keys(templates).join(', ')}`);
	if (!idPattern.test(id))
		throw new Error(`Identifiant « ${id} » : en minuscules, chiffres et tirets, sans accent (il devient l'adresse de la page)`);
	const files = [spec, ...('with' in spec ? [spec.with] : [])].map(({ collection: name, template }) => {
		const collection = fileCollections[name];
		const file = join(collection.base, collection.folders[0] ?? '', `${id}${template.slice(template.lastIndexOf('.'))}`);
		if (existsSync(join(root, file))) throw new Error(`${file} existe déjà : choisissez un autre identifiant`);
		return { file, template };
	});
	for (const { file, template } of files) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), readFileSync(join('scripts/templates', template), 'utf8'));
	}
	return files.map((f) => f.file);
}

if (process.argv[1]?.endsWith('new-entry.ts') || process.argv.includes('--run')) {
	const [type, id] = process.argv.slice(2).filter((a) => a !== '--run');
	if (!type || !id) {
		console.error(`Usage : npm run new -- <type> <identifiant>\nTypes : ${Object.keys(templates).join(', ')}`);
		process.exit(2);
	}
	try {
		const files = newEntry(type, id);
		console.log(`Créé : ${files.join(', ')}\nRemplissez chaque « À REMPLIR: … », puis lancez npm run check:content.`);
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}
