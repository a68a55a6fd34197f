// Maps and validates N generated France Travail records, as the build does; prints JSON.
import { offerSchema } from '../../src/schemas/offer';
import { mapFranceTravailOffer } from '../../src/lib/offers/france-travail-map';
import { buildRomeTable, readRomeProfiles } from '../../src/lib/offers/rome-map';
import { fixtureRecords } from './offers-fixture';

const count = Number(process.argv[2] ?? 10_000);
const records = fixtureRecords(count);
const romeTable = buildRomeTable(readRomeProfiles());
const start = performance.now();
let valid = 0;
for (const record of records) {
	const mapped = mapFranceTravailOffer(record, romeTable, { example: true });
	if (mapped.ok && offerSchema.safeParse(mapped.offer).success) valid++;
}
const ms = performance.now() - start;
console.log(`BENCH ${JSON.stringify({ count, valid, ms })}`);
