// Dates as the records hold them: days as YYYY-MM-DD, moments as ISO 8601 in UTC. A pattern
// lets "2026-02-30" and "2026-99-99" through, and Date.parse rolls 30 February over into March,
// so a date counts only when it names a real day of the calendar.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

function realDay(year: number, month: number, day: number): boolean {
	if (year < 1 || month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real day of the calendar, as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
	const m = DAY.exec(value);
	return !!m && realDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A real moment, as an ISO 8601 timestamp in UTC. */
export function isTimestamp(value: string): boolean {
	const m = MOMENT.exec(value);
	return !!m && realDay(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 60;
}

/** Today's date on this device as YYYY-MM-DD, in local time – the form <input type="date"> uses. */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
