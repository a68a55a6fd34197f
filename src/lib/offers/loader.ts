import { writeFile, mkdir } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import type { Territory } from '../../schemas/territory';
import { collectOffers, formatReport, type OffersReport } from './pipeline';
import { buildRomeTable, readRomeProfiles } from './rome-map';
import { readOfferSettings } from './settings';
import { offerSlug } from './slug';
import type { Offer } from '../../schemas/offer';

export const reportFile = '.cache/offers/report.json';

let run: Promise<{ offers: Offer[]; report: OffersReport }> | undefined;

/**
 * One collection run per build, shared by the `offers` and `offerSources`
 * collections. A broken feed costs its own offers only; a profile whose `rome`
 * field is wrong stops the build, as any content mistake does.
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
		await mkdir('.cache/offers', { recursive: true });
		await writeFile(reportFile, `${JSON.stringify(result.report, null, 2)}\n`);
		return result;
	})();
	return run;
}

export function offersLoader(territory: Territory): Loader {
	return {
		name: 'metiers-du-lien:offers',
		load: async ({ store, logger, parseData }) => {
			const { offers } = await collectOnce(territory, (line) => logger.info(line));
			store.clear();
			for (const offer of offers) {
				const id = offerSlug(offer);
				store.set({ id, data: await parseData({ id, data: offer }) });
			}
		},
	};
}

/** Per source: its name, the date of its data, whether it is demonstration data (for attribution). */
export function offerSourcesLoader(territory: Territory): Loader {
	return {
		name: 'metiers-du-lien:offer-sources',
		load: async ({ store, logger }) => {
			const { report } = await collectOnce(territory, (line) => logger.info(line));
			store.clear();
			for (const s of report.sources) {
				store.set({ id: s.source, data: { name: s.name, dataDate: s.dataDate, example: s.example, hidden: s.hidden, shown: s.shown } });
			}
		},
	};
}
