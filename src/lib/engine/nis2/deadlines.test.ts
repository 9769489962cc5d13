// The NIS-2 deadlines (§§ 32, 33 BSIG with §§ 187(1), 188(2),(3) BGB), worked out by hand.
// Berlin is UTC+1 (CET) in winter and UTC+2 (CEST) in summer; in 2026 summer time runs from
// 29 March 02:00 CET (01:00Z) to 25 October 03:00 CEST (01:00Z). "The end of day D" is the
// midnight in Berlin that follows D, as a UTC instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentNis2Rules, incidentDeadlines as fromEngine, registrationDue as registrationFromEngine } from '$lib/engine';
import { DeadlineInputError, type DeadlineField, type DeadlineProblem } from '../errors';
import { incidentDeadlines, NIS2_DEADLINE_PERIODS, registrationDue } from './deadlines';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('incidentDeadlines', () => {
	it('an ordinary case: hours from awareness, the final report one month after the notification', () => {
		// Aware Tuesday 12 May 2026, 08:15 CEST = 06:15Z.
		// Early warning +24 h: 13 May 06:15Z; notification +72 h: 15 May 06:15Z.
		// Notified 14 May 16:00 CEST → the day 14 May is not counted (§ 187(1) BGB); the month
		// ends when 14 June is over (§ 188(2) BGB) = 15 June 00:00 CEST = 14 June 22:00Z.
		expect(incidentDeadlines({ awareAt: '2026-05-12T08:15:00+02:00', notifiedAt: '2026-05-14T16:00:00+02:00' })).toEqual({
			earlyWarningDue: '2026-05-13T06:15:00.000Z',
			notificationDue: '2026-05-15T06:15:00.000Z',
			finalReportDue: '2026-06-14T22:00:00.000Z'
		});
	});

	it('not yet notified: the final report counts from notificationDue', () => {
		// Same awareness; notificationDue 15 May 06:15Z = 08:15 CEST on 15 May → end of 15 June
		// = 16 June 00:00 CEST = 15 June 22:00Z.
		expect(incidentDeadlines({ awareAt: '2026-05-12T08:15:00+02:00' }).finalReportDue).toBe('2026-06-15T22:00:00.000Z');
		// Aware 28 Jan 2026 12:00 CET → notificationDue 31 Jan 11:00Z (12:00 CET) → no 31 February,
		// so the end of 28 February (§ 188(3) BGB) = 1 March 00:00 CET = 28 Feb 23:00Z.
		expect(incidentDeadlines({ awareAt: '2026-01-28T12:00:00+01:00' })).toEqual({
			earlyWarningDue: '2026-01-29T11:00:00.000Z',
			notificationDue: '2026-01-31T11:00:00.000Z',
			finalReportDue: '2026-02-28T23:00:00.000Z'
		});
	});

	it('24 hours are 24 real hours across the change to summer time', () => {
		// Aware Saturday 28 March 2026, 10:00 CET = 09:00Z. Summer time starts the next night.
		// +24 h = 29 March 09:00Z, which is 11:00 CEST: the clock shows one hour more.
		// +72 h = 31 March 09:00Z (11:00 CEST). Not notified: 31 March → April has no 31st →
		// end of 30 April = 1 May 00:00 CEST = 30 April 22:00Z.
		const d = incidentDeadlines({ awareAt: '2026-03-28T10:00:00+01:00' });
		expect(d).toEqual({
			earlyWarningDue: '2026-03-29T09:00:00.000Z',
			notificationDue: '2026-03-31T09:00:00.000Z',
			finalReportDue: '2026-04-30T22:00:00.000Z'
		});
		expect(berlinWallClock(d.earlyWarningDue)).toBe('2026-03-29 11:00:00');
	});

	it('24 hours are 24 real hours across the change back to winter time', () => {
		// Aware Saturday 24 October 2026, 12:00 CEST = 10:00Z; 25 October has 25 hours.
		// +24 h = 25 Oct 10:00Z = 11:00 CET: the clock shows one hour less.
		const d = incidentDeadlines({ awareAt: '2026-10-24T12:00:00+02:00' });
		expect(d.earlyWarningDue).toBe('2026-10-25T10:00:00.000Z');
		expect(berlinWallClock(d.earlyWarningDue)).toBe('2026-10-25 11:00:00');
	});

	it('notified on 31 January: the end of 28 February, or of 29 February in a leap year', () => {
		// 2026: 31 Jan + one month → no 31 Feb → end of 28 Feb = 1 Mar 00:00 CET = 28 Feb 23:00Z.
		expect(incidentDeadlines({ awareAt: '2026-01-30T09:00:00+01:00', notifiedAt: '2026-01-31T10:00:00+01:00' }).finalReportDue).toBe(
			'2026-02-28T23:00:00.000Z'
		);
		// 2028 is a leap year: end of 29 Feb = 1 Mar 00:00 CET = 29 Feb 23:00Z.
		expect(incidentDeadlines({ awareAt: '2028-01-30T09:00:00+01:00', notifiedAt: '2028-01-31T10:00:00+01:00' }).finalReportDue).toBe(
			'2028-02-29T23:00:00.000Z'
		);
	});

	it('takes the Berlin calendar day of the notification, not the UTC day', () => {
		// 30 Jan 23:30Z is 31 Jan 00:30 CET → notified on 31 January → end of 28 February.
		expect(incidentDeadlines({ awareAt: '2026-01-30T20:00:00Z', notifiedAt: '2026-01-30T23:30:00Z' }).finalReportDue).toBe(
			'2026-02-28T23:00:00.000Z'
		);
		// In summer the day changes at 22:00Z: 29 Apr 22:30Z is 30 Apr 00:30 CEST → end of
		// 30 May = 30 May 22:00Z; one hour earlier, 21:30Z, is still 29 April → end of 29 May.
		expect(incidentDeadlines({ awareAt: '2026-04-29T20:00:00Z', notifiedAt: '2026-04-29T22:30:00Z' }).finalReportDue).toBe(
			'2026-05-30T22:00:00.000Z'
		);
		expect(incidentDeadlines({ awareAt: '2026-04-29T20:00:00Z', notifiedAt: '2026-04-29T21:30:00Z' }).finalReportDue).toBe(
			'2026-05-29T22:00:00.000Z'
		);
	});

	it('ends a day at the right midnight when the offset changes within the month', () => {
		// Notified 28 Feb 2026 → end of 28 March = 29 March 00:00, still CET (the change is at
		// 02:00) = 28 March 23:00Z.
		expect(incidentDeadlines({ awareAt: '2026-02-27T12:00:00Z', notifiedAt: '2026-02-28T12:00:00Z' }).finalReportDue).toBe('2026-03-28T23:00:00.000Z');
		// Notified 29 March (the changing day) → end of 29 April = 30 April 00:00 CEST = 29 April 22:00Z.
		expect(incidentDeadlines({ awareAt: '2026-03-29T08:00:00Z', notifiedAt: '2026-03-29T08:00:00Z' }).finalReportDue).toBe('2026-04-29T22:00:00.000Z');
		// Notified 25 September → end of 25 October (25 hours long) = 26 Oct 00:00 CET = 25 Oct 23:00Z.
		expect(incidentDeadlines({ awareAt: '2026-09-25T08:00:00Z', notifiedAt: '2026-09-25T08:00:00Z' }).finalReportDue).toBe('2026-10-25T23:00:00.000Z');
	});

	it('reads any offset and fractions of a second, and answers in UTC', () => {
		// 14:30 at +05:30 = 09:00Z = 10:00 CET on 28 March: the same instant as the DST case.
		expect(incidentDeadlines({ awareAt: '2026-03-28T14:30+05:30' }).earlyWarningDue).toBe('2026-03-29T09:00:00.000Z');
		expect(incidentDeadlines({ awareAt: '2026-03-28T04:00:00.1234-05:00' }).earlyWarningDue).toBe('2026-03-29T09:00:00.123Z');
	});

	it('accepts a notification at the moment of awareness, and awareness at now', () => {
		const at = '2026-05-12T08:15:00+02:00';
		expect(incidentDeadlines({ awareAt: at, notifiedAt: at, now: at }).finalReportDue).toBe('2026-06-12T22:00:00.000Z');
	});

	it('is exported by the engine', () => {
		expect(fromEngine).toBe(incidentDeadlines);
		expect(registrationFromEngine).toBe(registrationDue);
	});
});

