// What the session derives from a check's answers (the DIN scoring), loaded with the first
// catalogue a session needs, so that a page which never shows the catalogue (NIS-2) does not
// load it. Whenever a session holds a catalogue, `deriveLoaded` is set.
import type { Catalogue } from '$lib/engine/din';
import type { Assessment } from '$lib/model/assessment';
import type { Change } from '$lib/model/changes';

type Derive = typeof import('$lib/model/derive').derive;
let loaded: Derive | null = null;

export async function loadDerive(): Promise<Derive> {
	loaded ??= (await import('$lib/model/derive')).derive;
	return loaded;
}

/** The derivation, once loadDerive has resolved (that is, whenever a catalogue is loaded). */
export const deriveLoaded: Derive = (catalogue, responses) => loaded!(catalogue, responses);

/** The stored record with the changes applied on top, derived again where they touch answers. */
export function applied(current: Assessment, batch: Change[], catalogue: Catalogue | null, nis2Result: ((a: Assessment) => void) | null): Assessment {
	for (const change of batch) change.apply(current);
	if (batch.some((c) => c.nis2)) nis2Result?.(current);
	if (!catalogue) return current;
	const { answers, summary } = deriveLoaded(catalogue, current.responses);
	return { ...current, answers, summary };
}
