// Worked out by hand with a calendar.
import { describe, expect, it } from 'vitest';
import { DeadlineInputError } from '../errors';
import { daysBetween, nextTrainingDue, registrationStatus } from './readiness-dates';

describe('nextTrainingDue', () => {
	it('is the same day three years later', () => {
		expect(nextTrainingDue('2026-03-15')).toBe('2029-03-15');
		expect(nextTrainingDue('2025-12-31')).toBe('2028-12-31');
		expect(nextTrainingDue('2026-01-01')).toBe('2029-01-01');
	});

	it('29 February moves to 28 February (three years on is no leap year)', () => {
		expect(nextTrainingDue('2024-02-29')).toBe('2027-02-28');
		expect(nextTrainingDue('2028-02-29')).toBe('2031-02-28');
	});

	it('28 February stays 28 February, also into a leap year', () => {
		// 2025 + 3 = 2028, a leap year: the 28th is still the same day, not the 29th.
		expect(nextTrainingDue('2025-02-28')).toBe('2028-02-28');
	});

	it('refuses days that do not exist', () => {
		for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '26-01-01', '', '2026-1-5']) {
			expect(() => nextTrainingDue(bad), bad).toThrow(RangeError);
		}
	});
});

describe('daysBetween', () => {
	it('counts calendar days, across a leap day and a year end', () => {
		expect(daysBetween('2026-03-06', '2026-03-06')).toBe(0);
		expect(daysBetween('2026-03-05', '2026-03-06')).toBe(1);
		// 28 Feb 2028 → 1 Mar 2028 passes 29 Feb: 2 days.
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		// 6 Mar 2026 → 2 Dec 2026: 25 (rest of March) + 30+31+30+31+31+30+31+30 (Apr–Nov) + 2 = 271.
		expect(daysBetween('2026-03-06', '2026-12-02')).toBe(271);
		expect(daysBetween('2026-12-02', '2026-03-06')).toBe(-271);
	});
});

describe('registrationStatus', () => {
	it('the law’s first day: due on 6 March 2026, overdue from the 7th', () => {
		expect(registrationStatus({ inScopeSince: '2025-12-06', today: '2026-03-01' })).toEqual({ kind: 'due', due: '2026-03-06', daysLeft: 5 });
		expect(registrationStatus({ inScopeSince: '2025-12-06', today: '2026-03-06' })).toEqual({ kind: 'due', due: '2026-03-06', daysLeft: 0 });
		expect(registrationStatus({ inScopeSince: '2025-12-06', today: '2026-03-07' })).toEqual({ kind: 'overdue', due: '2026-03-06', daysOver: 1 });
		expect(registrationStatus({ inScopeSince: '2025-12-06', today: '2026-12-02' })).toEqual({ kind: 'overdue', due: '2026-03-06', daysOver: 271 });
	});

	it('counts from a later day the company fell in scope (30 Nov → end of February)', () => {
		expect(registrationStatus({ inScopeSince: '2026-11-30', today: '2026-12-02' })).toEqual({ kind: 'due', due: '2027-02-28', daysLeft: 88 });
	});

	it('once registered, shows the day of registration', () => {
		expect(registrationStatus({ inScopeSince: '2025-12-06', registeredOn: '2026-02-10', today: '2026-12-02' })).toEqual({ kind: 'registered', on: '2026-02-10' });
	});

	it('refuses a day in scope that does not exist', () => {
		expect(() => registrationStatus({ inScopeSince: '2026-02-30', today: '2026-12-02' })).toThrow(DeadlineInputError);
	});
});
