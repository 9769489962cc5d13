// Breaks a chart label into short lines. Words longer than a line (German compounds such as
// "Berechtigungsmanagement") are hyphenated between syllables, so no line is much wider than
// the others: a wide label leaves the radar less room.

const VOWEL = /[aeiouyäöüáàâéèêíìîóòôúùû]/iu;
const LETTER = /\p{L}/u;
// Consonant groups that begin a syllable and stay together ("si-cher", "Schad-pro-gramm").
const ONSETS = ['sch', 'chr', 'spr', 'str', 'ch', 'ck', 'ph', 'th', 'qu', 'bl', 'br', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kn', 'kr', 'pf', 'pl', 'pr', 'sp', 'st', 'tr', 'zw'];
/** letters a piece of a hyphenated word keeps at least */
const MIN_PIECE = 3;
/** words this short may reach past the line width rather than stand on a line of their own */
const SHORT_WORD = 3;

/**
 * Where a word may be hyphenated: the index of the letter a new line would start with.
 * Between syllables: before the last consonant between two vowels, or before a consonant group
 * that begins a syllable; never between two vowels, never leaving fewer than 3 letters.
 */
export function syllableBreaks(word: string): number[] {
	const breaks: number[] = [];
	let lastVowel = -1;
	for (let i = 0; i < word.length; i++) {
		const c = word[i]!;
		if (!LETTER.test(c)) {
			lastVowel = -1;
			continue;
		}
		if (!VOWEL.test(c)) continue;
		const consonants = word.slice(lastVowel + 1, i).toLowerCase();
		if (lastVowel >= 0 && consonants.length > 0) {
			const onset = ONSETS.find((o) => consonants.endsWith(o) && o.length <= consonants.length);
			const at = i - (onset ? onset.length : 1);
			if (at >= MIN_PIECE && word.length - at >= MIN_PIECE) breaks.push(at);
		}
		lastVowel = i;
	}
	return breaks;
}

/** Splits a word longer than `width` into pieces that end with "-", as evenly as its syllables allow. */
export function hyphenate(word: string, width: number): string[] {
	if (word.length <= width) return [word];
	// A word with its own hyphen ("IT-Systeme") breaks there first.
	const own = [...word.matchAll(/-(?=\p{L})/gu)].map((match) => match.index + 1);
	const candidates = own.length > 0 ? own : syllableBreaks(word);
	if (candidates.length === 0) return [word];
	// Even pieces, and rather between two consonants ("Daten-sicherung", "Schad-programme"),
	// where German compounds are joined, than after a vowel ("Datensi-cherung").
	const cost = (at: number) => Math.max(at + (own.includes(at) ? 0 : 1), word.length - at) + (VOWEL.test(word[at - 1]!) ? 2 : 0);
	const best = candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
	const head = own.includes(best) ? word.slice(0, best) : `${word.slice(0, best)}-`;
	return [head, ...hyphenate(word.slice(best), width)];
}

/** Splits a label into lines of at most about `width` characters. */
export function wrapLabel(label: string, width = 16): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/).filter(Boolean)) {
		const pieces = hyphenate(word, width);
		pieces.forEach((piece, i) => {
			// The pieces of a hyphenated word each start a line, except the first; a short word
			// ("und", "&") stays on the line before it, even a little beyond the width.
			const room = piece.length <= SHORT_WORD ? width + SHORT_WORD : width;
			if (line && (i > 0 || `${line} ${piece}`.length > room)) {
				lines.push(line);
				line = piece;
			} else {
				line = line ? `${line} ${piece}` : piece;
			}
		});
	}
	if (line) lines.push(line);
	return lines;
}
