// Writes content/offres/demo/france-travail.json: about sixty demonstration offers in
// the real shape of France Travail's search answer, for the départements of the
// territories (content/territories/*.yaml). Towns, employers, sectors and job texts come
// from content/offres/demo/generator.yaml; employers are invented and say "(exemple)".
// Offers are generated from a fixed seed, so only the dates change from one run to the
// next (and the build shifts those anyway). Every offer is checked to reach a job
// profile through the profiles' ROME codes, as the build maps it.
// Usage: node scripts/run-ts.mjs scripts/make-demo-offers.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { ContentError, parseOrThrow } from '../src/lib/errors';
import { buildRomeTable, professionFor, readRomeProfiles } from '../src/lib/offers/rome-map';
import { demoSnapshotFile } from '../src/lib/offers/snapshot';
import { departementCode, romeCode } from '../src/schemas/shared';
import { availableTerritories, loadTerritory } from '../src/lib/territory/load';

const dataFile = 'content/offres/demo/generator.yaml';

const text = z.string().min(1);
const town = z.strictObject({ name: text, postcode: z.string().regex(/^\d{5}$/), lat: z.number(), lon: z.number() });
const generatorSchema = z
	.strictObject({
		towns: z.array(z.strictObject({ departement: departementCode, towns: z.array(town).min(1) })).min(1),
		employers: z.record(text, z.strictObject({ sector: text, names: z.array(text).min(1) })),
		jobs: z
			.array(
				z.strictObject({
					rome: romeCode,
					romeLibelle: text,
					appellation: text,
					title: text,
					employers: z.array(text).min(1),
					count: z.number().int().positive(),
					/** An agrément-based job: never an apprenticeship, always a CDI. */
					approval: z.boolean().default(false),
					partTimeShare: z.number().min(0).max(1).default(0.2),
					sentences: z.array(text).min(1),
				}),
			)
			.min(1),
	})
	.superRefine((data, ctx) => {
		data.jobs.forEach((job, i) =>
			job.employers.forEach((kind, k) => {
				if (!data.employers[kind])
					ctx.addIssue({ code: 'custom', path: ['jobs', i, 'employers', k], message: `no employer kind "${kind}"` });
			}),
		);
	});

let raw: unknown;
try {
	raw = yaml.load(readFileSync(dataFile, 'utf8'), { filename: dataFile });
} catch (error) {
	throw new ContentError(dataFile, [`(whole file): is not valid YAML: ${(error as Error).message}`]);
}
const { towns: townsByDepartement, employers, jobs } = parseOrThrow(generatorSchema, raw, dataFile);

// The territories' départements, in the data file's order (it fixes which offer goes where).
const wanted = new Set(availableTerritories().flatMap((id) => loadTerritory(id).departements));
const missing = [...wanted].filter((code) => !townsByDepartement.some((d) => d.departement === code));
if (missing.length) throw new ContentError(dataFile, [`towns: no towns for département ${missing.join(', ')} (named by a territory)`]);
const departements = townsByDepartement.filter((d) => wanted.has(d.departement));

// A demonstration offer the build would drop is a mistake in the data file.
const romeTable = buildRomeTable(readRomeProfiles());
const unplaced = jobs.filter((job) => !professionFor(romeTable, job.rome, `${job.title} ${job.appellation}`));
if (unplaced.length) {
	throw new ContentError(
		dataFile,
		unplaced.map((job) => `jobs: "${job.title}" (${job.rome}) reaches no job profile: check the profiles' rome fields`),
	);
}

