import { describe, expect, it } from 'vitest';
import { readFileText } from '$lib/files/file-text';

const blob = (...parts: (string | number[])[]) => new Blob(parts.map((p) => (typeof p === 'string' ? p : Uint8Array.from(p))));

describe('readFileText', () => {
	it('reads German text with umlauts, ß, the euro sign and emoji', async () => {
		expect(await readFileText(blob('Größe der Maßnahme: 500 € 🔐'))).toEqual({ ok: true, text: 'Größe der Maßnahme: 500 € 🔐' });
	});

	it('drops a leading UTF-8 byte order mark', async () => {
		expect(await readFileText(blob([0xef, 0xbb, 0xbf], '{"a":"ä"}'))).toEqual({ ok: true, text: '{"a":"ä"}' });
	});

	it('keeps a byte order mark that is not at the start', async () => {
		expect(await readFileText(blob('a', [0xef, 0xbb, 0xbf], 'b'))).toEqual({ ok: true, text: 'a\uFEFFb' });
	});

	it('reads an empty file as empty text', async () => {
		expect(await readFileText(blob())).toEqual({ ok: true, text: '' });
	});

	it('refuses invalid UTF-8 (0xC3 0x28) instead of replacing it', async () => {
		expect(await readFileText(blob('ok ', [0xc3, 0x28]))).toEqual({ ok: false, problem: 'not_utf8' });
	});

	it('refuses Windows-1252 umlauts and a sequence cut off at the end', async () => {
		expect(await readFileText(blob('Gr', [0xf6], '\u00DFe'))).toEqual({ ok: false, problem: 'not_utf8' }); // "ö" as 0xF6
		expect(await readFileText(blob('x', [0xe2, 0x82]))).toEqual({ ok: false, problem: 'not_utf8' }); // "€" without its last byte
	});
});
