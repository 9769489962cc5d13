// Text for the Word file. docx escapes <, > and & itself, so markup stays text; what it cannot
// escape are the characters XML 1.0 forbids outright – Word then refuses the whole file as
// damaged. They are dropped here (they have no visible form anyway), before docx sees a string.
import { TextRun, type IRunOptions } from 'docx';
import { cleanText } from '$lib/model/text';

// What cleanText leaves that XML still forbids: U+FFFE/U+FFFF, and surrogate halves without
// their partner (a JavaScript string can hold them, UTF-8 cannot).
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with C0 controls (but TAB, LF, CR), bidi overrides and the above removed, in NFC. */
export function docxText(text: string): string {
	return cleanText(text.replace(NOT_XML, ''));
}

/**
 * The text as runs, one line break per line break in it: inside <w:t> a newline would only be
 * a space, and a note's own line structure would be lost.
 */
export function textRuns(text: string, options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
	return docxText(text)
		.split(/\r\n|\r|\n/)
		.map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}
