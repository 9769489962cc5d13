import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/files/csv';
import { cleanText } from '$lib/model/text';

/** Reads a file the way a strict RFC 4180 reader would; throws on ragged rows or bad quotes. */
function read(csv: string, delimiter: ';' | ',' = ';'): string[][] {
	return parse(csv, { delimiter, bom: true, relax_column_count: false }) as string[][];
}

const INJECTION_START = ['=', '+', '-', '@', '\t', '\r'];
const FULLWIDTH_START = ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
/** The rule the tests hold toCsv to, for cleaned text: TAB/CR first, or a formula character after optional whitespace. */
const startsLikeFormula = (value: string) => /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u.test(value);
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

describe('toCsv writes RFC 4180 for German spreadsheet programs', () => {
	it('starts with a BOM, splits on semicolons and ends every record with CRLF', () => {
		expect(toCsv([['Anforderung', 'Punkte'], ['Datensicherung', '3']])).toBe('\uFEFFAnforderung;Punkte\r\nDatensicherung;3\r\n');
	});

	it('writes only the BOM for no rows', () => {
		expect(toCsv([])).toBe('\uFEFF');
	});

	it('quotes a field with the separator and leaves the other separator alone', () => {
		expect(toCsv([['a;b', 'c,d']])).toBe('\uFEFF"a;b";c,d\r\n');
		expect(toCsv([['a;b', 'c,d']], { separator: ',' })).toBe('\uFEFFa;b,"c,d"\r\n');
	});

	it('doubles quotes inside a quoted field', () => {
		// He said "hi" → "He said ""hi"""
		expect(toCsv([['He said "hi"']])).toBe('\uFEFF"He said ""hi"""\r\n');
	});

	it('quotes fields with line breaks and keeps the break as it is', () => {
		expect(toCsv([['a\r\nb', 'c\nd', 'e\rf']])).toBe('\uFEFF"a\r\nb";"c\nd";"e\rf"\r\n');
	});

	it('quotes fields with leading or trailing spaces so that no reader trims them', () => {
		expect(toCsv([[' lead', 'trail ', 'in side']])).toBe('\uFEFF" lead";"trail ";in side\r\n');
	});

	it('writes empty fields as nothing between separators', () => {
		expect(toCsv([['', 'x', '']])).toBe('\uFEFF;x;\r\n');
	});

	it('quotes a row that is one empty field, so that it does not look like a skippable empty line', () => {
		expect(toCsv([['a'], [''], ['b']])).toBe('\uFEFFa\r\n""\r\nb\r\n');
		expect(read(toCsv([['a'], [''], ['b']]))).toEqual([['a'], [''], ['b']]);
	});

	it('writes a row without fields as an empty line', () => {
		expect(toCsv([[]])).toBe('\uFEFF\r\n');
	});

	it('leaves umlauts, the euro sign and emoji unquoted and unchanged', () => {
		expect(toCsv([['Größe', 'Maßnahme für 500 €', '🔒']])).toBe('\uFEFFGröße;Maßnahme für 500 €;🔒\r\n');
	});
});

