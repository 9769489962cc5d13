import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	compareAssessments,
	currentCatalogue,
	scoreAssessment,
	ValidationError,
	type AnswerStatus
} from '$lib/engine';
import { answersFor } from '$test-data/factories/answers';
import { makeCatalogue } from '$test-data/factories/catalogue';

const ids = currentCatalogue.requirements.map((r) => r.id);
/** Every requirement with the given status, except where `except` says otherwise; null leaves it unanswered. */
function all(status: AnswerStatus, except: Record<string, AnswerStatus | null> = {}): Record<string, AnswerStatus> {
	const answers: Record<string, AnswerStatus> = {};
	for (const id of ids) {
		const chosen = id in except ? except[id] : status;
		if (chosen) answers[id] = chosen;
	}
	return answers;
}

describe('compareAssessments on the DIN SPEC 27076 catalogue', () => {
	// Before: TOP 15 open, 02 and 04 open, 09 unanswered, everything else fulfilled.
	const before = all('fulfilled', { '02': 'not_fulfilled', '04': 'not_fulfilled', '09': null, '15': 'not_fulfilled' });
	// After: 02 and 15 done, 04 and 24 declared not relevant, 09 answered open, 18 open, 19 unanswered.
	const after = all('fulfilled', { '04': 'not_relevant', '09': 'not_fulfilled', '18': 'not_fulfilled', '19': null, '24': 'not_relevant' });
	const result = compareAssessments(currentCatalogue, before, after);

	it('scores both checks: 28 of 37 before, 32 of 35 after, a gain of 4', () => {
		// before: TOP 01, 05, 11, 20 = 4 × 3 = 12, TOP 15 = −3; regulars 22 − (02, 04, 09) = 19 → 12 − 3 + 19 = 28
		// after: TOP 5 × 3 = 15; regulars 22 − not relevant (04, 24) = 20 relevant, minus 09, 18, 19 open = 17 → 32
		// after maximum: 37 − 1 (04) − 1 (24) = 35
		expect(result.before).toEqual({ score: 28, maxScore: 37, complete: false });
		expect(result.after).toEqual({ score: 32, maxScore: 35, complete: false });
		expect(result.scoreDelta).toBe(4);
	});

	it('sorts every changed requirement into exactly one list, in catalogue order', () => {
		expect(result.changed).toEqual(['02', '04', '09', '15', '18', '19', '24']);
		expect(result.newlyFulfilled).toEqual(['02', '15']);
		expect(result.regressed).toEqual(['18', '19']);
		expect(result.otherChanges).toEqual([
			{ id: '04', before: 'not_fulfilled', after: 'not_relevant' },
			{ id: '09', before: undefined, after: 'not_fulfilled' },
			{ id: '24', before: 'fulfilled', after: 'not_relevant' }
		]);
	});

	it('gives every topic its percent before and after', () => {
		expect(result.topics.map((t) => t.id)).toEqual(currentCatalogue.topics.map((t) => t.id));
		const byId = Object.fromEntries(result.topics.map((t) => [t.id, t]));
		// organisation 01–07: before 5 of 7 (02, 04 open); after 6 of 6 (04 not relevant) → +200/7
		expect(byId.organisation!.before).toBeCloseTo((5 / 7) * 100, 10);
		expect(byId.organisation!.after).toBe(100);
		expect(byId.organisation!.delta).toBeCloseTo(100 - 500 / 7, 10);
		// identity 08–10: 2 of 3 both times (09 unanswered, then open) → 0
		expect(byId.identity).toMatchObject({ delta: 0 });
		expect(byId.identity!.before).toBeCloseTo(200 / 3, 10);
		// backup 11–14: untouched
		expect(byId.backup).toEqual({ id: 'backup', before: 100, after: 100, delta: 0 });
		// patches 15–17: 2 of 3 → 3 of 3
		expect(byId.patches!.delta).toBeCloseTo(100 / 3, 10);
		// malware 18–20: 3 of 3 → only 20 of 3 = 33.3 → −66.7
		expect(byId.malware!.after).toBeCloseTo(100 / 3, 10);
		expect(byId.malware!.delta).toBeCloseTo(-200 / 3, 10);
		// network 21–27: 7 of 7 → 6 of 6 (24 not relevant)
		expect(byId.network).toEqual({ id: 'network', before: 100, after: 100, delta: 0 });
	});

	it('lists exactly the three requirements whose answer changed', () => {
		const start = all('not_fulfilled');
		const next = { ...start, '03': 'fulfilled', '11': 'fulfilled', '26': 'not_relevant' };
		const r = compareAssessments(currentCatalogue, start, next);
		expect(r.changed).toHaveLength(3);
		expect(r.changed).toEqual(['03', '11', '26']);
		// before: 5 TOP × −3 = −15, floored to 0; after: 4 × −3 + 3 + 1 = −8, still floored to 0
		expect(r.scoreDelta).toBe(0);
		expect(r.after.maxScore).toBe(36);
	});

	it('measures the delta on the floored score a company sees, not on the raw score', () => {
		// before raw −15 → 0; after: all TOP fulfilled 15 → 15 − 0 = 15 (the raw difference would be 30)
		const top = { '01': 'fulfilled', '05': 'fulfilled', '11': 'fulfilled', '15': 'fulfilled', '20': 'fulfilled' } as const;
		const r = compareAssessments(currentCatalogue, all('not_fulfilled'), all('not_fulfilled', top));
		expect(r.before.score).toBe(0);
		expect(r.after.score).toBe(15);
		expect(r.scoreDelta).toBe(15);
		expect(r.newlyFulfilled).toEqual(['01', '05', '11', '15', '20']);
	});

	it('reports a first check against an empty one as every answer new', () => {
		const r = compareAssessments(currentCatalogue, {}, all('fulfilled'));
		// every requirement unanswered → fulfilled: all newly fulfilled; 0 → 37
		expect(r.newlyFulfilled).toEqual(ids);
		expect(r.changed).toEqual(ids);
		expect(r).toMatchObject({ before: { score: 0, maxScore: 37, complete: false }, after: { score: 37, complete: true }, scoreDelta: 37 });
	});
});

