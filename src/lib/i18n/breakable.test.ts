import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakable } from './breakable';

const shown = (text: string) => text.replaceAll('\u00AD', '-');

describe('soft hyphens at compound joints', () => {
	it('breaks the catalogue\'s long compounds where a German reader expects', () => {
		expect(shown(breakable('Identitäts- und Berechtigungsmanagement'))).toBe('Identitäts- und Berechtigungs-management');
		expect(shown(breakable('Schutz vor Schadprogrammen'))).toBe('Schutz vor Schad-programmen');
		expect(shown(breakable('Datensicherung'))).toBe('Daten-sicherung');
		expect(shown(breakable('Informationssicherheitsbeauftragte'))).toBe('Informations-sicherheits-beauftragte');
	});

	it('leaves short words, English words without joints and punctuation alone', () => {
		expect(breakable('Backups und Notfälle')).toBe('Backups und Notfälle');
		expect(breakable('Organisation & Sensibilisierung')).toBe('Organisation & Sensibilisierung');
		expect(breakable('Identity and access management')).toBe('Identity and access management');
	});

	it('never changes the text apart from soft hyphens, and never leaves a part shorter than four letters', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'abcdeghimnorstuäöüß- '.split('')), maxLength: 60 }), (text) => {
				const out = breakable(text);
				expect(out.replaceAll('\u00AD', '')).toBe(text);
				for (const word of out.split(/[^\p{L}\u00AD]+/u)) {
					if (!word.includes('\u00AD')) continue;
					for (const part of word.split('\u00AD')) expect(part.length).toBeGreaterThanOrEqual(4);
				}
			})
		);
	});
});
