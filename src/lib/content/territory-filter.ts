/** An entry without `territories` is shown everywhere; otherwise only in the territories it names. */
export function inTerritory(data: { territories?: readonly string[] | undefined }, territoryId: string): boolean {
	return !data.territories || data.territories.includes(territoryId);
}