describe('compareAssessments on small catalogues', () => {
	// 01 TOP (3/−3) and 02 in topic a, 03 (may be not relevant) in topic b; regular 1/0, floor 0.
	const catalogue = makeCatalogue([{ id: '01', topic: 'a', top: true }, { id: '02', topic: 'a' }, { id: '03', topic: 'b', precondition: true }]);

	it('works out a small example by hand', () => {
		// before: −3 + 1 = −2 → floored 0, maximum 3 + 1 + 1 = 5, 03 unanswered
		// after: 3 + 1 = 4, maximum 3 + 1 = 4 (03 not relevant), complete
		const r = compareAssessments(catalogue, { '01': 'not_fulfilled', '02': 'fulfilled' }, { '01': 'fulfilled', '02': 'fulfilled', '03': 'not_relevant' });
		expect(r).toEqual({
			before: { score: 0, maxScore: 5, complete: false },
			after: { score: 4, maxScore: 4, complete: true },
			scoreDelta: 4,
			// a: 1 of 2 → 2 of 2; b: 0 of 1 (unanswered counts as relevant) → nothing relevant = 100
			topics: [
				{ id: 'a', before: 50, after: 100, delta: 50 },
				{ id: 'b', before: 0, after: 100, delta: 100 }
			],
			newlyFulfilled: ['01'],
			regressed: [],
			otherChanges: [{ id: '03', before: undefined, after: 'not_relevant' }],
			changed: ['01', '03']
		});
	});

	it('uses the catalogue order, not the alphabetical order of the ids', () => {
		const unordered = makeCatalogue([{ id: 'z' }, { id: 'a' }, { id: 'm' }]);
		const r = compareAssessments(unordered, { a: 'fulfilled', m: 'fulfilled', z: 'fulfilled' }, {});
		expect(r.regressed).toEqual(['z', 'a', 'm']);
		expect(r.changed).toEqual(['z', 'a', 'm']);
	});

	it('does not mistake inherited properties for answers', () => {
		// An id equal to an Object.prototype member must read as unanswered in an empty answer set.
		const tricky = makeCatalogue([{ id: 'constructor' }, { id: 'toString' }]);
		const r = compareAssessments(tricky, {}, { toString: 'fulfilled' });
		expect(r.changed).toEqual(['toString']);
		expect(r.newlyFulfilled).toEqual(['toString']);
	});

	type Before = AnswerStatus | undefined;
	const transitions: [Before, Before, 'newlyFulfilled' | 'regressed' | 'otherChanges'][] = [
		[undefined, 'fulfilled', 'newlyFulfilled'],
		['not_fulfilled', 'fulfilled', 'newlyFulfilled'],
		['fulfilled', 'not_fulfilled', 'regressed'],
		['fulfilled', undefined, 'regressed'],
		// not relevant → fulfilled is a reassessment, not closed gap; and vice versa
		['not_relevant', 'fulfilled', 'otherChanges'],
		['fulfilled', 'not_relevant', 'otherChanges'],
		[undefined, 'not_fulfilled', 'otherChanges'],
		[undefined, 'not_relevant', 'otherChanges'],
		['not_fulfilled', undefined, 'otherChanges'],
		['not_fulfilled', 'not_relevant', 'otherChanges'],
		['not_relevant', undefined, 'otherChanges'],
		['not_relevant', 'not_fulfilled', 'otherChanges']
	];
	it.each(transitions)('puts %s → %s into %s', (from, to, list) => {
		const single = makeCatalogue([{ id: 'x', precondition: true }]);
		const r = compareAssessments(single, from ? { x: from } : {}, to ? { x: to } : {});
		expect(r.changed).toEqual(['x']);
		expect(r.newlyFulfilled).toEqual(list === 'newlyFulfilled' ? ['x'] : []);
		expect(r.regressed).toEqual(list === 'regressed' ? ['x'] : []);
		expect(r.otherChanges).toEqual(list === 'otherChanges' ? [{ id: 'x', before: from, after: to }] : []);
	});

	it('lists nothing when the status stays the same, for each of the four states', () => {
		const single = makeCatalogue([{ id: 'x', precondition: true }]);
		for (const answers of [{}, { x: 'fulfilled' }, { x: 'not_fulfilled' }, { x: 'not_relevant' }]) {
			expect(compareAssessments(single, answers, answers).changed).toEqual([]);
		}
	});
});

