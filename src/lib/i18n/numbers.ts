// Reading the numbers people type: "12,5 Mio.", "12.500.000", "12500000 €", "49,5" in German,
// "12.5m", "12,500,000" in English. Negative numbers and anything else are rejected, so the
// field can say what is wrong instead of guessing.
import type { Locale } from '$lib/engine/din';

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: 'empty' | 'negative' | 'invalid' };

const MULTIPLIERS: [RegExp, number][] = [
	[/^(mrd\.?|milliarden?|billions?|bn)$/, 1e9],
	[/^(mio\.?|millionen?|millions?|mn|m)$/, 1e6],
	[/^(tsd\.?|tausend|thousands?|k|t)$/, 1e3]
];

const FORMS: Record<Locale, { grouped: RegExp; plain: RegExp; group: string; decimal: string }> = {
	de: { grouped: /^\d{1,3}(\.\d{3})+(,\d+)?$/, plain: /^\d+(,\d+)?$/, group: '.', decimal: ',' },
	en: { grouped: /^\d{1,3}(,\d{3})+(\.\d+)?$/, plain: /^\d+(\.\d+)?$/, group: ',', decimal: '.' }
};

export function parseNumber(input: string, locale: Locale): ParsedNumber {
	let text = input
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.trim();
	if (text === '') return { ok: false, problem: 'empty' };
	if (/^[-−–]/.test(text)) return { ok: false, problem: 'negative' };
	text = text.replace(/(€|eur|euro)\s*$/, '').replace(/^(€|eur)\s*/, '').trim();
	let multiplier = 1;
	const parts = text.split(' ');
	if (parts.length === 2) {
		const found = MULTIPLIERS.find(([pattern]) => pattern.test(parts[1]!));
		if (!found) return { ok: false, problem: 'invalid' };
		multiplier = found[1];
		text = parts[0]!;
	} else if (parts.length > 2) {
		return { ok: false, problem: 'invalid' };
	} else {
		// A suffix written without a space: "12,5mio", "500k".
		const match = /^([\d.,]+)([a-z.]+)$/.exec(text);
		if (match) {
			const found = MULTIPLIERS.find(([pattern]) => pattern.test(match[2]!));
			if (!found) return { ok: false, problem: 'invalid' };
			multiplier = found[1];
			text = match[1]!;
		}
	}
	const form = FORMS[locale];
	if (!form.grouped.test(text) && !form.plain.test(text)) return { ok: false, problem: 'invalid' };
	const value = Number(text.split(form.group).join('').replace(form.decimal, '.')) * multiplier;
	if (!Number.isFinite(value)) return { ok: false, problem: 'invalid' };
	// Rounding away binary noise: 12,3 Mio. is 12 300 000, not 12 299 999.999…
	return { ok: true, value: Math.round(value * 1e6) / 1e6 };
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
	return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits }).format(value);
}

export function formatEuro(value: number, locale: Locale): string {
	return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}
