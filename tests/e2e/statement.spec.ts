import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { auditSummary } from '../../src/lib/accessibility/audit';
import { auditSchema } from '../../src/schemas/audit';

const audit = auditSchema.parse(yaml.load(readFileSync('content/audit/rgaa.yaml', 'utf8')));
const summary = auditSummary(audit);
const percent = (locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(summary.rate);
const status = { full: 'totalement conforme', partial: 'partiellement conforme', none: 'non conforme' }[summary.status];

test('the accessibility statement and the footer give the audit file’s result, in French and in Arabic', async ({ page }) => {
	await page.goto('/accessibilite/');
	const main = page.locator('main');
	await expect(main).toContainText(
		`Ce site est ${status} avec le référentiel général d'amélioration de l'accessibilité (${audit.referential}).`,
	);
	await expect(main).toContainText(`L'audit montre que ${percent('fr-FR')} des critères applicables sont respectés.`);
	await expect(page.locator('.audit-counts dd')).toHaveText([
		String(summary.conform),
		String(summary.nonConform),
		String(summary.notApplicable),
	]);
	// The sample, and every failure with what is done about it.
	const sample = main.locator('ul.audit-sample a');
	await expect(sample).toHaveText(audit.sample.map((p) => p.title));
	for (const c of summary.failures) await expect(main).toContainText(`${c.id} ${c.title}`);
	await expect(page.locator('footer')).toContainText(`Accessibilité : ${status}`);
	await page.goto('/ar/accessibilite/');
	await expect(page.locator('main')).toContainText(percent('ar-FR'));
	// The criteria are written in French: marked as French inside the Arabic page.
	await expect(page.locator('main ul.audit-sample')).toHaveAttribute('lang', 'fr');
});
