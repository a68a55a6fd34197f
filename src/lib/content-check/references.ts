import type { CheckedEntry, Problem } from './check';

/** Links between entries that no single file's schema can see. */
export function crossReferenceProblems(entries: CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	const profiles = entries.filter((e) => e.collection === 'metiers');
	const profileIds = new Set(profiles.map((e) => e.id));
	const known = () => [...profileIds].sort().join(', ');

	for (const profile of profiles.filter((e) => e.valid)) {
		const moves = (profile.data.careerMoves as string[] | undefined) ?? [];
		moves.forEach((id, i) => {
			if (!profileIds.has(id)) {
				problems.push({
					file: profile.file,
					field: `careerMoves[${i}]`,
					message: `"${id}" is not a job profile id; known ids: ${known()}`,
				});
			} else if (id === profile.id) {
				problems.push({ file: profile.file, field: `careerMoves[${i}]`, message: 'a profile cannot lead to itself' });
			}
		});
		const replacedBy = profile.data.replacedBy as string | undefined;
		if (replacedBy && !profileIds.has(replacedBy)) {
			problems.push({ file: profile.file, field: 'replacedBy', message: `"${replacedBy}" is not a job profile id; known ids: ${known()}` });
		}
	}

	for (const t of entries.filter((e) => e.collection === 'metiersTraductions')) {
		const id = t.id.split('/')[1]!;
		if (!profileIds.has(id)) {
			problems.push({
				file: t.file,
				field: '(file name)',
				message: `translates no French profile: content/metiers/fr/${id}.mdx does not exist`,
			});
		}
	}

	const frenchPages = new Set(entries.filter((e) => e.collection === 'pages' && e.id.startsWith('fr/')).map((e) => e.id.slice(3)));
	for (const p of entries.filter((e) => e.collection === 'pages' && !e.id.startsWith('fr/'))) {
		const id = p.id.split('/')[1]!;
		if (!frenchPages.has(id)) {
			problems.push({
				file: p.file,
				field: '(file name)',
				message: `translates no French page: content/pages/fr/${id}.mdx does not exist`,
			});
		}
	}
	return problems;
}