describe('registrationDue', () => {
	it.each([
		// The law in force on 6 Dec 2025: the day is not counted, the period ends with 6 March.
		['2025-12-06', '2026-03-06'],
		// 30 Nov + three months → no 30 Feb → the last day of February (§ 188(3) BGB).
		['2025-11-30', '2026-02-28'],
		// ... and 29 February in a leap year.
		['2027-11-30', '2028-02-29'],
		// 31 Aug → no 31 Nov → 30 Nov.
		['2026-08-31', '2026-11-30'],
		// Across the turn of the year.
		['2026-10-15', '2027-01-15'],
		['2026-12-31', '2027-03-31']
	])('%s → %s', (from, due) => {
		expect(registrationDue(from)).toBe(due);
	});
});

describe('bad input gives a DeadlineInputError the UI can word', () => {
	function refusal(run: () => unknown): { field: DeadlineField; problem: DeadlineProblem } {
		try {
			run();
		} catch (e) {
			expect(e).toBeInstanceOf(DeadlineInputError);
			const { field, problem } = e as DeadlineInputError;
			return { field, problem };
		}
		throw new Error('expected a DeadlineInputError');
	}

	it('a notification before the awareness', () => {
		expect(refusal(() => incidentDeadlines({ awareAt: '2026-05-12T08:15:00+02:00', notifiedAt: '2026-05-12T06:14:59Z' }))).toEqual({
			field: 'notifiedAt',
			problem: 'before-awareness'
		});
	});

	it.each(['', 'yesterday', '2026-03-28', '2026-03-28T10:00', '2026-03-28T10:00:00', '2026-3-28T10:00Z', '2026-03-28 10:00Z', '28.03.2026 10:00', '2026-03-28T10Z', '2026-03-28T10:00+0100'])(
		'awareAt %j is malformed',
		(awareAt) => {
			expect(refusal(() => incidentDeadlines({ awareAt }))).toEqual({ field: 'awareAt', problem: 'malformed' });
		}
	);

	it('a value that is no string at all is malformed', () => {
		expect(refusal(() => incidentDeadlines({ awareAt: 1774688400000 as unknown as string }))).toEqual({ field: 'awareAt', problem: 'malformed' });
		expect(refusal(() => registrationDue(undefined as unknown as string))).toEqual({ field: 'becameEntityOn', problem: 'malformed' });
	});

	it.each(['2026-02-30T10:00:00Z', '2026-02-29T10:00:00Z', '2026-04-31T10:00:00Z', '2026-13-01T10:00:00Z', '2026-00-10T10:00:00Z', '2026-03-28T24:00:00Z', '2026-03-28T10:60:00Z', '2026-03-28T10:00:60Z', '2026-03-28T10:00:00+24:00', '1899-12-31T10:00:00Z'])(
		'notifiedAt %j is impossible',
		(notifiedAt) => {
			expect(refusal(() => incidentDeadlines({ awareAt: '1900-01-01T00:00:00Z', notifiedAt }))).toEqual({ field: 'notifiedAt', problem: 'impossible' });
		}
	);

	it.each([
		['2026-02-30', 'impossible'],
		['2025-02-29', 'impossible'],
		['2026-11-31', 'impossible'],
		['06.12.2025', 'malformed'],
		['2025-12-6', 'malformed'],
		['2025-12-06T00:00:00Z', 'malformed']
	])('registration from %j is %s', (from, problem) => {
		expect(refusal(() => registrationDue(from))).toEqual({ field: 'becameEntityOn', problem });
	});

	it('awareness or notification later than now, when now is given', () => {
		const now = '2026-05-12T10:00:00Z';
		expect(refusal(() => incidentDeadlines({ awareAt: '2026-05-12T10:00:01Z', now }))).toEqual({ field: 'awareAt', problem: 'in-future' });
		expect(refusal(() => incidentDeadlines({ awareAt: '2026-05-12T09:00:00Z', notifiedAt: '2026-05-12T12:00:01+02:00', now }))).toEqual({
			field: 'notifiedAt',
			problem: 'in-future'
		});
		expect(refusal(() => incidentDeadlines({ awareAt: '2026-05-12T09:00:00Z', now: 'now' }))).toEqual({ field: 'now', problem: 'malformed' });
		// Without now, the engine does not know the time and accepts a future awareness.
		expect(() => incidentDeadlines({ awareAt: '2035-01-01T00:00:00Z' })).not.toThrow();
	});

	it('names the field and value in its message for developers', () => {
		expect(() => registrationDue('2026-02-30')).toThrow(/becameEntityOn "2026-02-30": 2026-02 has no day 30/);
	});
});

