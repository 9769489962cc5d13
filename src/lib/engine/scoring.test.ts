import { describe, expect, it } from 'vitest';
import { currentCatalogue, scoreAssessment, ValidationError, type AnswerStatus } from '$lib/engine';
import { makeCatalogue } from '$test-data/factories/catalogue';

const ids = currentCatalogue.requirements.map((r) => r.id);
const TOP = ['01', '05', '11', '15', '20'];
const MAY_BE_IRRELEVANT = ['04', '07', '24', '25', '26'];
const all = (status: AnswerStatus, except: Record<string, AnswerStatus> = {}) =>
	Object.fromEntries(ids.map((id) => [id, except[id] ?? status]));

describe('scoreAssessment on the DIN SPEC 27076 catalogue', () => {
	it('gives 37 of 37 when everything is fulfilled (5 TOP × 3 + 22 × 1)', () => {
		const result = scoreAssessment(currentCatalogue, all('fulfilled'));
		expect(result).toMatchObject({ score: 37, rawScore: 37, maxScore: 37, complete: true, statement: 'maximum' });
		expect(result.topics.every((t) => t.percent === 100)).toBe(true);
	});

	it('floors the score at 0 but keeps the raw score when nothing is fulfilled (5 × −3 = −15)', () => {
		const result = scoreAssessment(currentCatalogue, all('not_fulfilled'));
		expect(result).toMatchObject({ score: 0, rawScore: -15, maxScore: 37, complete: true, statement: 'topOpen' });
		expect(result.topics.every((t) => t.percent === 0)).toBe(true);
	});

	it('removes not-relevant requirements from score and maximum (37 − 5 = 32)', () => {
		const notRelevant = Object.fromEntries(MAY_BE_IRRELEVANT.map((id) => [id, 'not_relevant' as const]));
		const result = scoreAssessment(currentCatalogue, all('fulfilled', notRelevant));
		expect(result).toMatchObject({ score: 32, rawScore: 32, maxScore: 32, statement: 'maximum' });
		// network topic: 21–27 minus 24, 25, 26 → 4 relevant, all fulfilled
		expect(result.topics.find((t) => t.id === 'network')).toMatchObject({ relevant: 4, fulfilled: 4, answered: 7 });
	});

	it('says "all TOP fulfilled" when only the TOP requirements are fulfilled (15 of 37)', () => {
		const top = Object.fromEntries(TOP.map((id) => [id, 'fulfilled' as const]));
		const result = scoreAssessment(currentCatalogue, all('not_fulfilled', top));
		expect(result).toMatchObject({ score: 15, rawScore: 15, maxScore: 37, statement: 'allTop' });
	});

	it('adds a mixed answer set by hand', () => {
		// 01 not fulfilled −3; 05, 11, 15, 20 fulfilled +12; 02, 03 fulfilled +2; 04 not relevant
		// (max 37 − 1 = 36); every other regular not fulfilled 0 → raw 11.
		const answers = all('not_fulfilled', {
			'01': 'not_fulfilled', '05': 'fulfilled', '11': 'fulfilled', '15': 'fulfilled', '20': 'fulfilled',
			'02': 'fulfilled', '03': 'fulfilled', '04': 'not_relevant'
		});
		const result = scoreAssessment(currentCatalogue, answers);
		expect(result).toMatchObject({ score: 11, rawScore: 11, maxScore: 36, statement: 'topOpen', complete: true });
		// organisation 01–07: fulfilled 02, 03, 05 = 3 of relevant 01, 02, 03, 05, 06, 07 = 6 → 50 %
		expect(result.topics[0]).toEqual({ id: 'organisation', fulfilled: 3, relevant: 6, answered: 7, percent: 50 });
		// backup 11–14: 11 fulfilled of 4 → 25 %
		expect(result.topics.find((t) => t.id === 'backup')).toMatchObject({ fulfilled: 1, relevant: 4, percent: 25 });
	});

	it('counts a missing answer as open: incomplete, in the maximum, not in the score', () => {
		const result = scoreAssessment(currentCatalogue, { '01': 'fulfilled', '02': 'fulfilled' });
		expect(result).toMatchObject({ score: 4, rawScore: 4, maxScore: 37, complete: false, statement: 'topOpen' });
		expect(result.unanswered).toEqual(ids.filter((id) => id !== '01' && id !== '02'));
	});

	it('returns the topics in catalogue order', () => {
		expect(scoreAssessment(currentCatalogue, {}).topics.map((t) => t.id)).toEqual(
			currentCatalogue.topics.map((t) => t.id)
		);
	});
});

describe('scoreAssessment takes every number from the catalogue', () => {
	it('uses the catalogue points and floor, not built-in ones', () => {
		const catalogue = makeCatalogue([{ id: '01', top: true }, { id: '02' }, { id: '03' }], {
			scoring: { points: { top: { fulfilled: 5, notFulfilled: -10 }, regular: { fulfilled: 2, notFulfilled: -1 } }, floor: -4 }
		});
		// −10 + 2 − 1 = −9, floored at −4; maximum 5 + 2 + 2 = 9
		expect(scoreAssessment(catalogue, { '01': 'not_fulfilled', '02': 'fulfilled', '03': 'not_fulfilled' })).toMatchObject({
			score: -4, rawScore: -9, maxScore: 9
		});
	});

	it('reports 100 % for a topic in which nothing is relevant', () => {
		const catalogue = makeCatalogue([{ id: '01', topic: 'a' }, { id: '02', topic: 'b', precondition: true }]);
		const result = scoreAssessment(catalogue, { '01': 'fulfilled', '02': 'not_relevant' });
		expect(result.topics[1]).toEqual({ id: 'b', fulfilled: 0, relevant: 0, answered: 1, percent: 100 });
	});
});

describe('scoreAssessment rejects invalid answers and never returns a score for them', () => {
	const cases: [string, unknown, RegExp][] = [
		['an unknown requirement id', { '99': 'fulfilled' }, /unknown requirement id "99"/],
		['an unknown status', { '03': 'partly' }, /unknown status "partly" for requirement 03/],
		['not_relevant without a precondition', { '01': 'not_relevant' }, /requirement 01 cannot be "not_relevant"/],
		['an inherited key', JSON.parse('{"__proto__": {"x": 1}, "constructor": "fulfilled"}'), /unknown requirement id "constructor"/],
		['an array', ['fulfilled'], /must be an object/],
		['null', null, /must be an object/]
	];
	it.each(cases)('rejects %s', (_, answers, message) => {
		expect(() => scoreAssessment(currentCatalogue, answers)).toThrow(ValidationError);
		expect(() => scoreAssessment(currentCatalogue, answers)).toThrow(message);
	});

	it('names every problem at once', () => {
		const attempt = () => scoreAssessment(currentCatalogue, { '98': 'fulfilled', '11': 'not_relevant' });
		expect(attempt).toThrow(/unknown requirement id "98"/);
		expect(attempt).toThrow(/requirement 11 cannot be "not_relevant"/);
	});
});
