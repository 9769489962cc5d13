// Size class (EU Recommendation 2003/361 with §28(3)-(4) BSIG) as computed from the rules data.
import { describe, expect, it } from 'vitest';
import { aggregationBranches, nearSizeThreshold, otherEnterprises, possibleSizeClasses, sizeClassOf, sizeSpace, type Nis2SizeProfile, type Nis2SizeRules, type SizeClass } from '$lib/engine/nis2';
import { currentNis2Rules } from '$lib/engine';

const size = currentNis2Rules.size;
const M = 1_000_000;

function sizeProfile(changes: Partial<Nis2SizeProfile> = {}): Nis2SizeProfile {
	return { staff: 10, turnoverEur: M, balanceSheetEur: M, linked: [], partners: [], itIndependent: 'no', ...changes };
}

describe('sizeClassOf', () => {
	it.each<[string, number, number, number, SizeClass]>([
		// staff >= 50 alone is enough for medium; >= 250 for large.
		['49 staff, small money -> small', 49, M, M, 'small'],
		['49.5 staff (annual work units) -> small', 49.5, M, M, 'small'],
		['50 staff -> medium (staff is "at least")', 50, M, M, 'medium'],
		['249 staff -> medium', 249, M, M, 'medium'],
		['250 staff -> large', 250, M, M, 'large'],
		// Euro figures must be over the thresholds, and both of them.
		['exactly 10m / 10m -> small ("over", not "at least")', 10, 10 * M, 10 * M, 'small'],
		['10,000,001 / 10,000,001 -> medium', 10, 10 * M + 1, 10 * M + 1, 'medium'],
		['10,000,001 turnover but exactly 10m balance -> small', 10, 10 * M + 1, 10 * M, 'small'],
		['60m turnover, 5m balance -> small (AND, not OR)', 10, 60 * M, 5 * M, 'small'],
		['5m turnover, 60m balance -> small (AND, not OR)', 10, 5 * M, 60 * M, 'small'],
		['exactly 50m / 43m -> medium, not large', 10, 50 * M, 43 * M, 'medium'],
		['50,000,001 / 43,000,001 -> large', 10, 50 * M + 1, 43 * M + 1, 'large'],
		['60m turnover, 20m balance -> medium (large pair fails, medium pair passes)', 10, 60 * M, 20 * M, 'medium']
	])('%s', (_name, staff, turnoverEur, balanceSheetEur, expected) => {
		expect(sizeClassOf(size, { staff, turnoverEur, balanceSheetEur })).toBe(expected);
	});

	it('follows the comparison semantics in the data, not hard-coded ones', () => {
		const orRules: Nis2SizeRules = { ...size, comparison: { staff: 'over', euros: 'atLeast', financialPair: 'or' } };
		expect(sizeClassOf(orRules, { staff: 50, turnoverEur: 0, balanceSheetEur: 0 })).toBe('small');
		expect(sizeClassOf(orRules, { staff: 0, turnoverEur: 10 * M, balanceSheetEur: 0 })).toBe('medium');
		const higher: Nis2SizeRules = { ...size, thresholds: { ...size.thresholds, staffMedium: 100 } };
		expect(sizeClassOf(higher, { staff: 60, turnoverEur: 0, balanceSheetEur: 0 })).toBe('small');
	});
});

