// Days of the readiness workspace, pure: where the registration stands (§ 33 Abs. 1 BSIG) and
// when the management's next training is due (§ 38 Abs. 3 BSIG).
//
// § 38 Abs. 3 BSIG asks the management of essential and important entities to attend training
// "regelmäßig" (regularly) and names no interval. The BSI's "Handreichung zur
// NIS-2-Geschäftsleitungsschulung" (30 September 2025) recommends at least every three years
// (summarised e.g. at advisori.de/blog/nis-2-compliance-drei-strategische-kompetenzen-…), so the
// app plans the next one three years after the last. A last training on 29 February moves to
// 28 February three years on (that year has no 29th): the earlier day is always in time.
import { registrationDue } from './deadlines';

export const TRAINING_INTERVAL_YEARS = 3;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(value: string): [number, number, number] {
	const m = DAY.exec(value);
	const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
	if (!m || y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError(`not a calendar day YYYY-MM-DD: ${JSON.stringify(value)}`);
	return [y, mo, d];
}

function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** The day the next management training is due: the same day three years later (29 Feb → 28 Feb). Throws a RangeError for a day that does not exist. */
export function nextTrainingDue(lastTrainingOn: string): string {
	const [y, m, d] = parts(lastTrainingOn);
	const year = y + TRAINING_INTERVAL_YEARS;
	return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, daysInMonth(year, m)))}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	const ms = ([y, m, d]: [number, number, number]) => {
		const date = new Date(0);
		date.setUTCFullYear(y, m - 1, d);
		return date.getTime();
	};
	return Math.round((ms(parts(to)) - ms(parts(from))) / 86_400_000);
}

export type RegistrationStatus =
	| { kind: 'registered'; on: string }
	| { kind: 'due'; due: string; daysLeft: number }
	| { kind: 'overdue'; due: string; daysOver: number };

/**
 * Where the registration stands on `today` (YYYY-MM-DD): registered on a day, due in some days
 * (0 = today is the last day), or overdue since the day after the last one.
 */
export function registrationStatus(input: { inScopeSince: string; registeredOn?: string; today: string }): RegistrationStatus {
	if (input.registeredOn) return { kind: 'registered', on: input.registeredOn };
	const due = registrationDue(input.inScopeSince);
	const left = daysBetween(input.today, due);
	return left >= 0 ? { kind: 'due', due, daysLeft: left } : { kind: 'overdue', due, daysOver: -left };
}
