// Web addresses in a narrow table column: they wrap only after a "/", and only when a part is
// still too wide after a "-", "_", ".", "?", "&" or "=", never inside a word, so the address can
// still be read and typed. The font size that makes the host name fit is chosen by the caller.

/** Splits `text` after each of the `marks`, keeping the marks: "a/b/" → ["a/", "b/"]. */
function splitAfter(text: string, marks: string): string[] {
	const parts: string[] = [];
	let part = '';
	for (const c of text) {
		part += c;
		if (marks.includes(c)) {
			parts.push(part);
			part = '';
		}
	}
	if (part) parts.push(part);
	return parts;
}

/** Lines of at most `width` (as `measure` counts it); a piece that fits nowhere is cut by letters. */
export function urlLines(url: string, width: number, measure: (text: string) => number): string[] {
	const pieces = splitAfter(url, '/').flatMap((part) =>
		measure(part) <= width ? [part] : splitAfter(part, '-_.?&=').flatMap((p) => (measure(p) <= width ? [p] : cut(p, width, measure)))
	);
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		if (line && measure(line + piece) > width) {
			lines.push(line);
			line = piece;
		} else line += piece;
	}
	if (line) lines.push(line);
	return lines;
}

function cut(text: string, width: number, measure: (text: string) => number): string[] {
	const out: string[] = [];
	let line = '';
	for (const c of text) {
		if (line && measure(line + c) > width) {
			out.push(line);
			line = c;
		} else line += c;
	}
	if (line) out.push(line);
	return out;
}
