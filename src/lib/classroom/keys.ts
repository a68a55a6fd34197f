/** What a key does in the projection view: a presenter's remote sends PageDown/PageUp, a keyboard arrows and space. */
export type ScreenMove = 'next' | 'previous' | 'first' | 'last';

/**
 * The move a key asks for, or null for a key the page leaves to the browser. Left and
 * right follow the reading direction: in Arabic (right to left) ArrowLeft goes on.
 */
export function screenMove(key: string, { shift = false, rtl = false }: { shift?: boolean; rtl?: boolean } = {}): ScreenMove | null {
	switch (key) {
		case 'ArrowRight':
			return rtl ? 'previous' : 'next';
		case 'ArrowLeft':
			return rtl ? 'next' : 'previous';
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case ' ':
			return shift ? 'previous' : 'next';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/** The screen a move leads to, from screen `current` (0-based) of `count`: it stays within the first and the last. */
export function screenAfter(move: ScreenMove, current: number, count: number): number {
	const last = Math.max(0, count - 1);
	if (move === 'first') return 0;
	if (move === 'last') return last;
	return Math.min(last, Math.max(0, current + (move === 'next' ? 1 : -1)));
}