describe('compareAssessments rejects invalid answers like scoreAssessment', () => {
	it('throws the ValidationError for an invalid earlier check', () => {
		expect(() => compareAssessments(currentCatalogue, { '99': 'fulfilled' }, {})).toThrow(ValidationError);
		expect(() => compareAssessments(currentCatalogue, { '99': 'fulfilled' }, {})).toThrow(/unknown requirement id "99"/);
	});

	it('throws the ValidationError for an invalid later check', () => {
		expect(() => compareAssessments(currentCatalogue, {}, { '01': 'not_relevant' })).toThrow(/requirement 01 cannot be "not_relevant"/);
		expect(() => compareAssessments(currentCatalogue, {}, null)).toThrow(/must be an object/);
	});
});

const smallCatalogues = fc
	.record({
		specs: fc.array(fc.record({ topic: fc.constantFrom('a', 'b', 'c'), top: fc.boolean(), precondition: fc.boolean() }), { minLength: 1, maxLength: 12 }),
		floor: fc.integer({ min: -10, max: 0 })
	})
	.map(({ specs, floor }) =>
		makeCatalogue(
			[...specs].sort((x, y) => x.topic.localeCompare(y.topic)).map((s, i) => ({ ...s, id: String(i + 1).padStart(2, '0') })),
			{ scoring: { points: { top: { fulfilled: 3, notFulfilled: -3 }, regular: { fulfilled: 1, notFulfilled: 0 } }, floor } }
		)
	);

const twoChecks = fc
	.oneof(fc.constant(currentCatalogue), smallCatalogues)
	.chain((catalogue) => fc.record({ catalogue: fc.constant(catalogue), before: answersFor(catalogue), after: answersFor(catalogue) }));

