// Long German compounds in narrow places (a heading on a 320 px phone, a stepper card) break
// mid-word when the browser has no German hyphenation dictionary, as Chromium on Linux and many
// Android builds have none ("Berechtigungsmanageme|nt"). This offers soft hyphens (U+00AD,
// invisible unless the line breaks there) at the joints of a compound, so a word breaks where a
// German reader expects it: "Berechtigungs-|management". For display only, never for files.

const SHY = '\u00AD';
// A joint ends on a linking suffix ("…ungs|…") or starts a known second word ("…|management").
const LINKING = ['ungs', 'heits', 'keits', 'tions', 'täts', 'schafts', 'ings'];
const SECOND = ['management', 'sicherheit', 'sicherung', 'programm', 'system', 'netzwerk', 'schutz', 'konzept', 'richtlinie', 'verwaltung', 'beauftragt', 'dienstleist', 'berechtigung'];
const MIN_WORD = 12;
const MIN_PART = 4;

function joints(word: string): number[] {
	const lower = word.toLowerCase();
	const at = new Set<number>();
	for (const suffix of LINKING) {
		for (let i = lower.indexOf(suffix, MIN_PART - suffix.length); i !== -1; i = lower.indexOf(suffix, i + 1)) {
			const end = i + suffix.length;
			if (end >= MIN_PART && word.length - end >= MIN_PART) at.add(end);
		}
	}
	for (const start of SECOND) {
		for (let i = lower.indexOf(start, MIN_PART); i !== -1; i = lower.indexOf(start, i + 1)) {
			if (word.length - i >= MIN_PART) at.add(i);
		}
	}
	return [...at].sort((a, b) => a - b);
}

/** The text with soft hyphens at the compound joints of its long words. */
export function breakable(text: string): string {
	return text.replace(/\p{L}+/gu, (word) => {
		if (word.length < MIN_WORD) return word;
		let out = '';
		let from = 0;
		for (const at of joints(word)) {
			out += word.slice(from, at) + SHY;
			from = at;
		}
		return out + word.slice(from);
	});
}
