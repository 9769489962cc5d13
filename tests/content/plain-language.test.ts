// Plain language: no sentence of more than 25 words in the messages or the current catalogue,
// and the DIN SPEC is a specification – never "Norm" or "standard".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentCatalogue } from '$lib/engine';

const MAX_WORDS = 25;

/** Every string in a value, with the path it stands at. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
	if (typeof value === 'string') out.push([path, value]);
	else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}/${i}`, out));
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}/${k}`, out);
	return out;
}

/** Sentences end at . ! ? followed by a space and a capital (so "z. B. ein" is one sentence). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}„“"(]|[a-e]: )/u);
const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

function longSentences(entries: [string, string][]): string[] {
	return entries.flatMap(([path, text]) => sentences(text).filter((s) => words(s) > MAX_WORDS).map((s) => `${path} (${words(s)} words): ${s}`));
}

describe('plain language', () => {
	it.each(['de', 'en'])('the %s messages have no sentence over 25 words', (locale) => {
		const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
		expect(longSentences(strings(messages, '')), 'shorten these').toEqual([]);
	});

	it('the current catalogue has no sentence over 25 words', () => {
		expect(longSentences(strings(currentCatalogue, '')), 'shorten these').toEqual([]);
	});

	it('calls the DIN SPEC a specification, never a standard ("Norm")', () => {
		const german = strings(currentCatalogue, '').filter(([path]) => path.endsWith('/de'));
		const messages = strings(JSON.parse(readFileSync('messages/de.json', 'utf8')), '');
		// ISO/IEC 27001 is a standard ("Norm"); the DIN SPEC is not.
		const aboutDin = (text: string) => sentences(text).some((s) => /DIN SPEC|Spezifikation/.test(s) && /\bNorm\b/.test(s));
		expect([...german, ...messages].filter(([, text]) => aboutDin(text)).map(([path]) => path)).toEqual([]);
		const english = strings(JSON.parse(readFileSync('messages/en.json', 'utf8')), '');
		expect(english.filter(([, text]) => /DIN SPEC[^.]*\bstandard\b|\bstandard\b[^.]*DIN SPEC/.test(text)).map(([path]) => path)).toEqual([]);
	});
});
