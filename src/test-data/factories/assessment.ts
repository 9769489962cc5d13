// Builds stored checks for tests from plain answer sets.
import { currentCatalogue, responseFor, type AnswerStatus, type Catalogue } from '$lib/engine';
import type { Assessment } from '$lib/model/assessment';
import { withDerived } from '$lib/model/derive';

let counter = 0;

export function makeAssessment(
	answers: Record<string, AnswerStatus> = {},
	overrides: Partial<Assessment> = {},
	catalogue: Catalogue = currentCatalogue
): Assessment {
	counter += 1;
	const responses = Object.fromEntries(
		Object.entries(answers).map(([id, status]) => [id, responseFor(catalogue.requirements.find((r) => r.id === id)!, status)])
	);
	const base: Assessment = {
		id: `test-${counter}`,
		company: { name: `Firma ${counter}` },
		catalogue: { id: catalogue.id, version: catalogue.version },
		responses,
		answers: {},
		notes: {},
		createdAt: '2026-01-01T10:00:00.000Z',
		updatedAt: '2026-01-02T10:00:00.000Z',
		revision: 1
	};
	return { ...withDerived(catalogue, base), ...overrides };
}

/** Every requirement answered with the given status (not_relevant only where allowed). */
export function allAnswered(status: AnswerStatus, catalogue: Catalogue = currentCatalogue): Record<string, AnswerStatus> {
	return Object.fromEntries(
		catalogue.requirements.map((r) => [r.id, status === 'not_relevant' && !r.precondition ? 'fulfilled' : status])
	);
}