describe('toCsv defuses formulas (CSV injection)', () => {
	it.each([
		['=HYPERLINK("http://evil.example","klick")', `'=HYPERLINK("http://evil.example","klick")`],
		['+49 30 123456', "'+49 30 123456"],
		['-Backup fehlt', "'-Backup fehlt"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\tcmd', "'\tcmd"],
		['\r=1+1', "'\r=1+1"],
		['-', "'-"],
		['+1+1', "'+1+1"],
		['-3e5', "'-3e5"]
	])('puts an apostrophe before %j', (value, expected) => {
		expect(read(toCsv([[value]]))).toEqual([[expected]]);
	});

	it.each([
		['＝HYPERLINK("http://evil.example")', `'＝HYPERLINK("http://evil.example")`],
		['＋1＋1', "'＋1＋1"],
		['－Backup', "'－Backup"],
		['＠SUM(A1)', "'＠SUM(A1)"],
		['＋1', "'＋1"]
	])('puts an apostrophe before the fullwidth formula start %j', (value, expected) => {
		expect(read(toCsv([[value]]))).toEqual([[expected]]);
	});

	it.each([
		[' =1+1', "' =1+1"],
		['   @SUM(A1)', "'   @SUM(A1)"],
		['\u00A0+1+1', "'\u00A0+1+1"],
		['\u3000＝1', "'\u3000＝1"],
		['\n=1+1', "'\n=1+1"],
		[' -3', "' -3"]
	])('puts an apostrophe before whitespace followed by a formula character in %j', (value, expected) => {
		expect(read(toCsv([[value]]))).toEqual([[expected]]);
	});

	it('finds a formula start that a removed control character stood in front of', () => {
		expect(read(toCsv([['\u202E=1+1', '\u0000@SUM(A1)']]))).toEqual([["'=1+1", "'@SUM(A1)"]]);
	});

	it.each(['-3', '+1', '0', '42', '-1.5', '+2,25', '3,5', '\u22123', '\u22121,5'])('keeps the plain number %j a number', (value) => {
		expect(read(toCsv([[value]]))).toEqual([[value]]);
	});

	it('quotes a defused field when the original needed quotes', () => {
		// =a;b → '=a;b → contains ";" → "'=a;b"
		expect(toCsv([['=a;b']])).toBe('\uFEFF"\'=a;b"\r\n');
	});

	it('quotes a signed decimal with a comma when the comma is the separator', () => {
		expect(toCsv([['-1,5', 'x']], { separator: ',' })).toBe('\uFEFF"-1,5",x\r\n');
	});

	it('leaves formula characters later in the field alone', () => {
		expect(toCsv([['a=b', '1-2', 'x@y.de', 'a ＝ b']])).toBe('\uFEFFa=b;1-2;x@y.de;a ＝ b\r\n');
	});
});

describe('toCsv cleans every cell', () => {
	it('removes bidi controls and C0 controls, keeps TAB, LF, CR and LRM', () => {
		expect(read(toCsv([['Rechnung\u202Efdp.exe', 'a\u0007b\u001Fc', 'x\ty', 'l\u200Em']]))).toEqual([['Rechnungfdp.exe', 'abc', 'x\ty', 'l\u200Em']]);
	});

	it('composes decomposed umlauts (NFD) to NFC', () => {
		expect(toCsv([['Gro\u0308\u00DFe']])).toBe('\uFEFFGröße\r\n');
	});
});

describe('toCsv round-trips through a real CSV parser', () => {
	const awkward = [
		['Größe', 'Äpfel; Öl', 'Übung, macht', 'Straße 5 €'],
		['"zitiert"', 'a""b', '', ' padded '],
		['line\r\nbreak', 'line\nfeed', '🔐 emoji 👩‍💻', '']
	];

	it('reads back umlauts, separators, quotes, line breaks, empty fields, spaces and emoji', () => {
		expect(read(toCsv(awkward))).toEqual(awkward);
	});

	it('reads back the same rows with the comma as separator', () => {
		expect(read(toCsv(awkward, { separator: ',' }), ',')).toEqual(awkward);
	});

	/** Rectangular tables (a strict reader rejects ragged ones) of arbitrary text. */
	const tables = (cell: fc.Arbitrary<string>) =>
		fc.integer({ min: 1, max: 5 }).chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 8 }));
	// fc's graphemes hold no control characters: mix in the ones CSV cares about.
	const text = fc.string({
		unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom(';', ',', '"', '\r', '\n', '\r\n', ' ', '\t', '\uFEFF'))
	});
	const notInjection = text.filter((s) => !startsLikeFormula(cleanText(s)));

	it('gives back any table of text that does not start like a formula', () => {
		fc.assert(
			fc.property(tables(notInjection), fc.constantFrom(';' as const, ',' as const), (rows, separator) => {
				expect(read(toCsv(rows, { separator }), separator)).toEqual(rows.map((row) => row.map(cleanText)));
			}),
			{ numRuns: 500 }
		);
	});

	it('gives back any table of text with an apostrophe only before formula starts', () => {
		const start = fc.constantFrom(...INJECTION_START, ...FULLWIDTH_START, ' =', '\u00A0@', '\u202E+');
		const cell = fc.oneof(text, start.chain((c) => text.map((s) => c + s)), fc.integer().map(String));
		fc.assert(
			fc.property(tables(cell), (rows) => {
				const back = read(toCsv(rows));
				rows.forEach((row, r) =>
					row.forEach((value, c) => {
						const clean = cleanText(value);
						const defused = startsLikeFormula(clean) && !PLAIN_NUMBER.test(clean);
						expect(back[r]![c]).toBe(defused ? `'${clean}` : clean);
					})
				);
			}),
			{ numRuns: 500 }
		);
	});
});
