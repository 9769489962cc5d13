import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toICalendar, type CalendarEvent } from '$lib/files/icalendar';

const options = { prodId: '-//KMU Cyber-Check//DE', now: new Date('2026-03-05T07:08:09.999Z') };
const event: CalendarEvent = { uid: 'action-01', date: '2026-04-15', summary: 'Datensicherung einrichten' };

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
/** The content lines after unfolding, without the empty string after the final CRLF. */
const contentLines = (ics: string) => unfold(ics).split('\r\n').slice(0, -1);
/** The physical lines as written. */
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const octets = (line: string) => new TextEncoder().encode(line).length;
/** RFC 5545 §3.3.11 TEXT unescaping. */
const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
/** The raw value of the first property with this name (and no parameters). */
function property(ics: string, name: string): string | undefined {
	return contentLines(ics)
		.find((line) => line.startsWith(`${name}:`))
		?.slice(name.length + 1);
}

describe('toICalendar writes an RFC 5545 calendar', () => {
	it('writes one all-day event exactly', () => {
		expect(toICalendar([event], options)).toBe(
			[
				'BEGIN:VCALENDAR',
				'VERSION:2.0',
				'PRODID:-//KMU Cyber-Check//DE',
				'CALSCALE:GREGORIAN',
				'METHOD:PUBLISH',
				'BEGIN:VEVENT',
				'UID:action-01@kmu-cyber-check',
				'DTSTAMP:20260305T070809Z',
				'DTSTART;VALUE=DATE:20260415',
				'DTEND;VALUE=DATE:20260416',
				'SUMMARY:Datensicherung einrichten',
				'END:VEVENT',
				'END:VCALENDAR',
				''
			].join('\r\n')
		);
	});

	it('ends every line with CRLF and uses no bare CR or LF', () => {
		const ics = toICalendar([{ ...event, description: 'eins\nzwei\r\ndrei\rvier' }], options);
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
	});

	it('pairs every BEGIN with its END and nests the events in the calendar', () => {
		const events = [event, { ...event, uid: 'action-02', date: '2026-05-01' }, { ...event, uid: 'action-03', date: '2026-06-30' }];
		const stack: string[] = [];
		let eventCount = 0;
		for (const line of contentLines(toICalendar(events, options))) {
			if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
			if (line === 'BEGIN:VEVENT') {
				expect(stack).toEqual(['VCALENDAR', 'VEVENT']);
				eventCount += 1;
			}
			if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
		}
		expect(stack).toEqual([]);
		expect(eventCount).toBe(3);
	});

	it('gives every event UID, DTSTAMP, DTSTART, DTEND and SUMMARY once', () => {
		const ics = toICalendar([event, { ...event, uid: 'action-02', description: 'mehr' }], options);
		const blocks = unfold(ics).split('BEGIN:VEVENT\r\n').slice(1);
		expect(blocks).toHaveLength(2);
		for (const block of blocks) {
			const names = block.split('\r\n').map((line) => line.split(/[;:]/)[0]);
			for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) {
				expect(names.filter((n) => n === name)).toHaveLength(1);
			}
		}
	});

	it('names the calendar only when a name is given, escaped like any text', () => {
		expect(property(toICalendar([event], options), 'X-WR-CALNAME')).toBeUndefined();
		expect(property(toICalendar([event], { ...options, calendarName: 'Maßnahmen, Firma Müller' }), 'X-WR-CALNAME')).toBe('Maßnahmen\\, Firma Müller');
	});

	it('writes DESCRIPTION only when there is one', () => {
		expect(property(toICalendar([event], options), 'DESCRIPTION')).toBeUndefined();
		expect(property(toICalendar([{ ...event, description: '' }], options), 'DESCRIPTION')).toBeUndefined();
		expect(property(toICalendar([{ ...event, description: 'Details' }], options), 'DESCRIPTION')).toBe('Details');
	});
});

