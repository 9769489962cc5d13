import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, hasBidiControls } from '$lib/model/text';

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const C0_REMOVED = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => !['\t', '\n', '\r'].includes(c));
const codePoints = (s: string) => [...s].length;

describe('cleanText', () => {
	it('removes a right-to-left override that would show "evil" reversed', () => {
		expect(cleanText('\u202Eevil')).toBe('evil');
		expect(cleanText('Rechnung\u202Efdp.exe')).toBe('Rechnungfdp.exe');
	});

	it.each(BIDI.map((c) => [c.codePointAt(0)!.toString(16), c]))('removes the bidi control U+%s', (_, control) => {
		expect(cleanText(`a${control}b`)).toBe('ab');
	});

	it('keeps the harmless marks LRM and RLM', () => {
		expect(cleanText('abc\u200E def\u200F')).toBe('abc\u200E def\u200F');
	});

	it('removes C0 controls but keeps TAB, LF and CR', () => {
		expect(cleanText(`a${C0_REMOVED.join('')}b`)).toBe('ab');
		expect(cleanText('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
	});

	it('composes German text typed in NFD (as macOS often does) to NFC', () => {
		const nfd = 'Gro\u0308\u00DFe Ma\u00DFnahme fu\u0308r A\u0308rzte'; // ö, ü, Ä decomposed
		expect(cleanText(nfd)).toBe('Größe Maßnahme für Ärzte');
		expect(cleanText(nfd)).toHaveLength('Größe Maßnahme für Ärzte'.length);
	});

	it('keeps emoji, including joined and flag sequences', () => {
		expect(cleanText('Schlüssel 🔐 👩‍💻 🇩🇪 👍🏽')).toBe('Schlüssel 🔐 👩‍💻 🇩🇪 👍🏽');
	});

	it('joins the characters either side of a removed control before composing', () => {
		expect(cleanText('a\u202E\u0308')).toBe('ä');
	});

	it('can give more code points than it got, for the few characters NFC decomposes', () => {
		// U+0344 is excluded from composition: its NFC form is U+0308 U+0301. That is why the
		// length property below compares with the NFC form of the input, not the input itself.
		expect(cleanText('\u0344')).toBe('\u0308\u0301');
	});
});

describe('cleanText properties', () => {
	const dangerous = fc.constantFrom(...BIDI, ...C0_REMOVED, '\t', '\n', '\r', '\u200E', '\u200F', 'a\u0308', '\u0344');
	const text = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), dangerous) });

	it('is idempotent', () => {
		fc.assert(fc.property(text, (s) => {
				expect(cleanText(cleanText(s))).toBe(cleanText(s));
			}), { numRuns: 1000 });
	});

	it('never leaves a bidi or removed C0 control and always gives NFC', () => {
		fc.assert(
			fc.property(text, (s) => {
				const out = cleanText(s);
				expect(hasBidiControls(out)).toBe(false);
				expect(C0_REMOVED.some((c) => out.includes(c))).toBe(false);
				expect(out.normalize('NFC')).toBe(out);
			}),
			{ numRuns: 1000 }
		);
	});

	it('gives no more code points than the NFC form of the input (and no more than the input for NFC text)', () => {
		fc.assert(
			fc.property(text, (s) => {
				expect(codePoints(cleanText(s))).toBeLessThanOrEqual(codePoints(s.normalize('NFC')));
			}),
			{ numRuns: 1000 }
		);
	});

	it('changes nothing in text without controls that is already NFC', () => {
		const plain = text.map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/gu, '').normalize('NFC')); // eslint-disable-line no-control-regex
		fc.assert(fc.property(plain, (s) => {
				expect(cleanText(s)).toBe(s);
			}), { numRuns: 500 });
	});
});

describe('hasBidiControls', () => {
	it.each(BIDI)('finds %j', (control) => {
		expect(hasBidiControls(`x${control}y`)).toBe(true);
	});

	it.each(['', 'Größe', '\u200E\u200F', 'emoji 👩‍💻', '\t\n'])('finds none in %j', (value) => {
		expect(hasBidiControls(value)).toBe(false);
	});

	it('gives the same answer when called twice (no regex state kept)', () => {
		expect([hasBidiControls('\u202E'), hasBidiControls('\u202E')]).toEqual([true, true]);
	});
});
