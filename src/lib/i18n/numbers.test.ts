import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '$lib/i18n/numbers';

describe('parseNumber reads German amounts', () => {
	it.each([
		['12,5 Mio.', 12_500_000],
		['12.500.000', 12_500_000],
		['12500000 €', 12_500_000],
		['12.500.000,00 €', 12_500_000],
		['€ 10.000.001', 10_000_001],
		['1,2 Mrd.', 1_200_000_000],
		['500 Tsd.', 500_000],
		['12,5mio', 12_500_000],
		['49,5', 49.5],
		['  60 ', 60],
		['0', 0],
		['10 Millionen Euro', 10_000_000]
	])('%s → %d', (input, value) => {
		expect(parseNumber(input, 'de')).toEqual({ ok: true, value });
	});

	it.each([
		['-5', 'negative'],
		['− 1.000', 'negative'],
		['abc', 'invalid'],
		['12,5,5', 'invalid'],
		['1.2.3,4', 'invalid'],
		['12 Äpfel', 'invalid'],
		['1e9', 'invalid'],
		['', 'empty'],
		['   ', 'empty']
	])('rejects %s (%s)', (input, problem) => {
		expect(parseNumber(input, 'de')).toEqual({ ok: false, problem });
	});

	it('reads "12.500" as twelve thousand five hundred in German, and 12.5 in English', () => {
		expect(parseNumber('12.500', 'de')).toEqual({ ok: true, value: 12500 });
		expect(parseNumber('12.500', 'en')).toEqual({ ok: true, value: 12.5 });
	});
});

describe('parseNumber reads English amounts', () => {
	it.each([
		['12.5m', 12_500_000],
		['12,500,000', 12_500_000],
		['€12,500,000', 12_500_000],
		['12.5 million', 12_500_000],
		['49.5', 49.5]
	])('%s → %d', (input, value) => {
		expect(parseNumber(input, 'en')).toEqual({ ok: true, value });
	});
});

describe('parseNumber and formatNumber agree', () => {
	it('reads back every number it formats, in both languages', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom('de', 'en') as fc.Arbitrary<'de' | 'en'>, (n, locale) => {
				expect(parseNumber(formatNumber(n, locale), locale)).toEqual({ ok: true, value: n });
			})
		);
	});
});
