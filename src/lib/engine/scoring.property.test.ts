import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCatalogue, scoreAssessment } from '$lib/engine';
import { answersFor } from '$test-data/factories/answers';
import { makeCatalogue } from '$test-data/factories/catalogue';

/** Small random catalogues with random point rules, so the properties do not depend on 3/−3. */
const catalogues = fc
	.record({
		specs: fc.array(fc.record({ topic: fc.constantFrom('a', 'b', 'c'), top: fc.boolean(), precondition: fc.boolean() }), { minLength: 1, maxLength: 12 }),
		topFulfilled: fc.integer({ min: 1, max: 5 }),
		topPenalty: fc.integer({ min: -5, max: 0 }),
		regularFulfilled: fc.integer({ min: 1, max: 3 }),
		floor: fc.integer({ min: -10, max: 0 })
	})
	.map(({ specs, topFulfilled, topPenalty, regularFulfilled, floor }) =>
		makeCatalogue(
			[...specs]
				.sort((x, y) => x.topic.localeCompare(y.topic))
				.map((s, i) => ({ ...s, id: String(i + 1).padStart(2, '0') })),
			{ scoring: { points: { top: { fulfilled: topFulfilled, notFulfilled: topPenalty }, regular: { fulfilled: regularFulfilled, notFulfilled: 0 } }, floor } }
		)
	);

const catalogueWithAnswers = fc.oneof(
	fc.constant(currentCatalogue),
	catalogues
).chain((catalogue) => answersFor(catalogue).map((answers) => ({ catalogue, answers })));

describe('scoring properties', () => {
	it('never exceeds the maximum and never falls below the floor', () => {
		fc.assert(
			fc.property(catalogueWithAnswers, ({ catalogue, answers }) => {
				const r = scoreAssessment(catalogue, answers);
				expect(r.score).toBeLessThanOrEqual(r.maxScore);
				expect(r.rawScore).toBeLessThanOrEqual(r.maxScore);
				expect(r.score).toBeGreaterThanOrEqual(catalogue.scoring.floor);
				expect(r.score).toBe(Math.max(catalogue.scoring.floor, r.rawScore));
			}),
			{ numRuns: 500 }
		);
	});

	it('fulfilling one more requirement never lowers the score', () => {
		fc.assert(
			fc.property(catalogueWithAnswers, fc.nat(), ({ catalogue, answers }, pick) => {
				const open = catalogue.requirements.filter((r) => answers[r.id] !== 'fulfilled' && answers[r.id] !== 'not_relevant');
				fc.pre(open.length > 0);
				const target = open[pick % open.length]!;
				const before = scoreAssessment(catalogue, answers);
				const after = scoreAssessment(catalogue, { ...answers, [target.id]: 'fulfilled' });
				expect(after.rawScore).toBeGreaterThan(before.rawScore);
				expect(after.score).toBeGreaterThanOrEqual(before.score);
				expect(after.maxScore).toBe(before.maxScore);
			}),
			{ numRuns: 500 }
		);
	});

	it('topic counts add up to the totals', () => {
		fc.assert(
			fc.property(catalogueWithAnswers, ({ catalogue, answers }) => {
				const r = scoreAssessment(catalogue, answers);
				const values = Object.values(answers);
				const sum = (key: 'fulfilled' | 'relevant' | 'answered') => r.topics.reduce((n, t) => n + t[key], 0);
				expect(sum('fulfilled')).toBe(values.filter((v) => v === 'fulfilled').length);
				expect(sum('relevant')).toBe(catalogue.requirements.length - values.filter((v) => v === 'not_relevant').length);
				expect(sum('answered')).toBe(values.length);
				expect(r.complete).toBe(values.length === catalogue.requirements.length);
				for (const t of r.topics) {
					expect(t.percent).toBeGreaterThanOrEqual(0);
					expect(t.percent).toBeLessThanOrEqual(100);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('the maximum is the sum of fulfilled points over the relevant requirements', () => {
		fc.assert(
			fc.property(catalogueWithAnswers, ({ catalogue, answers }) => {
				const { points } = catalogue.scoring;
				const expected = catalogue.requirements
					.filter((r) => answers[r.id] !== 'not_relevant')
					.reduce((n, r) => n + (r.top ? points.top.fulfilled : points.regular.fulfilled), 0);
				expect(scoreAssessment(catalogue, answers).maxScore).toBe(expected);
			}),
			{ numRuns: 300 }
		);
	});

	it('declaring a requirement not relevant removes exactly its points from score and maximum', () => {
		fc.assert(
			fc.property(catalogueWithAnswers, fc.nat(), ({ catalogue, answers }, pick) => {
				const optional = catalogue.requirements.filter((r) => r.precondition);
				fc.pre(optional.length > 0);
				const target = optional[pick % optional.length]!;
				const points = target.top ? catalogue.scoring.points.top : catalogue.scoring.points.regular;
				const fulfilled = scoreAssessment(catalogue, { ...answers, [target.id]: 'fulfilled' });
				const irrelevant = scoreAssessment(catalogue, { ...answers, [target.id]: 'not_relevant' });
				expect(fulfilled.maxScore - irrelevant.maxScore).toBe(points.fulfilled);
				expect(fulfilled.rawScore - irrelevant.rawScore).toBe(points.fulfilled);
			}),
			{ numRuns: 300 }
		);
	});

	it('the statement follows the answers: maximum, all TOP, or TOP open', () => {
		fc.assert(
			fc.property(catalogueWithAnswers, ({ catalogue, answers }) => {
				const r = scoreAssessment(catalogue, answers);
				const relevant = catalogue.requirements.filter((q) => answers[q.id] !== 'not_relevant');
				const expected = relevant.every((q) => answers[q.id] === 'fulfilled')
					? 'maximum'
					: relevant.filter((q) => q.top).every((q) => answers[q.id] === 'fulfilled')
						? 'allTop'
						: 'topOpen';
				expect(r.statement).toBe(expected);
			}),
			{ numRuns: 300 }
		);
	});

	it('rejects not_relevant on any requirement without a precondition', () => {
		fc.assert(
			fc.property(catalogueWithAnswers, fc.nat(), ({ catalogue, answers }, pick) => {
				const fixed = catalogue.requirements.filter((r) => !r.precondition);
				fc.pre(fixed.length > 0);
				const target = fixed[pick % fixed.length]!;
				expect(() => scoreAssessment(catalogue, { ...answers, [target.id]: 'not_relevant' })).toThrow(target.id);
			}),
			{ numRuns: 200 }
		);
	});
});
