import { describe, expect, it } from 'vitest';
import { banked, clockText, durationText, elapsedAt } from './interview-clock';
import { stopClockAt } from './changes';
import { ELAPSED_MS_MAX } from './limits';
import type { Assessment } from './assessment';

const at = (iso: string) => Date.parse(iso);

describe('the interview clock', () => {
	it('adds the running stretch to the time so far, and nothing while stopped', () => {
		// 90 s so far, running since 10:00:00; at 10:00:25 that is 90 + 25 = 115 s.
		expect(elapsedAt({ elapsedMs: 90_000, runningSince: '2026-03-02T10:00:00.000Z' }, at('2026-03-02T10:00:25.000Z'))).toBe(115_000);
		expect(elapsedAt({ elapsedMs: 90_000, runningSince: null }, at('2026-03-02T10:00:25.000Z'))).toBe(90_000);
	});

	it('banks the stretch and stops: later time does not count', () => {
		const stopped = banked({ elapsedMs: 60_000, runningSince: '2026-03-02T10:00:00.000Z' }, at('2026-03-02T10:02:00.000Z'));
		// 60 s + 120 s running = 180 s; stopped, an hour later it is still 180 s.
		expect(stopped).toEqual({ elapsedMs: 180_000, runningSince: null });
		expect(elapsedAt(stopped, at('2026-03-02T11:02:00.000Z'))).toBe(180_000);
	});

	it('never counts backwards, never beyond its limit, and ignores a start that is no time', () => {
		expect(banked({ elapsedMs: 5_000, runningSince: '2026-03-02T10:00:00.000Z' }, at('2026-03-02T09:00:00.000Z'))).toEqual({ elapsedMs: 5_000, runningSince: null });
		expect(elapsedAt({ elapsedMs: ELAPSED_MS_MAX - 1, runningSince: '2026-03-02T10:00:00.000Z' }, at('2026-03-03T10:00:00.000Z'))).toBe(ELAPSED_MS_MAX);
		expect(elapsedAt({ elapsedMs: 7_000, runningSince: 'gestern' }, at('2026-03-03T10:00:00.000Z'))).toBe(7_000);
	});

	it('a stretch left running by a closed tab ends at the last save', () => {
		// Started 10:00:00 with 10 s so far, last saved 10:05:00, the tab closed at some point after.
		const check = { consultation: { elapsedMs: 10_000, runningSince: '2026-03-02T10:00:00.000Z' }, updatedAt: '2026-03-02T10:05:00.000Z' } as Assessment;
		stopClockAt(check.updatedAt).apply(check);
		expect(check.consultation).toEqual({ elapsedMs: 310_000, runningSince: null });
		// Stopping again changes nothing.
		stopClockAt('2026-03-02T12:00:00.000Z').apply(check);
		expect(check.consultation!.elapsedMs).toBe(310_000);
	});

	it('shows h:mm:ss', () => {
		expect(clockText(0)).toBe('0:00:00');
		expect(clockText(3_723_999)).toBe('1:02:03');
	});
});

describe('the duration in the report', () => {
	it('is h:mm in whole minutes', () => {
		expect(durationText(85 * 60_000)).toBe('1:25');
		// 1 h 25 min 59 s is still 1:25; 9 min is 0:09; 10 h 5 min is 10:05.
		expect(durationText(85 * 60_000 + 59_000)).toBe('1:25');
		expect(durationText(9 * 60_000)).toBe('0:09');
		expect(durationText(605 * 60_000)).toBe('10:05');
		expect(durationText(0)).toBe('0:00');
	});
});