describe('comparison properties', () => {
	it('finds no change and zero deltas when a check is compared with itself', () => {
		fc.assert(
			fc.property(twoChecks, ({ catalogue, before }) => {
				const r = compareAssessments(catalogue, before, before);
				expect(r.changed).toEqual([]);
				expect(r.newlyFulfilled).toEqual([]);
				expect(r.regressed).toEqual([]);
				expect(r.otherChanges).toEqual([]);
				expect(r.scoreDelta).toBe(0);
				expect(r.topics.every((t) => t.delta === 0 && t.before === t.after)).toBe(true);
				expect(r.after).toEqual(r.before);
			}),
			{ numRuns: 300 }
		);
	});

	it('makes changed the disjoint union of newlyFulfilled, regressed and otherChanges, in catalogue order', () => {
		fc.assert(
			fc.property(twoChecks, ({ catalogue, before, after }) => {
				const r = compareAssessments(catalogue, before, after);
				const parts = [...r.newlyFulfilled, ...r.regressed, ...r.otherChanges.map((c) => c.id)];
				expect(new Set(parts).size).toBe(parts.length);
				expect([...parts].sort()).toEqual([...r.changed].sort());
				const expected = catalogue.requirements.map((q) => q.id).filter((id) => before[id] !== after[id]);
				expect(r.changed).toEqual(expected);
			}),
			{ numRuns: 300 }
		);
	});

	it('takes scores and the delta from scoreAssessment', () => {
		fc.assert(
			fc.property(twoChecks, ({ catalogue, before, after }) => {
				const r = compareAssessments(catalogue, before, after);
				const a = scoreAssessment(catalogue, before);
				const b = scoreAssessment(catalogue, after);
				expect(r.scoreDelta).toBe(b.score - a.score);
				expect(r.before).toEqual({ score: a.score, maxScore: a.maxScore, complete: a.complete });
				expect(r.after).toEqual({ score: b.score, maxScore: b.maxScore, complete: b.complete });
				expect(r.topics.map((t) => t.before)).toEqual(a.topics.map((t) => t.percent));
				expect(r.topics.map((t) => t.after)).toEqual(b.topics.map((t) => t.percent));
			}),
			{ numRuns: 300 }
		);
	});

	it('mirrors when the two checks swap: gains become losses', () => {
		fc.assert(
			fc.property(twoChecks, ({ catalogue, before, after }) => {
				const forward = compareAssessments(catalogue, before, after);
				const backward = compareAssessments(catalogue, after, before);
				// a sum rather than a negation: toBe tells 0 from −0
				expect(backward.scoreDelta + forward.scoreDelta).toBe(0);
				expect(backward.newlyFulfilled).toEqual(forward.regressed);
				expect(backward.regressed).toEqual(forward.newlyFulfilled);
				expect(backward.changed).toEqual(forward.changed);
			}),
			{ numRuns: 200 }
		);
	});

	it('lists exactly the requirements whose answer was changed', () => {
		const withChanges = fc
			.record({ before: answersFor(currentCatalogue), picks: fc.uniqueArray(fc.constantFrom(...currentCatalogue.requirements), { minLength: 3, maxLength: 3 }), shift: fc.nat() })
			.map(({ before, picks, shift }) => {
				const after = { ...before };
				for (const requirement of picks) {
					// Every state the requirement may take, minus its current one; unanswered is one of them.
					const states: (AnswerStatus | undefined)[] = [undefined, 'fulfilled', 'not_fulfilled', ...(requirement.precondition ? ['not_relevant' as const] : [])];
					const others = states.filter((s) => s !== before[requirement.id]);
					const next = others[shift % others.length];
					if (next === undefined) delete after[requirement.id];
					else after[requirement.id] = next;
				}
				return { before, after, picked: picks.map((p) => p.id) };
			});
		fc.assert(
			fc.property(withChanges, ({ before, after, picked }) => {
				const r = compareAssessments(currentCatalogue, before, after);
				expect(r.changed).toHaveLength(3);
				expect(r.changed).toEqual(ids.filter((id) => picked.includes(id)));
			}),
			{ numRuns: 200 }
		);
	});
});
