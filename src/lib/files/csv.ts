// Tables as CSV (RFC 4180) for spreadsheet programs. The defaults are those that make Excel and
// LibreOffice with German settings open the file correctly on a double click.
import { cleanText } from '$lib/model/text';

export type CsvSeparator = ';' | ',';

export interface CsvOptions {
	/** ';' by default: German spreadsheet programs use the comma as decimal mark and split on ';'. */
	separator?: CsvSeparator;
}

// Without the byte order mark Excel reads UTF-8 as Windows-1252 and turns "ä" into "Ã¤".
const BOM = '\uFEFF';
// RFC 4180 ends every record, the last one included, with CRLF.
const RECORD_END = '\r\n';
// A spreadsheet program runs a cell starting with one of these as a formula (or, for TAB and CR,
// may strip them and then do so), so text from a check could fetch URLs or run commands. OWASP
// ("CSV Injection") names = + - @ TAB CR. We go further in two ways, because an apostrophe too
// many costs little: the fullwidth forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which
// spreadsheets with East Asian input settings take as the ASCII ones, and any whitespace before
// a formula character (" =1+1"), which some programs trim away before they look at the cell.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
// Signed numbers such as the DIN points (-3, +1) must stay numbers the spreadsheet can add up.
// The minus sign U+2212 ("−3") is no formula character, so such cells are left alone anyway.
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
	const separator = options.separator ?? ';';
	return BOM + rows.map((row) => record(row, separator) + RECORD_END).join('');
}

function record(row: readonly string[], separator: CsvSeparator): string {
	// A lone empty field would be an empty line, which many readers skip: quote it so it stays a record.
	if (row.length === 1 && row[0] === '') return '""';
	return row.map((value) => field(value, separator)).join(separator);
}

function field(value: string, separator: CsvSeparator): string {
	// Cleaned first, so a removed control cannot hide a formula character from the check.
	const safe = defuseFormula(cleanText(value));
	return needsQuotes(safe, separator) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// The apostrophe makes the spreadsheet program show the cell as text; it is the usual defence
// (OWASP "CSV Injection") and visible, so nobody mistakes the cell for the original formula.
function defuseFormula(value: string): string {
	return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

// Leading and trailing spaces are quoted too, because some programs trim unquoted fields.
function needsQuotes(value: string, separator: CsvSeparator): boolean {
	return value.includes(separator) || /["\r\n]/.test(value) || /^\s|\s$/.test(value);
}
