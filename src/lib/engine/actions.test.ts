import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCatalogue, prioritiseActions, type AnswerStatus } from '$lib/engine';
import { makeCatalogue } from '$test-data/factories/catalogue';

describe('prioritiseActions', () => {
	const catalogue = makeCatalogue([
		{ id: '01', effort: 'high', cost: 'high' },
		{ id: '02', top: true, effort: 'high', cost: 'none' },
		{ id: '03', effort: 'low', cost: 'medium' },
		{ id: '04', effort: 'low', cost: 'none' },
		{ id: '05', top: true, effort: 'low', cost: 'high' },
		{ id: '06', effort: 'low', cost: 'none' },
		{ id: '07', precondition: true }
	]);

	it('puts TOP first, then quick wins (effort, then cost), then catalogue order', () => {
		const answers = { '01': 'not_fulfilled', '02': 'not_fulfilled', '03': 'not_fulfilled', '04': 'not_fulfilled', '05': 'not_fulfilled', '06': 'not_fulfilled', '07': 'not_relevant' } as const;
		// TOP: 05 (low effort) before 02 (high effort). Regular: 04 and 06 (low, none; catalogue
		// order), then 03 (low, medium), then 01 (high).
		expect(prioritiseActions(catalogue, answers).map((a) => a.requirementId)).toEqual(['05', '02', '04', '06', '03', '01']);
	});

	it('makes actions only for requirements answered "not fulfilled"', () => {
		const actions = prioritiseActions(catalogue, { '01': 'fulfilled', '03': 'not_fulfilled', '07': 'not_relevant' });
		expect(actions.map((a) => a.requirementId)).toEqual(['03']);
		expect(actions[0]).toMatchObject({ top: false, effort: 'low', cost: { level: 'medium' } });
		expect(actions[0]!.recommendation.steps).toHaveLength(3);
	});

	it('lists the five TOP requirements of DIN SPEC 27076 first when nothing is fulfilled', () => {
		const answers = Object.fromEntries(currentCatalogue.requirements.map((r) => [r.id, 'not_fulfilled']));
		const actions = prioritiseActions(currentCatalogue, answers);
		expect(actions).toHaveLength(27);
		expect(actions.slice(0, 5).map((a) => a.requirementId).sort()).toEqual(['01', '05', '11', '15', '20']);
		expect(actions.slice(5).every((a) => !a.top)).toBe(true);
	});

	it('rejects invalid answers like scoreAssessment', () => {
		expect(() => prioritiseActions(catalogue, { '99': 'not_fulfilled' })).toThrow(/unknown requirement id "99"/);
		expect(() => prioritiseActions(catalogue, { '01': 'not_relevant' })).toThrow(/requirement 01 cannot be "not_relevant"/);
	});

	it('holds one action per not-fulfilled requirement, never a TOP after a regular one', () => {
		const statuses = fc.constantFrom<AnswerStatus>('fulfilled', 'not_fulfilled');
		fc.assert(
			fc.property(fc.array(statuses, { minLength: 27, maxLength: 27 }), (list) => {
				const answers = Object.fromEntries(currentCatalogue.requirements.map((r, i) => [r.id, list[i]!]));
				const actions = prioritiseActions(currentCatalogue, answers);
				expect(actions.length).toBe(list.filter((s) => s === 'not_fulfilled').length);
				expect(new Set(actions.map((a) => a.requirementId)).size).toBe(actions.length);
				const firstRegular = actions.findIndex((a) => !a.top);
				if (firstRegular >= 0) expect(actions.slice(firstRegular).every((a) => !a.top)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
});