/** Small deterministic generator (mulberry32): the same offers on every run. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = random(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const contracts = [
	{ typeContrat: 'CDI', typeContratLibelle: 'Contrat à durée indéterminée', weight: 6 },
	{ typeContrat: 'CDD', typeContratLibelle: 'Contrat à durée déterminée - 6 Mois', weight: 3 },
	{ typeContrat: 'CDD', typeContratLibelle: 'Contrat à durée déterminée - 12 Mois', weight: 2 },
	{ typeContrat: 'MIS', typeContratLibelle: 'Mission intérimaire - 1 Mois', weight: 1 },
];
const experiences = [
	{ experienceExige: 'D', experienceLibelle: 'Débutant accepté' },
	{ experienceExige: 'S', experienceLibelle: '1 an(s) - souhaitée' },
	{ experienceExige: 'E', experienceLibelle: '2 an(s)' },
];

function weighted<T extends { weight: number }>(list: T[]): T {
	let n = rand() * list.reduce((sum, item) => sum + item.weight, 0);
	for (const item of list) if ((n -= item.weight) < 0) return item;
	return list[0] as T;
}

function upper(name: string): string {
	return name.toLocaleUpperCase('fr');
}

const fetchedAt = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
const resultats: Record<string, unknown>[] = [];
let n = 0;

for (const job of jobs) {
	for (let i = 0; i < job.count; i++) {
		n++;
		const id = `DEMO${String(n).padStart(3, '0')}`;
		const { departement, towns } = departements[n % departements.length]!;
		const town = pick(towns);
		const employerKind = pick(job.employers);
		const employer = pick(employers[employerKind]!.names);
		// About one offer in seven is an apprenticeship ("alternance"); never for an approval-based job.
		const alternance = !job.approval && rand() < 0.15;
		const contract = job.approval
			? contracts[0]!
			: alternance
				? { typeContrat: 'CDD', typeContratLibelle: 'Contrat à durée déterminée - 24 Mois' }
				: weighted(contracts);
		const partTime = rand() < job.partTimeShare;
		const hours = partTime
			? `${pick([20, 24, 28, 30])}H Horaires normaux`
			: pick(['35H Horaires normaux', '35H Travail en équipe', '35H Travail samedi et dimanche']);
		const experience = alternance ? experiences[0]! : pick(experiences);
		const count = 3 + Math.floor(rand() * 4);
		const sentences = [...job.sentences].sort(() => rand() - 0.5).slice(0, Math.min(count, job.sentences.length));
		if (alternance) sentences.push('Poste en alternance : vous préparez votre diplôme en centre de formation et dans notre structure.');
		// Whole seconds, as the API writes them; within the last 20 days.
		const created = new Date(fetchedAt.getTime() - Math.floor((2 + rand() * 478) * 3600) * 1000);
		const updated = new Date(Math.min(fetchedAt.getTime(), created.getTime() + Math.floor(rand() * 48) * 3_600_000));
		const monthly = partTime ? 1200 + Math.floor(rand() * 4) * 100 : 1900 + Math.floor(rand() * 6) * 100;
		resultats.push({
			id,
			intitule: job.title,
			description: sentences.join(' '),
			dateCreation: created.toISOString(),
			dateActualisation: updated.toISOString(),
			lieuTravail: { libelle: `${departement} - ${upper(town.name)}`, latitude: town.lat, longitude: town.lon, codePostal: town.postcode },
			romeCode: job.rome,
			romeLibelle: job.romeLibelle,
			appellationlibelle: job.appellation,
			entreprise: { nom: employer, description: 'Structure fictive créée pour la démonstration du site.' },
			typeContrat: contract.typeContrat,
			typeContratLibelle: contract.typeContratLibelle,
			natureContrat: alternance ? 'Contrat apprentissage' : 'Contrat travail',
			experienceExige: experience.experienceExige,
			experienceLibelle: experience.experienceLibelle,
			salaire: { libelle: `Mensuel de ${monthly}.00 Euros à ${monthly + 200}.00 Euros sur 12 mois` },
			dureeTravailLibelle: hours,
			dureeTravailLibelleConverti: partTime ? 'Temps partiel' : 'Temps plein',
			alternance,
			nombrePostes: rand() < 0.2 ? 2 : 1,
			accessibleTH: rand() < 0.5,
			qualificationLibelle: pick(['Employé qualifié', 'Technicien', 'Agent de maîtrise']),
			secteurActiviteLibelle: employers[employerKind]!.sector,
			// example.org is reserved for examples: a demonstration offer never links to a real site.
			origineOffre: { origine: '1', urlOrigine: `https://offres.example.org/demonstration/${id}` },
		});
	}
}

// One offer proves that text from a feed is shown as text, never run as HTML.
const probe = resultats[0];
if (probe) {
	probe['description'] =
		'Offre de démonstration pour vérifier l’affichage : les balises <b>html</b> et <script>alert(1)</script> doivent apparaître telles quelles, comme du texte. ' +
		String(probe['description']);
}

const file = {
	example: true,
	source: 'france-travail',
	fetchedAt: fetchedAt.toISOString(),
	note: 'Demonstration data in the real API shape; not real offers',
	resultats,
};
mkdirSync(dirname(demoSnapshotFile), { recursive: true });
writeFileSync(demoSnapshotFile, `${JSON.stringify(file, null, '\t')}\n`);
console.log(`${demoSnapshotFile}: ${resultats.length} demonstration offers, fetchedAt ${file.fetchedAt}`);
