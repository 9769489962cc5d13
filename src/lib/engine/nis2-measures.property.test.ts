import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCatalogue, currentMeasures, effectiveAnswer, measureActions, measureStates, prefillMeasures, type MeasureValue } from '$lib/engine';
import { answersFor } from '$test-data/factories/answers';

const measures = currentMeasures('en').measures;
const questionIds = measures.flatMap((m) => m.questions.map((q) => q.id));
const providerRows = ['A1-6.1.4', 'A2-6.1.1', 'A2-5.4.1'];
const values: MeasureValue[] = ['yes', 'partly', 'no', 'unknown'];
const stored = fc.record(Object.fromEntries(questionIds.map((id) => [id, fc.record({ value: fc.constantFrom(...values) })])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, { value: MeasureValue }>>;
const activities = fc.subarray(providerRows);

describe('the §30 gap analysis, for any DIN answers and any stored answers', () => {
	it('a prefill alone never confirms a measure', () => {
		fc.assert(
			fc.property(answersFor(currentCatalogue), activities, (din, rows) => {
				const states = measureStates(measures, {}, prefillMeasures(measures, currentCatalogue, din), rows);
				expect(Object.values(states).some((s) => s.confirmed)).toBe(false);
			})
		);
	});

	it("a measure is met exactly when every applicable question's effective answer is yes, and has no action then", () => {
		fc.assert(
			fc.property(answersFor(currentCatalogue), stored, activities, (din, answers, rows) => {
				const prefill = prefillMeasures(measures, currentCatalogue, din);
				const states = measureStates(measures, answers, prefill, rows);
				const gaps = measureActions(measures, answers, prefill, rows);
				for (const measure of measures) {
					const applicable = measure.questions.filter((q) => !q.appliesTo || q.appliesTo.some((r) => rows.includes(r)));
					const allYes = applicable.every((q) => effectiveAnswer(q.id, answers, prefill)?.value === 'yes');
					expect(states[measure.id]!.status === 'met').toBe(allYes);
					expect(gaps.some((g) => g.measureId === measure.id)).toBe(states[measure.id]!.status === 'open' || states[measure.id]!.status === 'partly');
				}
			})
		);
	});
});
