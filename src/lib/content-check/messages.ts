import type { z } from 'astro/zod';

/**
 * Plain-language zod messages for editors: "is required" rather than
 * "Invalid input: expected string, received undefined".
 */
export const editorErrors = (issue: z.core.$ZodRawIssue): string | undefined => {
	if (issue.code === 'invalid_type') {
		if (issue.input === undefined) return `is required (${describe(issue.expected)})`;
		return `must be ${describe(issue.expected)}, not ${JSON.stringify(issue.input)}`;
	}
	if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	if (issue.code === 'too_small' && issue.origin === 'string') return `is too short (at least ${issue.minimum} characters)`;
	if (issue.code === 'too_big' && issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
	if (issue.code === 'too_small' && issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
	if (issue.code === 'too_big' && issue.origin === 'array') return `has too many items (at most ${issue.maximum})`;
	if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
	return undefined;
};

function describe(expected: string): string {
	return (
		{
			string: 'a text',
			number: 'a number',
			boolean: 'true or false',
			array: 'a list',
			object: 'a group of fields',
			date: 'a date such as 2026-11-23',
		}[expected] ?? expected
	);
}
