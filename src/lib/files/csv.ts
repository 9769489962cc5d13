// Tables as CSV (RFC 4180) for spreadsheet programs. The defaults are those that make Excel and
// LibreOffice with German settings open the file correctly on a double click.

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
// may strip them and then do so), so text from a check could fetch URLs or run commands.
const FORMULA_START = /^[=+\-@\t\r]/;
// Signed numbers such as the DIN points (−3, +1) must stay numbers the spreadsheet can add up.
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
	const safe = defuseFormula(value);
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