describe('the periods in code are the ones in the rules file', () => {
	it('PT24H, PT72H, P1M and P3M, matched by deadline id', () => {
		const periods = new Map(currentNis2Rules.duties.flatMap((d) => (d.deadlines ?? []).map((dl) => [dl.id, dl.period] as const)));
		expect({
			earlyWarning: periods.get('early-warning'),
			notification: periods.get('notification'),
			finalReport: periods.get('final-report'),
			registration: periods.get('registration')
		}).toEqual(NIS2_DEADLINE_PERIODS);
	});
});

describe('properties, for any instant in 2020–2035', () => {
	const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2036, 0, 1) - 1 });
	/** the same instant written with a random offset, to exercise the parser too */
	const written = fc.tuple(instant, fc.integer({ min: -12 * 60, max: 14 * 60 })).map(([t, offsetMin]) => ({ t, iso: withOffset(t, offsetMin) }));
	const delay = fc.option(fc.integer({ min: 0, max: 60 * DAY }), { nil: undefined });

	it('early warning exactly 24 h and notification exactly 72 h after awareness', () => {
		fc.assert(
			fc.property(written, ({ t, iso }) => {
				const d = incidentDeadlines({ awareAt: iso });
				expect(Date.parse(d.earlyWarningDue) - t).toBe(24 * HOUR);
				expect(Date.parse(d.notificationDue) - t).toBe(72 * HOUR);
			})
		);
	});

	it('the final report is due at a Berlin midnight, after notificationDue, 28 to 32 days after it counts from', () => {
		fc.assert(
			fc.property(written, delay, ({ t, iso }, wait) => {
				const notifiedAt = wait === undefined ? undefined : new Date(t + wait).toISOString();
				const d = incidentDeadlines({ awareAt: iso, notifiedAt });
				const due = Date.parse(d.finalReportDue);
				expect(berlinWallClock(d.finalReportDue).slice(11)).toBe('00:00:00');
				expect(due).toBeGreaterThan(Date.parse(d.notificationDue));
				const from = notifiedAt === undefined ? Date.parse(d.notificationDue) : Date.parse(notifiedAt);
				expect(due - from).toBeGreaterThanOrEqual(28 * DAY);
				expect(due - from).toBeLessThanOrEqual(32 * DAY + HOUR);
				// The day before the due midnight has the number of the day counted from, or is
				// the last day of a shorter month.
				const fromDay = Number(berlinWallClock(new Date(from).toISOString()).slice(8, 10));
				const lastDay = new Date(due - HOUR * 3);
				const lastDayNumber = Number(berlinWallClock(lastDay.toISOString()).slice(8, 10));
				const nextDayNumber = Number(berlinWallClock(d.finalReportDue).slice(8, 10));
				expect(lastDayNumber === fromDay || (lastDayNumber < fromDay && nextDayNumber === 1)).toBe(true);
			})
		);
	});

	it('registration is due after the start day and at most 92 days later, on the same day number or the month’s last day', () => {
		fc.assert(
			fc.property(instant, (t) => {
				const from = new Date(t).toISOString().slice(0, 10);
				const due = registrationDue(from);
				const days = (Date.parse(due) - Date.parse(from)) / DAY;
				expect(days).toBeGreaterThan(0);
				expect(days).toBeLessThanOrEqual(92);
				const [fromDay, dueDay] = [Number(from.slice(8)), Number(due.slice(8))];
				const dueIsLastOfMonth = new Date(Date.parse(due) + DAY).getUTCDate() === 1;
				expect(dueDay === fromDay || (dueDay < fromDay && dueIsLastOfMonth)).toBe(true);
			})
		);
	});
});

/** The wall-clock time in Berlin, "YYYY-MM-DD hh:mm:ss", by Intl independently of the engine. */
function berlinWallClock(iso: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Berlin',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(new Date(iso));
	const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** An instant as ISO 8601 with the given offset in minutes, e.g. 2026-03-28T14:30:00.000+05:30. */
function withOffset(t: number, offsetMin: number): string {
	const local = new Date(t + offsetMin * 60_000).toISOString().slice(0, -1);
	const sign = offsetMin < 0 ? '-' : '+';
	const abs = Math.abs(offsetMin);
	return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
