// The NIS-2 deadlines as points in time: when the reports on a significant incident are due
// (§ 32 BSIG) and by when an entity must have registered (§ 33 BSIG).
//
// The law, in our words:
// - § 32 Abs. 1 Nr. 1 BSIG: an early warning without undue delay, at the latest 24 hours after
//   the entity became aware of the significant incident;
// - § 32 Abs. 1 Nr. 2 BSIG: the incident notification, at the latest 72 hours after becoming aware;
// - § 32 Abs. 1 Nr. 4 BSIG: the final report at the latest one month after the notification
//   (Nr. 2) was sent; if the incident is still going on then, § 32 Abs. 2 asks for a progress
//   report at that time instead and the final report once the incident is dealt with (the date
//   is the same, only the report differs, so one date serves both);
// - § 33 Abs. 1 BSIG: register at the latest three months after first (or again) counting as an
//   essential or important entity.
//
// Counting:
// - Hours are exact hours: 24 h are 24 real hours, also across a change to or from summer time
//   (the wall-clock time on the next day then differs by one hour).
// - Months follow §§ 187(1), 188(2),(3) BGB (§ 31 Abs. 1 VwVfG refers public-law periods to them): the day
//   of the event (the notification, becoming an entity) is not counted, and the period ends when
//   the day with the same number in the last month is over; if that month has no such day
//   (31 January + one month), it ends when that month's last day is over.
// - The day an instant falls on is its calendar day in Europe/Berlin: the authority is German
//   and the law counts German days, so 2026-01-30T23:30Z (00:30 on 31 January in Berlin) is a
//   notification on 31 January.
// - "When a day is over" is the following midnight in Berlin, returned as a UTC ISO string:
//   the end of 28 February 2026 (CET, UTC+1) is 2026-02-28T23:00:00.000Z. A report sent before
//   that instant is in time. Registration returns the last day itself (YYYY-MM-DD), as the
//   issue asks; it is over at midnight Berlin time at its end.
// - No extension for Saturdays, Sundays or holidays. § 193 BGB and § 31 Abs. 3 VwVfG can move an
//   end on such a day to the next working day, but we do not rely on them applying to these
//   duties: we show the earliest end, which is always safe, and the card says so.
//
// Instants are ISO 8601 strings with a date, a time and an explicit offset (Z or ±hh:mm), e.g.
// 2026-03-28T10:00:00+01:00. A time without an offset is refused: in the hour that repeats when
// summer time ends it would name two instants, and the device's zone need not be Berlin's. The
// UI converts the user's local input with `new Date(local).toISOString()` or states the offset.
//
// Berlin's offset comes from Intl.DateTimeFormat (time zone data in every current browser and in
// Node), so the engine needs no library and stays pure.

import { DeadlineInputError, type DeadlineField } from '../errors';

/**
 * The periods, in the ISO 8601 notation of the rules file (questions/nis2/…json, duties
 * D-INCIDENT-REPORTING and D-REGISTRATION); a test checks that both say the same.
 */
export const NIS2_DEADLINE_PERIODS = {
	earlyWarning: 'PT24H',
	notification: 'PT72H',
	finalReport: 'P1M',
	registration: 'P3M'
} as const;

export interface IncidentDeadlineInput {
	/** when the entity became aware of the significant incident */
	awareAt: string;
	/** when the incident notification (§ 32 Abs. 1 Nr. 2 BSIG) was sent, if it was */
	notifiedAt?: string;
	/** the current moment; when given, awareAt and notifiedAt must not be later */
	now?: string;
}

export interface IncidentDeadlines {
	/** awareAt + 24 hours, UTC ISO string */
	earlyWarningDue: string;
	/** awareAt + 72 hours, UTC ISO string */
	notificationDue: string;
	/**
	 * the end (midnight in Berlin, as a UTC ISO string) of the day one month after notifiedAt,
	 * or after notificationDue while no notification has been sent
	 */
	finalReportDue: string;
}

/** The latest moments for the reports on one significant incident (§ 32 BSIG). */
export function incidentDeadlines(input: IncidentDeadlineInput): IncidentDeadlines {
	const aware = parseInstant(input.awareAt, 'awareAt');
	const notified = input.notifiedAt === undefined ? undefined : parseInstant(input.notifiedAt, 'notifiedAt');
	if (notified !== undefined && notified < aware) {
		throw new DeadlineInputError('notifiedAt', 'before-awareness', input.notifiedAt, `is before awareAt ${input.awareAt}`);
	}
	if (input.now !== undefined) {
		const now = parseInstant(input.now, 'now');
		if (aware > now) throw new DeadlineInputError('awareAt', 'in-future', input.awareAt, `is later than now (${input.now})`);
		if (notified !== undefined && notified > now) {
			throw new DeadlineInputError('notifiedAt', 'in-future', input.notifiedAt, `is later than now (${input.now})`);
		}
	}
	const notificationDue = aware + hoursOf(NIS2_DEADLINE_PERIODS.notification) * HOUR;
	const from = berlinDay(notified ?? notificationDue);
	const last = addMonths(from, monthsOf(NIS2_DEADLINE_PERIODS.finalReport));
	return {
		earlyWarningDue: new Date(aware + hoursOf(NIS2_DEADLINE_PERIODS.earlyWarning) * HOUR).toISOString(),
		notificationDue: new Date(notificationDue).toISOString(),
		finalReportDue: new Date(endOfBerlinDay(last)).toISOString()
	};
}

