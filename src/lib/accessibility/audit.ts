import type { Audit } from '../../schemas/audit';

/**
 * The figures of the accessibility statement, computed from the audit and nowhere else.
 * The conformity rate is the RGAA's: conform criteria over applicable ones; the status
 * follows the décret n° 2019-768 and the RGAA: "totalement conforme" at 100 %,
 * "partiellement conforme" from 50 %, "non conforme" below
 * (https://accessibilite.numerique.gouv.fr/obligations/declaration-accessibilite/).
 */
export type ConformityStatus = 'full' | 'partial' | 'none';

export interface AuditSummary {
	conform: number;
	nonConform: number;
	notApplicable: number;
	applicable: number;
	/** Between 0 and 1. */
	rate: number;
	status: ConformityStatus;
	failures: Audit['criteria'];
}

export function auditSummary(audit: Pick<Audit, 'criteria'>): AuditSummary {
	const count = (result: 'C' | 'NC' | 'NA') => audit.criteria.filter((c) => c.result === result).length;
	const conform = count('C');
	const nonConform = count('NC');
	const applicable = conform + nonConform;
	const rate = applicable ? conform / applicable : 1;
	return {
		conform,
		nonConform,
		notApplicable: count('NA'),
		applicable,
		rate,
		status: rate === 1 ? 'full' : rate >= 0.5 ? 'partial' : 'none',
		failures: audit.criteria.filter((c) => c.result === 'NC'),
	};
}
