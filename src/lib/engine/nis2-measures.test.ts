import { describe, expect, it } from 'vitest';
import { applicableQuestions, currentCatalogue, currentMeasures, measureActions, measureState, measureStates, prefillMeasures, type Measure } from '$lib/engine';
import { makeCatalogue } from '$test-data/factories/catalogue';

const real = currentMeasures('de').measures;
const allFulfilled = Object.fromEntries(currentCatalogue.requirements.map((r) => [r.id, 'fulfilled' as const]));

describe('prefill from the DIN check (the real measures and catalogue)', () => {
	it('DIN requirement 11 not fulfilled leaves business continuity and backup (§ 30 Abs. 2 Nr. 3) open', () => {
		const prefill = prefillMeasures(real, currentCatalogue, { ...allFulfilled, '11': 'not_fulfilled' });
		expect(prefill.c1).toEqual({ value: 'no', from: ['11'] });
		const c = real.find((m) => m.id === 'c')!;
		expect(c.paragraph).toBe('§ 30 Abs. 2 Nr. 3 BSIG');
		// c1 no (11), c2 yes (13), c3 yes (12, 14), c4 and c5 name no DIN requirement, c6 yes (27)
		expect(measureState(c, {}, prefill, [])).toEqual({ status: 'open', confirmed: false, answered: 4, total: 6, toConfirm: ['c1', 'c2', 'c3', 'c6'] });
		expect(measureActions([c], {}, prefill, [])).toEqual([{ id: 'nis2-c1', questionId: 'c1', measureId: 'c', paragraph: '§ 30 Abs. 2 Nr. 3 BSIG', measureTitle: 'Aufrechterhaltung des Betriebs: Backup, Wiederherstellung, Krisenmanagement', title: 'Regelmäßige Datensicherung einrichten', prefilled: true }]);
	});

	it('all DIN answers fulfilled prefill every mapped question with yes but never mark a measure as confirmed', () => {
		const prefill = prefillMeasures(real, currentCatalogue, allFulfilled);
		const mapped = real.flatMap((m) => m.questions).filter((q) => q.din.length > 0);
		expect(mapped).toHaveLength(27);
		expect(Object.keys(prefill).sort()).toEqual(mapped.map((q) => q.id).sort());
		expect(Object.values(prefill).every((p) => p.value === 'yes')).toBe(true);
		const states = measureStates(real, {}, prefill, []);
		expect(Object.values(states).map((s) => s.confirmed)).toEqual(Array(10).fill(false));
		// Every measure has a question the DIN check does not touch: still to be answered.
		expect(Object.values(states).map((s) => s.status)).toEqual(Array(10).fill('unanswered'));
		// Once the user answers the rest with yes, g is met – and still not confirmed.
		const g = real.find((m) => m.id === 'g')!;
		expect(measureState(g, { g2: { value: 'yes' } }, prefill, [])).toEqual({ status: 'met', confirmed: false, answered: 6, total: 6, toConfirm: ['g1', 'g3', 'g4', 'g5', 'g6'] });
		expect(measureActions(real, {}, prefill, [])).toEqual([]);
	});
});