describe('linked and partner enterprises', () => {
	it('adds linked enterprises in full and partners pro rata by share', () => {
		const others = otherEnterprises(
			size,
			sizeProfile({
				linked: [{ staff: 40, turnoverEur: 2 * M, balanceSheetEur: 1 * M }],
				partners: [
					{ sharePercent: 30, staff: 100, turnoverEur: 10 * M, balanceSheetEur: 5 * M },
					{ sharePercent: 25, staff: 20, turnoverEur: 0, balanceSheetEur: 0 }
				]
			})
		);
		// 40 + 30 + 5 = 75; 2m + 3m = 5m; 1m + 1.5m = 2.5m
		expect(others).toEqual({ staff: 75, turnoverEur: 5 * M, balanceSheetEur: 2.5 * M });
	});

	it('ignores holdings below the partner threshold (25 %)', () => {
		const others = otherEnterprises(size, sizeProfile({ partners: [{ sharePercent: 24.9, staff: 1000, turnoverEur: M, balanceSheetEur: M }] }));
		expect(others).toEqual({ staff: 0, turnoverEur: 0, balanceSheetEur: 0 });
	});

	it('counts others only when the IT is not independent (§28(4))', () => {
		const linked = [{ staff: 40, turnoverEur: 0, balanceSheetEur: 0 }];
		expect(aggregationBranches(size, sizeProfile({ linked, itIndependent: 'no' }))).toEqual([true]);
		expect(aggregationBranches(size, sizeProfile({ linked, itIndependent: 'yes' }))).toEqual([false]);
		expect(aggregationBranches(size, sizeProfile({ linked, itIndependent: 'unknown' }))).toEqual([true, false]);
		// Nothing to add: the answer cannot matter, one branch.
		expect(aggregationBranches(size, sizeProfile({ itIndependent: 'unknown' }))).toEqual([false]);
	});

	it('20 staff + linked 40 -> medium; with independent IT -> small', () => {
		const linked = [{ staff: 40, turnoverEur: 0, balanceSheetEur: 0 }];
		expect(possibleSizeClasses(size, sizeProfile({ staff: 20, linked }))).toEqual(['medium']);
		expect(possibleSizeClasses(size, sizeProfile({ staff: 20, linked, itIndependent: 'yes' }))).toEqual(['small']);
		expect(possibleSizeClasses(size, sizeProfile({ staff: 20, linked, itIndependent: 'unknown' }))).toEqual(['medium', 'small']);
	});
});

describe('unknown own figures', () => {
	it('unknown staff can be any class', () => {
		expect(possibleSizeClasses(size, sizeProfile({ staff: null }))).toEqual(['large', 'medium', 'small']);
	});

	it('unknown staff with 300 linked staff can only be large', () => {
		expect(possibleSizeClasses(size, sizeProfile({ staff: null, linked: [{ staff: 300, turnoverEur: 0, balanceSheetEur: 0 }] }))).toEqual(['large']);
	});

	it('unknown turnover with a small balance sheet stays small (the pair needs both)', () => {
		expect(possibleSizeClasses(size, sizeProfile({ turnoverEur: null, balanceSheetEur: 5 * M }))).toEqual(['small']);
	});

	it('unknown turnover with a 20m balance sheet can be small or medium, not large', () => {
		expect(possibleSizeClasses(size, sizeProfile({ turnoverEur: null, balanceSheetEur: 20 * M }))).toEqual(['medium', 'small']);
	});

	it('branches over a few candidates, not over numbers', () => {
		const space = sizeSpace(size, sizeProfile({ staff: null, turnoverEur: null, balanceSheetEur: null, linked: [{ staff: 3, turnoverEur: M, balanceSheetEur: M }], itIndependent: 'unknown' }));
		for (const d of ['staff', 'turnoverEur', 'balanceSheetEur'] as const) expect(space.candidates[d].length).toBeLessThanOrEqual(5);
		expect(space.branches).toEqual([true, false]);
	});

	it('reaches a threshold exactly despite fractional other figures (floating point)', () => {
		// others 20.3 staff: own 29.7 must be found so that 20.3 + own reaches 50 -> medium.
		const classes = possibleSizeClasses(size, sizeProfile({ staff: null, turnoverEur: 0, balanceSheetEur: 0, partners: [{ sharePercent: 29, staff: 70, turnoverEur: 0, balanceSheetEur: 0 }] }));
		expect(classes).toEqual(['large', 'medium', 'small']);
	});
});

describe('near a threshold (two-consecutive-years note)', () => {
	it.each<[string, Partial<Nis2SizeProfile>, boolean]>([
		['48 staff is within 10 % of 50', { staff: 48 }, true],
		['240 staff is within 10 % of 250', { staff: 240 }, true],
		['20 staff is not', { staff: 20 }, false],
		['10.5m turnover is within 10 % of 10m', { turnoverEur: 10.5 * M }, true],
		['unknown figures are not near anything', { staff: null, turnoverEur: null, balanceSheetEur: null }, false],
		['20 + linked 27 = 47 staff is near 50', { staff: 20, linked: [{ staff: 27, turnoverEur: 0, balanceSheetEur: 0 }] }, true]
	])('%s', (_name, changes, near) => {
		expect(nearSizeThreshold(size, sizeProfile(changes))).toBe(near);
	});
});
