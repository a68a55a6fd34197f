// npm run check:content: what communications staff run before proposing a change.
// Every problem at once, in French: errors stop the build (exit 1), warnings do not.
// The build runs the same checks for the chosen territory; this also checks every territory file,
// and writes the list of missing translations to .cache/traductions.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkContent, formatProblems } from '../src/lib/content-check/check';
import { ContentError } from '../src/lib/errors';
import { checkUiStrings } from '../src/lib/preflight';
import { availableTerritories, loadTerritory } from '../src/lib/territory/load';

const messages: string[] = [];
for (const id of availableTerritories()) {
	try {
		loadTerritory(id);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		messages.push(`Erreur de contenu dans ${error.message}`);
	}
}
try {
	checkUiStrings();
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	messages.push(`Erreur de contenu dans ${error.message}`);
}
const { problems, warnings, translations } = checkContent();
const report = [
	'# Traductions manquantes',
	'',
	"Tant qu'une traduction manque, les visiteurs de cette langue voient le texte français, avec un message dans leur langue.",
	'',
	...(translations.length ? translations.map((t) => `- ${t.file} : ${t.missing.join(', ')}`) : ['Aucune : tout est traduit.']),
	'',
].join('\n');
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/traductions.md', report);

if (problems.length || warnings.length) console.log(formatProblems(problems, warnings));
console.log(`\nTraductions manquantes : ${translations.length} fichier(s), la liste est dans .cache/traductions.md`);
if (messages.length || problems.length) {
	if (messages.length) console.error(`\n${messages.join('\n\n')}`);
	process.exit(1);
}
console.log(
	`Contenu correct : ${availableTerritories().length} territoires, textes de l'interface et fichiers de contenu dans toutes les langues.`,
);
