import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPartnerFeed, mapPartnerRecord, partnerFeedConfigSchema, valueAt } from '../../src/lib/offers/partner-feed';
import { romeTable } from '../support/rome-table';

let server: Server | undefined;
afterEach(async () => {
	server?.closeAllConnections();
	await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
	server = undefined;
});

/** Serves one answer on 127.0.0.1; "hang" never answers. */
async function serve(answer: { status?: number; body?: string } | 'hang'): Promise<string> {
	server = createServer((_req, res) => {
		if (answer === 'hang') return;
		res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json' });
		res.end(answer.body ?? '');
	});
	await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server?.address() as AddressInfo).port}/offres.json`;
}

const jsonFields = {
	id: 'ref',
	title: 'poste.intitule',
	description: 'poste.texte',
	url: 'lien',
	employer: 'employeur.nom',
	town: 'lieu.ville',
	postcode: 'lieu.cp',
	contractType: 'contrat',
	workingTime: 'temps',
	apprenticeship: 'alternance',
	romeCode: 'poste.rome',
	datePosted: 'publication',
	validThrough: 'fin',
};

const jsonOffer = {
	ref: 4521,
	poste: { intitule: 'Éducatrice de jeunes enfants', texte: 'Crèche de 40 places.', rome: 'K1202' },
	lien: 'https://emploi.example.org/offres/4521',
	employeur: { nom: 'Crèche Les Petits Pas (exemple)' },
	lieu: { ville: 'Mont-de-Marsan', cp: '40000' },
	contrat: 'Contrat à durée indéterminée',
	temps: 'Temps partiel (28 h)',
	alternance: 'non',
	publication: '2026-03-02',
	fin: '2026-04-30T18:00:00+02:00',
};

function jsonConfig(extra: Record<string, unknown>) {
	return partnerFeedConfigSchema.parse({
		id: 'departement-40',
		name: 'Job board du Département (exemple)',
		format: 'json',
		records: 'data.offres',
		fields: jsonFields,
		...extra,
	});
}

describe('partner feeds', () => {
	it('maps a JSON feed from a URL through dot paths', async () => {
		const url = await serve({ body: JSON.stringify({ data: { offres: [jsonOffer] } }) });
		const config = jsonConfig({ url });
		const feed = await fetchPartnerFeed(config);
		expect(feed).toMatchObject({ status: 'complete', errors: [] });
		const outcome = mapPartnerRecord(feed.records[0], config, romeTable);
		expect(outcome).toEqual({
			ok: true,
			offer: expect.objectContaining({
				id: 'departement-40:4521',
				source: 'departement-40',
				title: 'Éducatrice de jeunes enfants',
				description: 'Crèche de 40 places.',
				url: 'https://emploi.example.org/offres/4521',
				employer: 'Crèche Les Petits Pas (exemple)',
				town: 'Mont-de-Marsan',
				postcode: '40000',
				departement: '40',
				romeCode: 'K1202',
				profession: 'educateur-de-jeunes-enfants',
				contractType: 'cdi',
				workingTime: 'temps-partiel',
				apprenticeship: false,
				datePosted: '2026-03-02T00:00:00.000Z',
				validThrough: '2026-04-30T16:00:00.000Z',
			}),
		});
	});

	it('maps a CSV file with its own column names and delimiter', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'partner-'));
		writeFileSync(
			join(dir, 'offres.csv'),
			'N°;Intitulé;Texte;Adresse web;ROME;Date;Apprentissage;Contrat\r\n' +
				'7;"Apprenti(e) moniteur-éducateur";"Ligne 1\r\nLigne 2 ""citée""";https://emploi.example.org/7;K1208;15/02/2026;oui;Contrat d\'apprentissage\r\n',
		);
		const config = partnerFeedConfigSchema.parse({
			id: 'ehpad-federation',
			name: 'Fédération (exemple)',
			format: 'csv',
			file: 'offres.csv',
			delimiter: ';',
			fields: {
				id: 'N°',
				title: 'Intitulé',
				description: 'Texte',
				url: 'Adresse web',
				romeCode: 'ROME',
				datePosted: 'Date',
				apprenticeship: 'Apprentissage',
				contractType: 'Contrat',
			},
		});
		const feed = await fetchPartnerFeed(config, { root: dir });
		expect(feed.records).toHaveLength(1);
		const outcome = mapPartnerRecord(feed.records[0], config, romeTable);
		expect(outcome.ok && outcome.offer).toMatchObject({
			sourceId: '7',
			description: 'Ligne 1\nLigne 2 "citée"',
			profession: 'moniteur-educateur',
			apprenticeship: true,
			contractType: 'apprentissage',
			datePosted: '2026-02-15T00:00:00.000Z',
		});
	});

	it('turns HTML descriptions into plain text when the partner says they are HTML', () => {
		const config = jsonConfig({ url: 'https://emploi.example.org/feed.json', descriptionFormat: 'html' });
		const outcome = mapPartnerRecord(
			{
				...jsonOffer,
				poste: { ...jsonOffer.poste, texte: '<p>Bonjour&nbsp;!</p><script>alert(1)</script><ul><li>Un</li><li>Deux &lt;b&gt;</li></ul>' },
			},
			config,
			romeTable,
		);
		expect(outcome.ok && outcome.offer.description).toBe('Bonjour !\n- Un\n- Deux <b>');
	});

	it('fails softly: unreachable, HTTP error, bad JSON, missing list, hanging server', async () => {
		const missingFile = await fetchPartnerFeed(
			partnerFeedConfigSchema.parse({ id: 'p', name: 'Partner', format: 'csv', file: '/nonexistent/offres.csv', fields: jsonFields }),
		);
		expect(missingFile).toMatchObject({ status: 'failed', records: [] });
		expect(missingFile.errors[0]).toMatch(/^p: .*ENOENT/);

		const error = await fetchPartnerFeed(jsonConfig({ url: await serve({ status: 404, body: 'nope' }) }));
		expect(error.errors[0]).toMatch(/HTTP 404/);
		await new Promise((resolve) => server?.close(resolve));

		const truncated = await fetchPartnerFeed(jsonConfig({ url: await serve({ body: '{"data":{"offres":[{"ref":' }) }));
		expect(truncated.errors[0]).toMatch(/unreadable JSON/);
		await new Promise((resolve) => server?.close(resolve));

		const noList = await fetchPartnerFeed(jsonConfig({ url: await serve({ body: '{"data":{}}' }) }));
		expect(noList.errors[0]).toMatch(/no list of offers at "data.offres"/);
		await new Promise((resolve) => server?.close(resolve));

		const started = Date.now();
		const hung = await fetchPartnerFeed(jsonConfig({ url: await serve('hang'), timeoutMs: 100 }));
		expect(hung.errors[0]).toMatch(/no answer within 100 ms/);
		expect(Date.now() - started).toBeLessThan(1500);
	});

	it('validates the partner configuration with readable messages', () => {
		const result = partnerFeedConfigSchema.safeParse({
			id: 'france-travail',
			name: 'X',
			format: 'xml',
			url: 'ftp://x',
			file: 'y',
			fields: { id: 'a' },
		});
		expect(result.success).toBe(false);
		const paths = result.error?.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['id', 'name', 'format', 'url', 'fields.title']));
		expect(
			partnerFeedConfigSchema.safeParse({ id: 'p', name: 'Partner', format: 'csv', fields: jsonFields }).error?.issues[0]?.message,
		).toMatch(/exactly one of "url" and "file"/);
	});

	it('reads dot paths and flat keys that contain dots', () => {
		expect(valueAt({ a: { b: [{ c: 1 }] } }, 'a.b.0.c')).toBe(1);
		expect(valueAt({ 'lieu.ville': 'Dax' }, 'lieu.ville')).toBe('Dax');
		expect(valueAt({ a: null }, 'a.b')).toBeUndefined();
	});
});