/**
 * The last day (YYYY-MM-DD) of the three months for registering (§ 33 Abs. 1 BSIG), counted from
 * the day the company became an entity (YYYY-MM-DD, a Berlin calendar day): 2025-12-06 →
 * 2026-03-06, 2025-11-30 → 2026-02-28. The period is over at the end of that day, Berlin time.
 */
export function registrationDue(becameEntityOn: string): string {
	const last = addMonths(parseDate(becameEntityOn, 'becameEntityOn'), monthsOf(NIS2_DEADLINE_PERIODS.registration));
	return `${String(last.year).padStart(4, '0')}-${pad(last.month)}-${pad(last.day)}`;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic

const HOUR = 3_600_000;
/** Berlin has kept CET/CEST-style offsets since 1893; earlier years had local mean time. */
const MIN_YEAR = 1900;

interface Day {
	year: number;
	/** 1–12 */
	month: number;
	day: number;
}

function hoursOf(period: string): number {
	const m = /^PT(\d+)H$/.exec(period);
	if (!m) throw new Error(`not a period in hours: ${period}`);
	return Number(m[1]);
}

function monthsOf(period: string): number {
	const m = /^P(\d+)M$/.exec(period);
	if (!m) throw new Error(`not a period in months: ${period}`);
	return Number(m[1]);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Milliseconds since the epoch of a wall-clock time read as UTC; days past the month's end roll over. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
	// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
	const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second, ms));
	d.setUTCFullYear(year, month - 1, day);
	return d.getTime();
}

function daysInMonth(year: number, month: number): number {
	return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** The day with the same number `months` later, or that month's last day (§ 188(2),(3) BGB). */
function addMonths(from: Day, months: number): Day {
	const index = from.year * 12 + (from.month - 1) + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	return { year, month, day: Math.min(from.day, daysInMonth(year, month)) };
}

let berlinFormat: Intl.DateTimeFormat | undefined;

/** Berlin's offset from UTC in milliseconds at an instant, e.g. 3 600 000 in winter. */
function berlinOffset(instant: number): number {
	berlinFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
	const name = berlinFormat.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '';
	// "GMT+01:00", "GMT+02:00"; "GMT" alone for a zero offset.
	const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(name);
	if (!m) throw new Error(`cannot read the Europe/Berlin offset from ${JSON.stringify(name)}`);
	const [, sign, h = '0', min = '0', s = '0'] = m;
	return (sign === '-' ? -1 : 1) * ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}

/** The calendar day in Berlin on which an instant falls. */
function berlinDay(instant: number): Day {
	const wall = new Date(instant + berlinOffset(instant));
	return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The instant at which a Berlin calendar day is over: the following midnight, Berlin time. */
function endOfBerlinDay(d: Day): number {
	const wall = utcMs(d.year, d.month, d.day + 1);
	// First guess with the offset at that wall time read as UTC, then correct once with the
	// offset at the guess (they differ only near a change of offset; midnight is never skipped
	// or repeated in Berlin, whose changes happen at 02:00/03:00).
	const guess = wall - berlinOffset(wall);
	return wall - berlinOffset(guess);
}

// ---------------------------------------------------------------------------------------------
// Parsing

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDay(year: number, month: number, day: number, field: DeadlineField, value: string): void {
	if (year < MIN_YEAR) throw new DeadlineInputError(field, 'impossible', value, `year ${year} is before ${MIN_YEAR}`);
	if (month < 1 || month > 12) throw new DeadlineInputError(field, 'impossible', value, `there is no month ${month}`);
	if (day < 1 || day > daysInMonth(year, month)) {
		throw new DeadlineInputError(field, 'impossible', value, `${year}-${pad(month)} has no day ${day}`);
	}
}

/** An ISO 8601 instant with an explicit offset, as milliseconds since the epoch. */
function parseInstant(value: unknown, field: DeadlineField): number {
	const m = typeof value === 'string' ? INSTANT.exec(value) : null;
	if (!m || typeof value !== 'string') {
		throw new DeadlineInputError(field, 'malformed', value, 'expected an ISO 8601 date and time with Z or ±hh:mm, e.g. 2026-03-28T10:00:00+01:00');
	}
	const [, y, mo, d, h, mi, s = '0', frac = '', z, sign, oh = '0', om = '0'] = m;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	checkDay(year, month, day, field, value);
	if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
		throw new DeadlineInputError(field, 'impossible', value, `there is no time ${h}:${mi}:${pad(Number(s))}`);
	}
	if (z === undefined && (Number(oh) > 23 || Number(om) > 59)) {
		throw new DeadlineInputError(field, 'impossible', value, `there is no offset ${sign}${oh}:${om}`);
	}
	const ms = Number(frac.padEnd(3, '0').slice(0, 3));
	const offset = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
	return utcMs(year, month, day, Number(h), Number(mi), Number(s), ms) - offset;
}

/** A calendar day YYYY-MM-DD. */
function parseDate(value: unknown, field: DeadlineField): Day {
	const m = typeof value === 'string' ? DATE.exec(value) : null;
	if (!m || typeof value !== 'string') throw new DeadlineInputError(field, 'malformed', value, 'expected a date YYYY-MM-DD');
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	checkDay(year, month, day, field, value);
	return { year, month, day };
}
