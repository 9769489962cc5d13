// Every published catalogue version. Adding a version: put the file in questions/ and add it
// here; old versions stay so that checks answered against them can be opened and migrated.
import din2023v1 from '../../../questions/din-spec-27076/2023.1.json';
import din2023v2 from '../../../questions/din-spec-27076/2023.2.json';
import { parseCatalogue } from './catalogue';
import { compareVersions } from './versions';
import type { Catalogue } from './types';

export const catalogues: readonly Catalogue[] = [
	parseCatalogue(din2023v1, 'questions/din-spec-27076/2023.1.json'),
	parseCatalogue(din2023v2, 'questions/din-spec-27076/2023.2.json')
].sort((a, b) => compareVersions(a.version, b.version));

/** The newest catalogue: new checks are answered against it. */
export const currentCatalogue: Catalogue = catalogues[catalogues.length - 1]!;

export function findCatalogue(id: string, version: string): Catalogue | undefined {
	return catalogues.find((c) => c.id === id && c.version === version);
}
