import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxNotFoundSnippet, notFoundFile, notFoundLocale, redirectsFile } from '../../src/lib/hosting/not-found';

describe('missing pages per language', () => {
	it('are /404.html in French and /<language>/404.html elsewhere', () => {
		expect(notFoundFile('fr')).toBe('/404.html');
		expect(notFoundFile('ar')).toBe('/ar/404.html');
	});

	it('answer an address in the language of its folder, French otherwise', () => {
		expect(notFoundLocale('/ar/metiers/x/')).toBe('ar');
		expect(notFoundLocale('/uk/')).toBe('uk');
		expect(notFoundLocale('/metiers/x/')).toBe('fr');
		// A folder that merely starts like a language is not one.
		expect(notFoundLocale('/encore/')).toBe('fr');
	});

	it('are given to Netlify as one 404 rule per language folder', () => {
		expect(redirectsFile().split('\n')).toContain('/ar/*  /ar/404.html  404');
		expect(redirectsFile()).not.toContain('/fr/');
	});

	it('are the same in the committed nginx snippet (run npm run headers:nginx after a change)', () => {
		expect(readFileSync('deploy/nginx/not-found.conf', 'utf8')).toBe(nginxNotFoundSnippet());
	});
});