describe('toICalendar UIDs and time stamps', () => {
	it('appends @kmu-cyber-check to a UID without @ and keeps one with @', () => {
		const ics = toICalendar([event, { ...event, uid: 'x1@example.org' }], options);
		expect(contentLines(ics).filter((l) => l.startsWith('UID:'))).toEqual(['UID:action-01@kmu-cyber-check', 'UID:x1@example.org']);
	});

	it('refuses two events with the same UID, which calendar programs would merge', () => {
		// 'a' becomes 'a@kmu-cyber-check', the same as the second one
		expect(() => toICalendar([{ ...event, uid: 'a' }, { ...event, uid: 'a@kmu-cyber-check' }], options)).toThrow(/a@kmu-cyber-check/);
	});

	it('refuses an empty list: RFC 5545 requires at least one component', () => {
		expect(() => toICalendar([], options)).toThrow(/at least one event/);
	});

	it('writes DTSTAMP in UTC, dropping milliseconds', () => {
		// 00:30 at UTC+2 is 22:30 UTC on the day before
		const ics = toICalendar([event], { ...options, now: new Date('2026-03-05T00:30:00+02:00') });
		expect(property(ics, 'DTSTAMP')).toBe('20260304T223000Z');
	});

	it('refuses an invalid now', () => {
		expect(() => toICalendar([event], { ...options, now: new Date('nonsense') })).toThrow(/DTSTAMP/);
	});
});

describe('toICalendar dates', () => {
	const dates = (date: string) => {
		const lines = contentLines(toICalendar([{ ...event, date }], options));
		return [lines.find((l) => l.startsWith('DTSTART')), lines.find((l) => l.startsWith('DTEND'))];
	};

	it.each([
		['2026-12-31', '20261231', '20270101'], // new year
		['2026-04-30', '20260430', '20260501'], // 30-day month
		['2028-02-28', '20280228', '20280229'], // 2028 is a leap year
		['2027-02-28', '20270228', '20270301'], // 2027 is not
		['2100-02-28', '21000228', '21000301'], // divisible by 100, not by 400: no leap year
		['2000-02-29', '20000229', '20000301'], // divisible by 400: leap year
		['0099-01-01', '00990101', '00990102'] // not read as 1999
	])('ends the all-day event on %s the next day', (date, start, end) => {
		expect(dates(date)).toEqual([`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`]);
	});

	it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-1', '26-01-01', '2026-01-01T00:00', '', ' 2026-01-01', '0000-01-01', '9999-12-31'])(
		'rejects the date %j and names it',
		(date) => {
			expect(() => toICalendar([{ ...event, date }], options)).toThrow(`"${date}"`);
		}
	);
});

describe('toICalendar escapes TEXT values', () => {
	it('escapes backslash, semicolon, comma and line breaks, but not the colon', () => {
		// a\b;c,d:e<LF>f → a\\b\;c\,d:e\nf
		const ics = toICalendar([{ ...event, summary: 'a\\b;c,d:e\nf' }], options);
		expect(property(ics, 'SUMMARY')).toBe('a\\\\b\\;c\\,d:e\\nf');
	});

	it('writes every kind of line break as \\n', () => {
		const ics = toICalendar([{ ...event, description: 'eins\r\nzwei\ndrei\rvier' }], options);
		expect(property(ics, 'DESCRIPTION')).toBe('eins\\nzwei\\ndrei\\nvier');
	});

	it('drops control characters TEXT does not allow, but keeps the tab', () => {
		const ics = toICalendar([{ ...event, summary: 'a\u0000b\u0007c\u001bd\u007fe\tf' }], options);
		expect(property(ics, 'SUMMARY')).toBe('abcde\tf');
	});

	it('escapes the UID and the product id as text too', () => {
		const ics = toICalendar([{ ...event, uid: 'a,b;c' }], { ...options, prodId: '-//Firma, Ort//DE' });
		expect(property(ics, 'UID')).toBe('a\\,b\\;c@kmu-cyber-check');
		expect(property(ics, 'PRODID')).toBe('-//Firma\\, Ort//DE');
	});

	it('leaves umlauts and emoji as they are', () => {
		expect(property(toICalendar([{ ...event, summary: 'Schlüssel für Büro 🔑' }], options), 'SUMMARY')).toBe('Schlüssel für Büro 🔑');
	});
});

