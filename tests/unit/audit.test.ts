import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { auditSummary } from '../../src/lib/accessibility/audit';
import { auditSchema, rgaaCriteriaCount } from '../../src/schemas/audit';

const rows = (results: string) =>
	[...results].map((r, i) => ({
		id: `1.${i + 1}`,
		theme: 'Images',
		title: 'Critère',
		result: ({ c: 'C', n: 'NC', a: 'NA' } as const)[r as 'c' | 'n' | 'a'],
		pages: [],
		notes: 'note',
	}));

describe('the accessibility statement’s figures', () => {
	it('are the RGAA rate, conform over applicable, and its status', () => {
		expect(auditSummary({ criteria: rows('ccca') })).toMatchObject({
			conform: 3,
			nonConform: 0,
			notApplicable: 1,
			rate: 1,
			status: 'full',
		});
		expect(auditSummary({ criteria: rows('ccna') })).toMatchObject({ applicable: 3, status: 'partial' });
		expect(auditSummary({ criteria: rows('cn') }).status).toBe('partial'); // 50 %
		expect(auditSummary({ criteria: rows('cnn') }).status).toBe('none');
	});

	it('come from the audit file, which covers every RGAA criterion once', () => {
		const audit = auditSchema.parse(yaml.load(readFileSync('content/audit/rgaa.yaml', 'utf8')));
		expect(audit.criteria).toHaveLength(rgaaCriteriaCount);
		const summary = auditSummary(audit);
		expect(summary.conform).toBe(audit.criteria.filter((c) => c.result === 'C').length);
		expect(summary.nonConform + summary.conform + summary.notApplicable).toBe(rgaaCriteriaCount);
		expect(summary.failures.map((c) => c.id)).toEqual(audit.criteria.filter((c) => c.result === 'NC').map((c) => c.id));
		// Every failure says how it is fixed or why it stays.
		for (const c of summary.failures) expect(c.fix ?? c.exception, c.id).toBeTruthy();
	});

	it('refuse an audit that misses criteria or names a page outside its sample', () => {
		const audit = yaml.load(readFileSync('content/audit/rgaa.yaml', 'utf8')) as { criteria: { pages: string[] }[] };
		const short = { ...audit, criteria: audit.criteria.slice(1) };
		expect(auditSchema.safeParse(short).error?.issues[0]?.message).toMatch(/106 critères/);
		const wrongPage = { ...audit, criteria: audit.criteria.map((c, i) => (i === 0 ? { ...c, pages: ['nulle-part'] } : c)) };
		expect(auditSchema.safeParse(wrongPage).error?.issues[0]?.message).toMatch(/n'est pas une page de l'échantillon/);
	});
});
