// The incident card's typed times and what refuses them (to the minute, as the field has no seconds).
import { describe, expect, it } from 'vitest';
import { awareProblem, earliestSent, fromLocalInput, sentProblem, toLocalInput } from './incident-times';

describe('datetime-local values', () => {
	it('go to UTC and back in the device zone', () => {
		for (const value of ['2026-05-12T08:15', '2026-12-31T23:59', '2026-01-01T00:00']) expect(toLocalInput(fromLocalInput(value)!)).toBe(value);
		expect(fromLocalInput('2026-05-12T08:15')).toBe(new Date(2026, 4, 12, 8, 15).toISOString());
	});

	it('refuse incomplete or impossible dates', () => {
		expect(fromLocalInput('')).toBeNull();
		expect(fromLocalInput('2026-05-12')).toBeNull();
		expect(fromLocalInput('2026-02-31T10:00')).toBeNull();
		expect(toLocalInput('kaputt')).toBe('');
	});
});

describe('awareProblem', () => {
	const context = { now: '2026-05-12T10:00:30.000Z', checkCreatedAt: '2026-05-01T09:00:45.000Z', sent: {} };
	it('accepts the current minute and the check’s own minute', () => {
		expect(awareProblem('2026-05-12T10:00:00.000Z', context)).toBeNull();
		expect(awareProblem('2026-05-01T09:00:00.000Z', context)).toBeNull();
	});
	it('refuses the future and times before the check existed', () => {
		expect(awareProblem('2026-05-12T10:01:00.000Z', context)).toBe('future');
		expect(awareProblem('2026-05-01T08:59:00.000Z', context)).toBe('before_check');
	});
	it('refuses a time after a report already sent', () => {
		const sent = { early_warning: '2026-05-10T12:00:20.000Z', notification: '2026-05-11T08:00:00.000Z' };
		expect(awareProblem('2026-05-10T12:01:00.000Z', { ...context, sent })).toBe('after_sent');
		expect(awareProblem('2026-05-10T12:00:00.000Z', { ...context, sent })).toBeNull();
		expect(earliestSent(sent)).toBe('2026-05-10T12:00:20.000Z');
	});
});

describe('sentProblem', () => {
	const context = { now: '2026-05-12T10:00:30.000Z', awareAt: '2026-05-12T08:15:40.000Z' };
	it('refuses a time in the future or before the awareness; the awareness minute itself is fine', () => {
		expect(sentProblem('2026-05-12T10:01:00.000Z', context)).toBe('future');
		expect(sentProblem('2026-05-12T08:14:00.000Z', context)).toBe('before_aware');
		expect(sentProblem('2026-05-12T08:15:00.000Z', context)).toBeNull();
	});
});
