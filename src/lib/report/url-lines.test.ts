import { describe, expect, it } from 'vitest';
import { urlLines } from './url-lines';

// One unit per character, so the widths can be counted by hand.
const chars = (text: string) => text.length;

describe('urlLines', () => {
	it('keeps an address that fits on one line', () => {
		expect(urlLines('transferstelle-cybersicherheit.de', 33, chars)).toEqual(['transferstelle-cybersicherheit.de']);
	});
	it('wraps after a slash, as many parts per line as fit', () => {
		// "www.bafa.de/" 12 + "DE/" 3 = 15 ≤ 22; + "Wirtschaft/" 11 = 26 > 22; the last part (30)
		// is too wide and breaks after "_" and ".".
		expect(urlLines('www.bafa.de/DE/Wirtschaft/Beratung/unternehmensberatung_node.html', 22, chars)).toEqual([
			'www.bafa.de/DE/',
			'Wirtschaft/Beratung/',
			'unternehmensberatung_',
			'node.html'
		]);
	});
	it('breaks a part too wide for a line after a hyphen, not inside a word', () => {
		expect(urlLines('www.sab.sachsen.de/förderrichtlinie-digitalisierung-zuschuss', 20, chars)).toEqual([
			'www.sab.sachsen.de/',
			'förderrichtlinie-',
			'digitalisierung-',
			'zuschuss'
		]);
	});
	it('cuts by letters only a piece without any place to break', () => {
		expect(urlLines('abcdefghij/x', 4, chars)).toEqual(['abcd', 'efgh', 'ij/x']);
	});
});
