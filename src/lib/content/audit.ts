import { getEntry } from 'astro:content';
import type { Audit } from '../../schemas/audit';
import { auditSummary, type AuditSummary } from '../accessibility/audit';

let cached: Promise<{ audit: Audit; summary: AuditSummary }> | undefined;

/** The accessibility audit (content/audit/rgaa.yaml) and its figures, read once per build. */
export function getAudit(): Promise<{ audit: Audit; summary: AuditSummary }> {
	cached ??= Promise.resolve(getEntry('audit', 'rgaa')).then((entry) => {
		if (!entry) throw new Error('content/audit/rgaa.yaml manque : la déclaration d’accessibilité en est tirée');
		const audit = entry.data as Audit;
		return { audit, summary: auditSummary(audit) };
	});
	return cached;
}
