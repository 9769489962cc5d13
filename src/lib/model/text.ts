// Text that came from a user or a file, made safe to show, store and export.
//
// Bidirectional embedding, override and isolate controls can make text display in another order
// than it is stored ("Trojan Source", CVE-2021-42574): "‮fdp.exe" looks like "exe.pdf". The marks
// LRM and RLM (U+200E, U+200F) only nudge neutral characters and cannot reorder, so they stay;
// right-to-left names need them. C0 control characters other than TAB, LF and CR have no place
// in a text field and confuse CSV readers and PDF fonts. NFC makes "ä" one code point however it
// was typed, so equal-looking texts compare, sort and search as equal.

// U+202A–U+202E: LRE, RLE, PDF, LRO, RLO. U+2066–U+2069: LRI, RLI, FSI, PDI.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
// Everything below U+0020 except TAB (09), LF (0A) and CR (0D).
const C0_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu; // eslint-disable-line no-control-regex

/**
 * The text without bidirectional embedding/override/isolate controls and C0 controls (TAB, LF and
 * CR stay), in Unicode normal form NFC. Idempotent: cleaning twice changes nothing more.
 */
export function cleanText(value: string): string {
	// Removed first, so NFC sees the characters either side of a control as neighbours.
	return value.replace(BIDI_CONTROLS, '').replace(C0_CONTROLS, '').normalize('NFC');
}

/** Whether the text holds a control that cleanText removes for reordering the display. */
export function hasBidiControls(value: string): boolean {
	// A fresh regex: a global one keeps lastIndex between test() calls.
	return /[\u202A-\u202E\u2066-\u2069]/u.test(value);
}
