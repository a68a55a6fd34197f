import { describe, expect, it } from 'vitest';
import fr from '../../content/ui/fr.json';
import ar from '../../content/ui/ar.json';
import { keyFactsOf } from '../../src/lib/profiles/key-facts';
import { screenAfter, screenMove } from '../../src/lib/classroom/keys';
import { bodyScreens, bodySections, prefixIds, sectionScreens, topLevelBlocks, visibleText } from '../../src/lib/classroom/screens';
import type { ProfileFacts } from '../../src/lib/content/profiles';
import { translator } from '../../src/lib/i18n/strings';

const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');

describe('cutting a profile body into projected screens', () => {
	it('finds the top-level blocks, nested tags, void elements and all', () => {
		const html = '<h2 id="a">A <abbr title="x">B</abbr></h2>\n<p>one<br>two</p>\n<ul>\n<li><p>nested</p></li>\n</ul><hr>';
		expect(topLevelBlocks(html)).toEqual([
			'<h2 id="a">A <abbr title="x">B</abbr></h2>',
			'<p>one<br>two</p>',
			'<ul>\n<li><p>nested</p></li>\n</ul>',
			'<hr>',
		]);
	});

	it('measures the text a reader sees', () => {
		expect(visibleText('<p>L&#x27;aide   <abbr title="long">DEAS</abbr></p>')).toBe('L_aide DEAS');
	});

	it('groups blocks under their level-2 heading, keeping its id and inner HTML', () => {
		const sections = bodySections(
			'<h2 id="missions">Missions</h2><p>a</p><p>b</p><h2 id="acces">Accès <abbr title="t">VAE</abbr></h2><ul><li>c</li></ul>',
		);
		expect(sections).toEqual([
			{ id: 'missions', heading: 'Missions', blocks: ['<p>a</p>', '<p>b</p>'] },
			{ id: 'acces', heading: 'Accès <abbr title="t">VAE</abbr>', blocks: ['<ul><li>c</li></ul>'] },
		]);
		// Text before any heading still shows.
		expect(bodySections('<p>intro</p>')[0]).toEqual({ id: 'intro', heading: '', blocks: ['<p>intro</p>'] });
	});

	it('keeps a short section on one screen', () => {
		const screens = sectionScreens({ id: 's', heading: 'S', blocks: ['<p>short</p>', '<p>text</p>'] }, 100);
		expect(screens).toEqual([{ id: 's', heading: 'S', part: 1, parts: 1, html: '<p>short</p>\n<p>text</p>' }]);
	});

	it('spreads a long section over screens of even length, whole paragraphs each', () => {
		const p = `<p>${'x'.repeat(90)}</p>`;
		const screens = sectionScreens({ id: 's', heading: 'S', blocks: [p, p, p, p] }, 300);
		// 360 characters for 300 a screen: two screens of two paragraphs, not three and one.
		expect(screens.map((s) => [s.part, s.parts, s.html.split('\n').length])).toEqual([
			[1, 2, 2],
			[2, 2, 2],
		]);
		for (const s of screens) expect(visibleText(s.html).length).toBeLessThanOrEqual(300);
	});

	it('cuts a list too long for a screen between its items, an ordered list going on with its numbers', () => {
		const items = Array.from({ length: 6 }, (_, i) => `<li>${i}${'y'.repeat(59)}</li>`).join('\n');
		const screens = sectionScreens({ id: 's', heading: 'S', blocks: [`<ol>\n${items}\n</ol>`] }, 200);
		expect(screens).toHaveLength(2);
		expect(screens[0]!.html.match(/<li>/g)).toHaveLength(3);
		expect(screens[1]!.html).toMatch(/^<ol start="4">/);
		expect(screens[1]!.html.match(/<li>/g)).toHaveLength(3);
	});

	it('leaves a paragraph longer than a screen whole, alone on its screen', () => {
		const screens = sectionScreens({ id: 's', heading: 'S', blocks: ['<p>a</p>', `<p>${words(100)}</p>`, '<p>b</p>'] }, 200);
		expect(screens.map((s) => s.html)).toEqual(['<p>a</p>', `<p>${words(100)}</p>`, '<p>b</p>']);
	});

	it('gives every section its screens, in order', () => {
		const html = `<h2 id="a">A</h2><p>${'x'.repeat(150)}</p><p>${'x'.repeat(150)}</p><h2 id="b">B</h2><p>b</p>`;
		expect(bodyScreens(html, 200).map((s) => `${s.id} ${s.part}/${s.parts}`)).toEqual(['a 1/2', 'a 2/2', 'b 1/1']);
	});
});

