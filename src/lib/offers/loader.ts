import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { Territory } from '../../schemas/territory';
import { collectOffers, formatReport, type OffersReport } from './pipeline';
import { buildRomeTable, readRomeProfiles } from './rome-map';
import { readOfferSettings } from './settings';
import { publishedEntries, publishedOffersFile } from './published';

export const reportFile = '.cache/offers/report.json';

let run: Promise<OffersReport> | undefined;

/**
 * One collection run per build, started by the `offerSources` collection's
 * loader, which also writes the offers themselves (publishedOffersFile). A
 * broken feed costs its own offers only; a profile whose `rome` field is wrong
 * stops the build, as any content mistake does.
 */
function collectOnce(territory: Territory, log: (line: string) => void) {
	run ??= (async () => {
		const settings = readOfferSettings();
		log(settings.logLine);
		const result = await collectOffers({
			settings,
			// Read once per build: the profiles' front matter is the only place their ROME codes are written.
			romeTable: buildRomeTable(readRomeProfiles()),
			departements: territory.departements,
			partners: territory.offers?.partners,
			maxAgeDays: territory.offers?.maxAgeDays,
			snapshotMaxAgeHours: territory.offers?.snapshotMaxAgeHours,
			demoSnapshotPath: process.env.OFFERS_DEMO_SNAPSHOT || undefined,
		});
		for (const line of formatReport(result.report).split('\n')) log(line);
		for (const source of result.report.sources) {
			if (source.hidden) log(`WARNING: offers from ${source.name} are hidden: ${source.errors.join('; ') || 'no fresh data'}`);
		}
		await mkdir(dirname(reportFile), { recursive: true });
		await writeFile(reportFile, `${JSON.stringify(result.report, null, 2)}\n`);
		await mkdir(dirname(publishedOffersFile), { recursive: true });
		await writeFile(publishedOffersFile, JSON.stringify(publishedEntries(result.offers)));
		// Only the report stays in memory: pages read the offers from the file.
		return result.report;
	})();
	return run;
}

/** Per source: its name, the date of its data, whether it is demonstration data (for attribution). */
export function offerSourcesLoader(territory: Territory): Loader {
	return {
		name: 'metiers-du-lien:offer-sources',
		load: async ({ store, logger }) => {
			const report = await collectOnce(territory, (line) => logger.info(line));
			store.clear();
			for (const s of report.sources) {
				store.set({ id: s.source, data: { name: s.name, dataDate: s.dataDate, example: s.example, hidden: s.hidden, shown: s.shown } });
			}
		},
	};
}