describe('prefill rule (small catalogue)', () => {
	const catalogue = makeCatalogue([{ id: '01' }, { id: '02', precondition: true }, { id: '03' }]);
	const measures: Measure[] = [
		{
			id: 'a',
			number: 1,
			paragraph: '§ 30 Abs. 2 Nr. 1 BSIG',
			article: 'Art. 21 Abs. 2 Buchst. a NIS-2-RL',
			title: 'Risk',
			questions: [
				{ id: 'a1', text: 'one', din: ['01', '03'], action: { title: 'do one', steps: ['step'] } },
				{ id: 'a2', text: 'two', din: ['02'], action: { title: 'do two' } },
				{ id: 'a3', text: 'three', din: [], action: { title: 'do three' } },
				{ id: 'a4', text: 'cloud only', din: [], appliesTo: ['A1-6.1.4'], action: { title: 'do four' } }
			]
		}
	];
	const [a] = measures as [Measure];

	it('all mapped fulfilled → yes, some → partly, none → no; not_relevant ones are left out', () => {
		expect(prefillMeasures(measures, catalogue, { '01': 'fulfilled', '03': 'fulfilled', '02': 'fulfilled' })).toEqual({ a1: { value: 'yes', from: ['01', '03'] }, a2: { value: 'yes', from: ['02'] } });
		expect(prefillMeasures(measures, catalogue, { '01': 'fulfilled', '03': 'not_fulfilled' })).toEqual({ a1: { value: 'partly', from: ['01', '03'] } });
		expect(prefillMeasures(measures, catalogue, { '01': 'not_fulfilled', '03': 'not_fulfilled', '02': 'not_fulfilled' })).toEqual({ a1: { value: 'no', from: ['01', '03'] }, a2: { value: 'no', from: ['02'] } });
		// 02 does not apply: nothing is left to suggest an answer from
		expect(prefillMeasures(measures, catalogue, { '02': 'not_relevant' })).toEqual({});
	});

	it('suggests nothing while a mapped requirement is unanswered or unknown to the catalogue', () => {
		expect(prefillMeasures(measures, catalogue, { '01': 'fulfilled' })).toEqual({});
		const older = makeCatalogue([{ id: '01' }, { id: '02', precondition: true }]);
		expect(prefillMeasures(measures, older, { '01': 'fulfilled' })).toEqual({});
	});

	it("a stored answer wins over the prefill; a note alone does not", () => {
		const prefill = { a1: { value: 'no' as const, from: ['01', '03'] } };
		expect(measureState(a, { a1: { value: 'yes' } }, prefill, []).toConfirm).toEqual([]);
		expect(measureActions(measures, { a1: { value: 'yes' } }, prefill, [])).toEqual([]);
		expect(measureState(a, { a1: {} }, prefill, []).toConfirm).toEqual(['a1']);
		expect(measureActions(measures, { a1: {} }, prefill, []).map((g) => [g.id, g.prefilled])).toEqual([['nis2-a1', true]]);
	});

	it("'don't know' counts as not met: the measure is open and the question gets an action", () => {
		const state = measureState(a, { a1: { value: 'yes' }, a2: { value: 'unknown' }, a3: { value: 'yes' } }, {}, []);
		expect(state).toEqual({ status: 'open', confirmed: true, answered: 3, total: 3, toConfirm: [] });
		expect(measureActions(measures, { a2: { value: 'unknown' } }, {}, [])).toEqual([{ id: 'nis2-a2', questionId: 'a2', measureId: 'a', paragraph: '§ 30 Abs. 2 Nr. 1 BSIG', measureTitle: 'Risk', title: 'do two', prefilled: false }]);
	});

	it('asks a provider question only of companies with one of its activities', () => {
		expect(applicableQuestions(measures, []).flatMap((m) => m.questions.map((q) => q.id))).toEqual(['a1', 'a2', 'a3']);
		expect(applicableQuestions(measures, ['A2-5.4.1', 'A1-6.1.4']).flatMap((m) => m.questions.map((q) => q.id))).toEqual(['a1', 'a2', 'a3', 'a4']);
		const yes = { a1: { value: 'yes' as const }, a2: { value: 'yes' as const }, a3: { value: 'yes' as const } };
		expect(measureState(a, yes, {}, [])).toMatchObject({ status: 'met', confirmed: true, total: 3 });
		expect(measureState(a, yes, {}, ['A1-6.1.4'])).toMatchObject({ status: 'unanswered', confirmed: false, answered: 3, total: 4 });
		expect(measureActions(measures, { a4: { value: 'no' } }, {}, [])).toEqual([]);
		expect(measureActions(measures, { a4: { value: 'no' } }, {}, ['A1-6.1.4']).map((g) => g.id)).toEqual(['nis2-a4']);
	});

	it('gives each status its case', () => {
		const s = (answers: Record<string, 'yes' | 'partly' | 'no' | 'unknown'>) => measureState(a, Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { value: v }])), {}, []).status;
		expect(s({})).toBe('unanswered');
		expect(s({ a1: 'yes', a2: 'yes' })).toBe('unanswered');
		expect(s({ a1: 'yes', a2: 'yes', a3: 'yes' })).toBe('met');
		expect(s({ a1: 'yes', a2: 'partly', a3: 'yes' })).toBe('partly');
		expect(s({ a1: 'partly' })).toBe('partly');
		expect(s({ a1: 'yes', a2: 'partly', a3: 'no' })).toBe('open');
		expect(s({ a1: 'no' })).toBe('open');
	});

	it('lists actions in measure order for no, partly and unknown, with the steps', () => {
		const gaps = measureActions(measures, { a3: { value: 'partly' }, a2: { value: 'yes' } }, { a1: { value: 'no', from: ['01', '03'] } }, []);
		expect(gaps).toEqual([
			{ id: 'nis2-a1', questionId: 'a1', measureId: 'a', paragraph: '§ 30 Abs. 2 Nr. 1 BSIG', measureTitle: 'Risk', title: 'do one', steps: ['step'], prefilled: true },
			{ id: 'nis2-a3', questionId: 'a3', measureId: 'a', paragraph: '§ 30 Abs. 2 Nr. 1 BSIG', measureTitle: 'Risk', title: 'do three', prefilled: false }
		]);
	});
});