describe('ids of many profiles in one document', () => {
	it('prefixes ids and every reference to them, and nothing else', () => {
		const html =
			'<section aria-labelledby="essentiel x"><h2 id="essentiel">E</h2><a href="#missions">M</a><a href="/metiers/">L</a><label for="f">F</label><p data-id="k">id="text"</p></section>';
		expect(prefixIds(html, 'aide-soignant')).toBe(
			'<section aria-labelledby="aide-soignant--essentiel aide-soignant--x"><h2 id="aide-soignant--essentiel">E</h2><a href="#aide-soignant--missions">M</a><a href="/metiers/">L</a><label for="aide-soignant--f">F</label><p data-id="k">id="text"</p></section>',
		);
	});
});

describe('keys of the projection view', () => {
	it('goes on with right, down, page down and space; back with left, up, page up and shift+space', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(screenMove(key)).toBe('next');
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(screenMove(key)).toBe('previous');
		expect(screenMove(' ', { shift: true })).toBe('previous');
		expect(screenMove('Home')).toBe('first');
		expect(screenMove('End')).toBe('last');
		expect(screenMove('a')).toBeNull();
		expect(screenMove('Tab')).toBeNull();
	});

	it('mirrors left and right in a right-to-left language, not up and down', () => {
		expect(screenMove('ArrowLeft', { rtl: true })).toBe('next');
		expect(screenMove('ArrowRight', { rtl: true })).toBe('previous');
		expect(screenMove('ArrowDown', { rtl: true })).toBe('next');
	});

	it('stays between the first and the last screen', () => {
		expect(screenAfter('next', 0, 5)).toBe(1);
		expect(screenAfter('next', 4, 5)).toBe(4);
		expect(screenAfter('previous', 0, 5)).toBe(0);
		expect(screenAfter('first', 3, 5)).toBe(0);
		expect(screenAfter('last', 1, 5)).toBe(4);
	});
});

describe('key facts for the classroom', () => {
	const facts = {
		level: 4,
		trainingDuration: { min: 11, max: 18, unit: 'months' },
		salary: { entry: 1823, experienced: 1984, experiencedYears: 10, source: 's', year: 2026 },
		workplaces: ['hopital', 'ehpad'],
	} as unknown as ProfileFacts;

	it("says what the profile's key facts say, in the visitor's language and formats", () => {
		const list = keyFactsOf(facts, 'fr', translator(fr));
		expect(list.map((f) => f.kind)).toEqual(['level', 'training', 'salary', 'workplaces']);
		expect(list[0]!.values).toEqual(['Niveau 4']);
		expect(list[1]!.values[0]).toMatch(/^11 à 18\smois$/);
		expect(list[2]!.values[0]).toMatch(/^En début de carrière : 1\s823\s€ brut, soit environ 1\s440\s€ net$/);
		expect(list[2]!.values[1]).toMatch(/^Après 10 ans/);
		expect(list[3]!.values).toEqual([fr['workplace.hopital'], fr['workplace.ehpad']]);
		const arabic = keyFactsOf(facts, 'ar', translator(ar, 'ar'));
		expect(arabic[0]!.values).toEqual([ar['level.value'].replace('{level}', '4')]);
	});

	it('leaves out what a profile does not say (an agrément without level or pay)', () => {
		expect(keyFactsOf({ level: null } as unknown as ProfileFacts, 'fr', translator(fr)).map((f) => f.values)).toEqual([[fr['level.none']]]);
	});
});
