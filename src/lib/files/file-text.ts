// Reading a chosen file as text. Blob.text() replaces bytes that are not UTF-8 with "\uFFFD" and
// carries on, so a file saved as Windows-1252 would be imported with its umlauts silently turned
// into question marks. A strict decoder refuses such a file instead, and the user is told why.

export type FileTextResult = { ok: true; text: string } | { ok: false; problem: 'not_utf8' };

/** The file's text as UTF-8; a leading byte order mark is allowed and dropped. */
export async function readFileText(file: Blob): Promise<FileTextResult> {
	const bytes = await file.arrayBuffer();
	try {
		// ignoreBOM is false by default, which means the decoder removes a leading BOM.
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, problem: 'not_utf8' };
	}
}
