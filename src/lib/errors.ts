import type { z } from 'astro/zod';
import { editorErrors } from './content-check/messages';

/**
 * A content mistake made by an editor must read as a sentence naming the file
 * and the field, never as a stack trace.
 */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[],
	) {
		super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
	}
}

export function describeIssues(error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const field = issue.path.length ? issue.path.map(String).join('.') : '(tout le fichier)';
		return `${field} : ${issue.message}`;
	});
}

export function parseOrThrow<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
	const result = schema.safeParse(data, { error: editorErrors });
	if (!result.success) throw new ContentError(file, describeIssues(result.error));
	return result.data;
}
