// Calendar files (RFC 5545) with all-day events, e.g. the deadlines of an action plan, so that a
// company can import them into Outlook, Thunderbird or a phone calendar.

export interface CalendarEvent {
	/** stable per event, so that importing the file again updates the event instead of doubling it */
	uid: string;
	/** YYYY-MM-DD; the event lasts the whole day */
	date: string;
	summary: string;
	/** left out of the file when undefined or empty */
	description?: string;
}

export interface CalendarOptions {
	/** who made the file, e.g. '-//KMU Cyber-Check//DE' */
	prodId: string;
	/** the moment the file is written (DTSTAMP); passed in so that output is reproducible */
	now: Date;
	/** the name calendar programs show for the imported calendar */
	calendarName?: string;
}

const UID_DOMAIN = '@kmu-cyber-check';
const LINE_END = '\r\n';
// RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
const MAX_LINE_OCTETS = 75;

/**
 * The events as one VCALENDAR. Throws an Error for an invalid date (naming it), for a list
 * without events (RFC 5545 requires at least one component) and for two events with one UID
 * (calendar programs would keep only one of them).
 */
export function toICalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
	if (events.length === 0) throw new Error('A calendar file needs at least one event.');
	const stamp = utcStamp(options.now);
	const uids = uniqueUids(events);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${escapeText(options.prodId)}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...(options.calendarName === undefined ? [] : [`X-WR-CALNAME:${escapeText(options.calendarName)}`]),
		...events.flatMap((event, i) => eventLines(event, uids[i]!, stamp)),
		'END:VCALENDAR'
	];
	return lines.map((line) => foldLine(line) + LINE_END).join('');
}

function eventLines(event: CalendarEvent, uid: string, stamp: string): string[] {
	const start = parseDate(event.date);
	return [
		'BEGIN:VEVENT',
		`UID:${escapeText(uid)}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${dateValue(start)}`,
		// DTEND of an all-day event is exclusive: the day after.
		`DTEND;VALUE=DATE:${dateValue(nextDay(start, event.date))}`,
		`SUMMARY:${escapeText(event.summary)}`,
		...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
		'END:VEVENT'
	];
}

// A UID must be globally unique; the domain part keeps ours apart from other programs' UIDs.
function uniqueUids(events: readonly CalendarEvent[]): string[] {
	const uids = events.map((e) => (e.uid.includes('@') ? e.uid : e.uid + UID_DOMAIN));
	const duplicate = uids.find((uid, i) => uids.indexOf(uid) !== i);
	if (duplicate !== undefined) throw new Error(`Two calendar events share the UID "${duplicate}".`);
	return uids;
}

/**
 * TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped, every line break
 * (CRLF, LF or CR) becomes \n. Other control characters are not allowed in TEXT and are dropped.
 */
function escapeText(value: string): string {
	return value
		.replace(/\r\n|\r|\n/g, '\n')
		// eslint-disable-next-line no-control-regex -- removing control characters is the point
		.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
		.replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * Splits a content line into lines of at most 75 octets of UTF-8; each continuation starts with
 * one space (which counts towards its 75). Splits only between code points, so no multi-byte
 * character is torn apart.
 */
function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char);
		if (octets + size > MAX_LINE_OCTETS) {
			parts.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(LINE_END);
}

// Counted as TextEncoder encodes: a lone surrogate becomes U+FFFD, three octets.
function utf8Length(char: string): number {
	const code = char.codePointAt(0)!;
	if (code < 0x80) return 1;
	if (code < 0x800) return 2;
	if (code < 0x10000) return 3;
	return 4;
}

interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

function parseDate(date: string): CalendarDate {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const parsed = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
	// Round-tripping through Date catches 2026-02-30 and month 13, which Date would roll over.
	if (!parsed || parsed.year === 0 || !sameDate(utcDate(parsed.year, parsed.month, parsed.day), parsed)) {
		throw new Error(`Invalid calendar date "${date}": expected an existing day as YYYY-MM-DD from the year 0001 on.`);
	}
	return parsed;
}

function nextDay({ year, month, day }: CalendarDate, original: string): CalendarDate {
	const next = utcDate(year, month, day + 1);
	// 9999-12-31 has no next day that iCalendar could write with four digits.
	if (next.getUTCFullYear() > 9999) throw new Error(`Invalid calendar date "${original}": its next day lies after the year 9999.`);
	return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

// setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
function utcDate(year: number, month: number, day: number): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

function sameDate(date: Date, { year, month, day }: CalendarDate): boolean {
	return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

function dateValue({ year, month, day }: CalendarDate): string {
	return pad(year, 4) + pad(month, 2) + pad(day, 2);
}

function utcStamp(now: Date): string {
	const year = now.getUTCFullYear();
	if (!(year >= 1 && year <= 9999)) throw new Error('Invalid DTSTAMP: options.now is not a date between the years 1 and 9999.');
	const date = dateValue({ year, month: now.getUTCMonth() + 1, day: now.getUTCDate() });
	return `${date}T${pad(now.getUTCHours(), 2)}${pad(now.getUTCMinutes(), 2)}${pad(now.getUTCSeconds(), 2)}Z`;
}

function pad(value: number, digits: number): string {
	return String(value).padStart(digits, '0');
}
