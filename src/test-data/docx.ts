// Reads a Word file back as a reader outside the app does: its text through mammoth, its XML
// parts through unzip. Shared by the tests of both Word documents (DIN report, NIS-2 result).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';

export async function readDocx(blob: Blob) {
	const buffer = Buffer.from(await blob.arrayBuffer());
	const path = join(mkdtempSync(join(tmpdir(), 'docx-')), 'document.docx');
	writeFileSync(path, buffer);
	// unzip reads a name as a pattern: "[Content_Types].xml" needs its brackets escaped.
	const part = (name: string) => execFileSync('unzip', ['-p', path, name.replace(/[[\]]/g, '\\$&')], { encoding: 'utf8', maxBuffer: 1 << 26 });
	const parts = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).split('\n').filter(Boolean);
	/** The parts whose names match, joined (the headers, the footers). */
	const partsMatching = (pattern: RegExp) => parts.filter((p) => pattern.test(p)).map(part).join('');
	const text = (await mammoth.extractRawText({ buffer })).value;
	return { buffer, text, part, parts, partsMatching };
}
