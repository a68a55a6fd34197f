// Generates N France Travail records in the API's shape (from the demonstration
// snapshot, with new ids and dates, and the towns that content/offres/demo/generator.yaml
// gives the built territory's départements) for benchmarks.
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { loadTerritory } from '../../src/lib/territory/load';

interface Town {
	name: string;
	postcode: string;
	lat: number;
	lon: number;
}

/** The towns of the territory the benchmark builds (SITE_TERRITORY, else the default), as France Travail writes them. */
function territoryTowns(): { libelle: string; latitude: number; longitude: number; codePostal: string }[] {
	const { departements } = loadTerritory();
	const data = yaml.load(readFileSync('content/offres/demo/generator.yaml', 'utf8')) as {
		towns: { departement: string; towns: Town[] }[];
	};
	const towns = data.towns
		.filter((d) => departements.includes(d.departement))
		.flatMap((d) =>
			d.towns.map((t) => ({
				libelle: `${d.departement} - ${t.name.toLocaleUpperCase('fr')}`,
				latitude: t.lat,
				longitude: t.lon,
				codePostal: t.postcode,
			})),
		);
	if (!towns.length) throw new Error(`content/offres/demo/generator.yaml has no towns for département ${departements.join(', ')}`);
	return towns;
}

export function fixtureRecords(count: number, now = Date.now()): unknown[] {
	const towns = territoryTowns();
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
			lieuTravail: { ...(base['lieuTravail'] as object), ...towns[i % towns.length] },
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
