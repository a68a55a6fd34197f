import { describe, expect, it } from 'vitest';
import { alternates, localePath, localeStaticPaths, splitLocale } from '../../src/lib/i18n/paths';
import { frenchIsland } from '../../src/lib/i18n/french-island';

describe('locale paths', () => {
	it('keeps French unprefixed and prefixes other locales with the same segments', () => {
		expect(localePath('fr', '/metiers/aide-soignant/')).toBe('/metiers/aide-soignant/');
		expect(localePath('ar', '/metiers/aide-soignant/')).toBe('/ar/metiers/aide-soignant/');
		expect(localePath('uk', 'metiers')).toBe('/uk/metiers/');
		expect(localePath('en')).toBe('/en/');
	});

	it('splits a prefixed path back into locale and path', () => {
		expect(splitLocale('/es/metiers/x/')).toEqual({ locale: 'es', path: '/metiers/x/' });
		expect(splitLocale('/metiers/x/')).toEqual({ locale: 'fr', path: '/metiers/x/' });
		expect(splitLocale('/ar')).toEqual({ locale: 'ar', path: '/' });
		// "/fr/" is not a prefix: French has none, so it stays part of the path.
		expect(splitLocale('/fr/x/')).toEqual({ locale: 'fr', path: '/fr/x/' });
	});

	it('lists the same page in every language', () => {
		expect(alternates('/en/metiers/').map((a) => a.path)).toEqual([
			'/metiers/',
			'/en/metiers/',
			'/es/metiers/',
			'/ar/metiers/',
			'/uk/metiers/',
		]);
	});

	it('gives French a static path without a locale parameter', () => {
		const paths = localeStaticPaths();
		expect(paths[0]).toEqual({ params: { locale: undefined }, props: { locale: 'fr' } });
		expect(paths.map((p) => p.params.locale)).toEqual([undefined, 'en', 'es', 'ar', 'uk']);
	});

	it('marks French text inside an Arabic page as left-to-right French', () => {
		expect(frenchIsland('ar')).toEqual({ lang: 'fr', dir: 'ltr' });
		expect(frenchIsland('en')).toEqual({ lang: 'fr', dir: undefined });
		expect(frenchIsland('ar', 'ar')).toEqual({});
	});
});
