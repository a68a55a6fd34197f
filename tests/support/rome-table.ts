// The ROME table as the build makes it: from the real French profiles' front matter,
// read once per test file.
import { buildRomeTable, readRomeProfiles } from '../../src/lib/offers/rome-map';

export const romeTable = buildRomeTable(readRomeProfiles());
