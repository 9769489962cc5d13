// Random answer sets for property tests.
import fc from 'fast-check';
import type { AnswerStatus, Catalogue } from '$lib/engine';

/** Any valid (possibly partial) answer set for a catalogue: not_relevant only where allowed. */
export function answersFor(catalogue: Catalogue): fc.Arbitrary<Record<string, AnswerStatus>> {
	return fc.record(
		Object.fromEntries(
			catalogue.requirements.map((r) => {
				const options: AnswerStatus[] = r.precondition ? ['fulfilled', 'not_fulfilled', 'not_relevant'] : ['fulfilled', 'not_fulfilled'];
				return [r.id, fc.constantFrom(...options)];
			})
		),
		{ requiredKeys: [] }
	) as fc.Arbitrary<Record<string, AnswerStatus>>;
}
