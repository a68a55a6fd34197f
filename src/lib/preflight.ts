import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblems } from './content-check/check';
import { ContentError } from './errors';
import { localeCodes } from './i18n/locales';
import { validateUiStrings } from './i18n/strings';

/**
 * Checks the interface strings before Astro starts, so that a mistake in a
 * translation file reads as one sentence rather than a failed page render.
 */
export function checkUiStrings(root = process.cwd()): void {
	const files: Record<string, unknown> = {};
	for (const locale of localeCodes) {
		const file = `content/ui/${locale}.json`;
		let text: string;
		try {
			text = readFileSync(join(root, file), 'utf8');
		} catch {
			continue; // reported as missing by validateUiStrings
		}
		try {
			files[locale] = JSON.parse(text);
		} catch (error) {
			throw new ContentError(file, [`(tout le fichier) : n'est pas du JSON valide : ${(error as Error).message}`]);
		}
	}
	validateUiStrings(files);
}

/**
 * Everything an editor can get wrong, checked before Astro builds a page: the
 * build then stops with the file, the field and what is expected, and no stack trace.
 * Returns the message to print, or null when all is well.
 */
export function preflight(root = process.cwd()): string | null {
	const messages: string[] = [];
	try {
		checkUiStrings(root);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		messages.push(`Erreur de contenu dans ${error.message}`);
	}
	// Warnings (a missing translation, a heavy image) do not stop the build: npm run check:content lists them.
	const { problems } = checkContent(root);
	if (problems.length) messages.push(formatProblems(problems));
	return messages.length ? messages.join('\n\n') : null;
}
