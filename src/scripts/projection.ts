import { screenAfter, screenMove } from '../lib/classroom/keys';

/**
 * The projection view's keys (src/components/classroom/Projection.astro): one screen on or
 * back, first, last. Without this script the screens are sections one under the other, with
 * "next" and "previous" links, and the browser's own scrolling (snapped to each screen).
 */
const screens = [...document.querySelectorAll<HTMLElement>('.screen')];
const rtl = document.documentElement.dir === 'rtl';

/** The screen shown: the one focused, else the one nearest the top of the window. */
function current(): number {
	const focused = screens.findIndex((s) => s.contains(document.activeElement));
	if (focused !== -1 && Math.abs(screens[focused]!.getBoundingClientRect().top) < window.innerHeight / 2) return focused;
	let best = 0;
	screens.forEach((s, i) => {
		if (Math.abs(s.getBoundingClientRect().top) < Math.abs(screens[best]!.getBoundingClientRect().top)) best = i;
	});
	return best;
}

function show(index: number) {
	const screen = screens[index];
	if (!screen) return;
	screen.scrollIntoView({ block: 'start' });
	// Focus follows, so that a screen reader reads the new screen and Tab starts from it.
	screen.focus({ preventScroll: true });
	history.replaceState(null, '', `#${screen.id}`);
}

document.addEventListener('keydown', (event) => {
	if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
	const target = event.target as HTMLElement | null;
	// Space and Enter keep their meaning on a button or a form field.
	if (target?.closest('input, textarea, select, button, [contenteditable="true"]')) return;
	if (event.key === 'Escape') {
		const exit = document.querySelector<HTMLAnchorElement>('[data-exit]');
		if (exit) window.location.assign(exit.href);
		return;
	}
	const move = screenMove(event.key, { shift: event.shiftKey, rtl });
	if (!move) return;
	event.preventDefault();
	show(screenAfter(move, current(), screens.length));
});
