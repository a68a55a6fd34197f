import { getCollection, type CollectionEntry } from 'astro:content';
import territory from 'virtual:territory';
import { trainings } from '../../sections';
import type { DiplomaListing } from '../../sections/trainings';
import type { Diploma, TrainingOrganisation, TrainingSession } from '../../schemas/training';
import { addYears, buildNow, isUpcoming, keepExampleUpcoming } from '../dates';
import type { Locale } from '../i18n/locales';
import { localizedEntries, type LocalizedEntry } from './localized';
import { inTerritory } from './territory-filter';

type Words = Pick<Diploma, 'title' | 'summary' | 'requirements' | 'otherJobs'>;
export type DiplomaView = LocalizedEntry<'diplomas', Words>;
export type Organisation = TrainingOrganisation & { id: string };
export type Session = Omit<TrainingSession, 'organisation'> & { id: string; organisation: Organisation };

let organisations: Promise<Organisation[]> | undefined;

/** Organisations of this territory: those in its départements (or that name it). */
export async function getOrganisations(): Promise<Organisation[]> {
	organisations ??= getCollection('trainingOrganisations').then((list) =>
		list
			.filter((o) => inTerritory(o.data, territory.id) && territory.departements.includes(o.data.departement))
			.map((o) => ({ ...o.data, id: o.id })),
	);
	return organisations;
}

/**
 * Upcoming sessions of this territory, soonest first, judged at build time.
 * Demonstration sessions move forward by whole years so the demo never looks stale.
 */
export async function getSessions(now = buildNow()): Promise<Session[]> {
	const byId = new Map((await getOrganisations()).map((o) => [o.id, o]));
	const entries: CollectionEntry<'trainingSessions'>[] = await getCollection('trainingSessions');
	return upcomingSessions(
		entries.flatMap((s) => {
			const organisation = byId.get(s.data.organisation);
			return organisation && inTerritory(s.data, territory.id) ? [{ ...s.data, id: s.id, organisation }] : [];
		}),
		now,
	);
}

/** Pure part of getSessions, unit-tested: example sessions kept upcoming, past ones dropped, soonest first. */
export function upcomingSessions<S extends Pick<TrainingSession, 'start' | 'end' | 'applicationPeriod' | 'example'>>(sessions: readonly S[], now: Date): S[] {
	return sessions
		.map((s) =>
			keepExampleUpcoming(s, s.start, now, (years) => ({
				...s,
				start: addYears(s.start, years),
				end: addYears(s.end, years),
				...(s.applicationPeriod && {
					applicationPeriod: { from: addYears(s.applicationPeriod.from, years), to: addYears(s.applicationPeriod.to, years) },
				}),
			})),
		)
		.filter((s) => isUpcoming(s.start, now))
		.sort((a, b) => a.start.getTime() - b.start.getTime());
}

const cache = new Map<Locale, Promise<DiplomaView[]>>();

/** Diplomas as `locale` shows them, in the order of their profession, then of `order`. */
export function getDiplomas(locale: Locale): Promise<DiplomaView[]> {
	if (!cache.has(locale)) {
		cache.set(
			locale,
			localizedEntries<'diplomas', Words>(trainings.localisation, locale).then((list) =>
				list.sort((a, b) => (a.facts.level ?? 0) - (b.facts.level ?? 0) || a.facts.name.localeCompare(b.facts.name, 'fr')),
			),
		);
	}
	return cache.get(locale)!;
}

/** What the lists filter on: facts, and this territory as a place when an organisation here prepares it. */
export function listingOf(diploma: DiplomaView, organisations: readonly Organisation[]): DiplomaListing {
	const here = organisations.some((o) => o.diplomas.includes(diploma.id));
	return { facts: diploma.facts, places: here ? [{ id: territory.id, name: territory.name }] : [] };
}

/** The diplomas that lead to a profession, main one first (they are declared on the diploma, never on the profile). */
export async function diplomasFor(profileId: string, locale: Locale): Promise<DiplomaView[]> {
	return (await getDiplomas(locale))
		.filter((d) => d.facts.professions.includes(profileId))
		.sort((a, b) => a.facts.order - b.facts.order || a.facts.name.localeCompare(b.facts.name, 'fr'));
}

export interface DiplomaSummary {
	diploma: DiplomaView;
	listing: DiplomaListing;
	/** Upcoming sessions of this diploma in this territory, soonest first. */
	sessions: Session[];
}

const summaries = new Map<Locale, Promise<DiplomaSummary[]>>();

/**
 * Every diploma with its listing facts and its upcoming sessions here: those with
 * the soonest session first (what a visitor can still join), then the others by level.
 */
export function getDiplomaSummaries(locale: Locale): Promise<DiplomaSummary[]> {
	if (!summaries.has(locale)) summaries.set(locale, loadSummaries(locale));
	return summaries.get(locale)!;
}

async function loadSummaries(locale: Locale): Promise<DiplomaSummary[]> {
	const [diplomas, organisations, sessions] = await Promise.all([getDiplomas(locale), getOrganisations(), getSessions()]);
	const list = diplomas.map((diploma) => ({
		diploma,
		listing: listingOf(diploma, organisations),
		sessions: sessions.filter((s) => s.diploma === diploma.id),
	}));
	const next = (s: DiplomaSummary) => s.sessions[0]?.start.getTime() ?? Number.POSITIVE_INFINITY;
	return list.sort((a, b) => next(a) - next(b));
}
