// npm run check:content: what communications staff run before a pull request.
// The build runs the same checks for the chosen territory; this also checks every territory file.
import { ContentError } from '../src/lib/errors';
import { preflight } from '../src/lib/preflight';
import { availableTerritories, loadTerritory } from '../src/lib/territory/load';

const messages: string[] = [];
for (const id of availableTerritories()) {
	try {
		loadTerritory(id);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		messages.push(`Content error in ${error.message}`);
	}
}
const problems = preflight();
if (problems) messages.push(problems);
if (messages.length) {
	console.error(messages.join('\n\n'));
	process.exit(1);
}
console.log(`Content OK: ${availableTerritories().length} territories, interface strings and content files in every language.`);