describe('toICalendar folds long lines at 75 octets', () => {
	const summaryLines = (summary: string) => {
		const lines = physicalLines(toICalendar([{ ...event, summary }], options));
		const start = lines.findIndex((l) => l.startsWith('SUMMARY:'));
		const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '));
		return lines.slice(start, end);
	};

	it('folds ASCII after exactly 75 octets', () => {
		// 'SUMMARY:' 8 + 100 = 108 octets → 75, then ' ' + 33 = 34
		const lines = summaryLines('x'.repeat(100));
		expect(lines.map(octets)).toEqual([75, 34]);
		expect(lines[1]).toBe(' ' + 'x'.repeat(33));
	});

	it('does not split a two-octet umlaut', () => {
		// 8 + 40 × 2 = 88 octets; 8 + 33 × 2 = 74 fits, a 34th 'ä' would make 76 → 74, then ' ' + 7 × 2 = 15
		const lines = summaryLines('ä'.repeat(40));
		expect(lines.map(octets)).toEqual([74, 15]);
		expect(lines[0]).toBe('SUMMARY:' + 'ä'.repeat(33));
	});

	it('does not split a four-octet emoji (nor its surrogate pair)', () => {
		// 8 + 20 × 4 = 88 octets; 8 + 16 × 4 = 72, a 17th would make 76 → 72, then ' ' + 4 × 4 = 17
		const lines = summaryLines('🔒'.repeat(20));
		expect(lines.map(octets)).toEqual([72, 17]);
		expect(lines[1]).toBe(' ' + '🔒'.repeat(4));
	});

	it('keeps every line of a long text within 75 octets and unfolds it back', () => {
		const description = 'Prüfen Sie die Datensicherung 💾 wöchentlich; größere Änderungen, etwa ein neuer Server, sofort. '.repeat(8);
		const ics = toICalendar([{ ...event, description }], options);
		expect(Math.max(...physicalLines(ics).map(octets))).toBeLessThanOrEqual(75);
		expect(physicalLines(ics).filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
		expect(unescape(property(ics, 'DESCRIPTION')!)).toBe(description);
	});

	it('does not fold a line of exactly 75 octets', () => {
		// 8 + 67 = 75
		expect(summaryLines('y'.repeat(67))).toEqual(['SUMMARY:' + 'y'.repeat(67)]);
	});
});

describe('toICalendar properties', () => {
	// fc's graphemes hold no control characters: mix in those that matter for iCalendar.
	const tricky = fc.constantFrom('\\', ';', ',', ':', '"', '\n', '\r', '\r\n', '\t', ' ', '\u0000', '\u001b', '\\n', 'ä', 'ß', '€', '🔑', '👩‍💻');
	const text = fc.string({ unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), tricky), maxLength: 120 });
	/** What a TEXT value can carry: line breaks become LF, control characters except tab go. */
	// eslint-disable-next-line no-control-regex -- the control characters are what is removed
	const carried = (s: string) => s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');

	it('gives back summary and description after unfolding and unescaping', () => {
		fc.assert(
			fc.property(text, text, (summary, description) => {
				const ics = toICalendar([{ ...event, summary, description }], options);
				expect(unescape(property(ics, 'SUMMARY')!)).toBe(carried(summary));
				if (description === '') expect(property(ics, 'DESCRIPTION')).toBeUndefined();
				else expect(unescape(property(ics, 'DESCRIPTION')!)).toBe(carried(description));
			}),
			{ numRuns: 500 }
		);
	});

	it('gives back text without control characters exactly', () => {
		const plain = fc.string({ unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom('\\', ';', ',', '\n', '\t', ' ', '\\n')), maxLength: 200 });
		fc.assert(
			fc.property(plain, (summary) => {
				expect(unescape(property(toICalendar([{ ...event, summary }], options), 'SUMMARY')!)).toBe(summary);
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps every line within 75 octets, starts continuations with one space and splits no character', () => {
		// 'binary' strings include lone surrogates; they count as the three octets of U+FFFD.
		const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 }));
		const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
		fc.assert(
			fc.property(anyText, anyText, (summary, name) => {
				const ics = toICalendar([{ ...event, summary, description: summary }], { ...options, calendarName: name });
				const lines = physicalLines(ics);
				for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
				const cleanBefore = !loneSurrogate.test(summary + name);
				if (cleanBefore) for (const line of lines) expect(line).not.toMatch(loneSurrogate);
				// every physical line is a property or a continuation, never a fragment without its leading space
				for (const line of lines) expect(line).toMatch(/^( |[A-Z-]+[;:])/);
			}),
			{ numRuns: 300 }
		);
	});
});
