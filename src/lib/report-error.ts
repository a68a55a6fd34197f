import { ContentError } from './errors';

/**
 * Astro would print a ContentError thrown from the config with a stack trace;
 * an editor needs the sentence only, so print it plainly and stop.
 */
export function reportContentError<T>(load: () => T): T {
	try {
		return load();
	} catch (error) {
		if (error instanceof ContentError) {
			console.error(`\nContent error in ${error.message}\n`);
			process.exit(1);
		}
		throw error;
	}
}
