// Generates N France Travail records in the API's shape (from the demonstration
// snapshot, with new ids, dates and towns in the Landes) for benchmarks.
import { readFileSync, writeFileSync } from 'node:fs';

const towns = [
	'40 - DAX',
	'40 - MONT-DE-MARSAN',
	'40 - BISCARROSSE',
	'40 - TARNOS',
	'40 - SAINT-PAUL-LÈS-DAX',
	'40 - AIRE-SUR-L ADOUR',
	'40 - CAPBRETON',
	'40 - MIMIZAN',
];

export function fixtureRecords(count: number, now = Date.now()): unknown[] {
	const demo = JSON.parse(readFileSync('content/offres/demo/france-travail.json', 'utf8')) as { resultats: Record<string, unknown>[] };
	return Array.from({ length: count }, (_, i) => {
		const base = demo.resultats[i % demo.resultats.length]!;
		const date = new Date(now - (i % 40) * 3_600_000 * 11).toISOString();
		return {
			...base,
			id: `BENCH${String(i).padStart(6, '0')}`,
			intitule: `${String(base['intitule'])} n° ${i}`,
			dateCreation: date,
			dateActualisation: date,
			lieuTravail: { ...(base['lieuTravail'] as object), libelle: towns[i % towns.length], codePostal: '40100' },
			origineOffre: { origine: '1', urlOrigine: `https://offres.example.org/demonstration/BENCH${i}` },
		};
	});
}

const [count, out] = process.argv.slice(2);
if (count && out) {
	const now = new Date().toISOString();
	writeFileSync(
		out,
		JSON.stringify({
			example: true,
			source: 'france-travail',
			fetchedAt: now,
			note: 'Benchmark fixture',
			resultats: fixtureRecords(Number(count)),
		}),
	);
	console.log(`${count} records written to ${out}`);
}
