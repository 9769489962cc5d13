import { describe, expect, it } from 'vitest';
import { hyphenate, syllableBreaks, wrapLabel } from './label-wrap';

describe('syllableBreaks', () => {
	it('finds the breaks between syllables, at least three letters from either end', () => {
		// Be-rech-ti-gungs-ma-na-ge-ment: "Be-" is too short; "ch" stays together.
		expect(syllableBreaks('Berechtigungsmanagement')).toEqual([6, 8, 13, 15, 17, 19]);
		// Da-ten-si-che-rung: "ch" begins a syllable; "Da-" is too short, "-ng" has no vowel.
		expect(syllableBreaks('Datensicherung')).toEqual([5, 7, 10]);
		// Schad-pro-gram-men: "pr" and "gr" begin syllables; "-men" keeps three letters.
		expect(syllableBreaks('Schadprogrammen')).toEqual([5, 8, 12]);
		expect(syllableBreaks('und')).toEqual([]);
	});
});

describe('hyphenate', () => {
	it('leaves a word that fits alone', () => {
		expect(hyphenate('Sensibilisierung', 16)).toEqual(['Sensibilisierung']);
	});
	it('splits a long compound between its parts', () => {
		expect(hyphenate('Berechtigungsmanagement', 16)).toEqual(['Berechtigungs-', 'management']);
		expect(hyphenate('Änderungsmanagement', 16)).toEqual(['Änderungs-', 'management']);
		// "Daten-sicherung" (6/9) is preferred over the more even "Datensi-cherung" (8/7).
		expect(hyphenate('Datensicherung', 12)).toEqual(['Daten-', 'sicherung']);
		expect(hyphenate('Schadprogrammen', 12)).toEqual(['Schad-', 'programmen']);
	});
	it('breaks a word at its own hyphen without adding one', () => {
		expect(hyphenate('Informationssicherheits-Managementsystem', 24)).toEqual(['Informationssicherheits-', 'Managementsystem']);
	});
	it('leaves a word without a syllable break whole', () => {
		expect(hyphenate('Xxxxxxxxxxxxxxxxxxxxxx', 10)).toEqual(['Xxxxxxxxxxxxxxxxxxxxxx']);
	});
});

describe('wrapLabel', () => {
	it('packs words into lines of the width', () => {
		expect(wrapLabel('Organisation & Sensibilisierung')).toEqual(['Organisation &', 'Sensibilisierung']);
		expect(wrapLabel('Schutz vor Schadprogrammen')).toEqual(['Schutz vor', 'Schadprogrammen']);
		expect(wrapLabel('Protection against malware')).toEqual(['Protection', 'against malware']);
	});
	it('puts each piece of a hyphenated word on its own line', () => {
		expect(wrapLabel('Identitäts- und Berechtigungsmanagement')).toEqual(['Identitäts- und', 'Berechtigungs-', 'management']);
		expect(wrapLabel('Patch- und Änderungsmanagement')).toEqual(['Patch- und', 'Änderungs-', 'management']);
	});
	it('keeps a short word on the line before it, a little past the width', () => {
		// "IT-Systeme und" is 14 characters: past 12, but "und" does not stand alone.
		expect(wrapLabel('IT-Systeme und Netzwerke', 12)).toEqual(['IT-Systeme und', 'Netzwerke']);
		expect(wrapLabel('Identitäts- und Berechtigungsmanagement', 12)).toEqual(['Identitäts- und', 'Berechtigungs-', 'management']);
		expect(wrapLabel('Schutz vor Schadprogrammen', 12)).toEqual(['Schutz vor', 'Schad-', 'programmen']);
	});
	it('gives no empty lines', () => {
		expect(wrapLabel('  Backup  ')).toEqual(['Backup']);
		expect(wrapLabel('')).toEqual([]);
	});
});
