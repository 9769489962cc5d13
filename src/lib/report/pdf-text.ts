// Text for the PDF: only characters the embedded font can draw. Anything else (emoji, scripts
// the font lacks, right-to-left text, which the PDF library cannot lay out) is replaced by a
// visible □, never dropped, so a reader can see that something was there.
import { cleanText } from '$lib/model/text';
import coverage from './font-coverage.json';

export const REPLACEMENT = '\u25A1';
const ranges = coverage.ranges as [number, number][];

export function isDrawable(codePoint: number): boolean {
	return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

// Bidirectional controls are removed (they would reorder the line), not shown as □.
export function pdfText(text: string): string {
	let out = '';
	// Graphemes, so an emoji with modifiers or a flag becomes one □, not several.
	for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(cleanText(text))) {
		if (segment === '\n' || segment === '\t') out += segment === '\t' ? ' ' : '\n';
		else if (segment === '\r\n' || segment === '\r') out += '\n';
		else if ([...segment].every((c) => isDrawable(c.codePointAt(0)!))) out += segment;
		else out += REPLACEMENT;
	}
	return out;
}
