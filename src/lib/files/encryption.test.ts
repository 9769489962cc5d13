// Key derivation at 600,000 PBKDF2 iterations takes about 0.3 s, so the tests that decrypt share
// one encrypted file and are counted: 12 key derivations for decrypting, 6 for encrypting (one by hand). Everything refused
// before the key derivation (bad structure, bad numbers) is cheap and tested freely.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	decryptText,
	encryptText,
	ENCRYPTED_FORMAT,
	isEncryptedFile,
	PBKDF2_ITERATIONS,
	type DecryptResult,
	type EncryptedFile,
	type InvalidReason
} from '$lib/files/encryption';

const PLAIN = 'Prüfbericht für Müller & Söhne GmbH – Größe: 42 €, Schlüssel 🔐👩‍💻\r\nZeile "2"';
const PASSWORD = 'Korrekt-Pferd-Batterie-Heftklammer';
// Full decryptions are slow; give them room on a busy machine.
const SLOW = 20_000;

let fileText: string;
beforeAll(async () => {
	fileText = await encryptText(PLAIN, PASSWORD);
}, SLOW);

const parsed = (text: string) => JSON.parse(text) as EncryptedFile;
/** The file with one change made to its parsed JSON. */
function changed(change: (file: EncryptedFile & Record<string, unknown>) => void): string {
	const file = parsed(fileText) as EncryptedFile & Record<string, unknown>;
	change(file);
	return JSON.stringify(file);
}
/** The base64 value with one bit of one byte flipped (still valid base64 of the same length). */
function flipByte(base64: string, index: number): string {
	const bytes = Buffer.from(base64, 'base64');
	bytes[index] = bytes[index]! ^ 0x01;
	return bytes.toString('base64');
}
/** A failure that gives away nothing of the plaintext; 'invalid' comes with its reason. */
function expectFailure(result: DecryptResult, problem: string, reason?: InvalidReason) {
	expect(result).toEqual(reason ? { ok: false, problem, reason } : { ok: false, problem });
	expect(JSON.stringify(result)).not.toContain('Müller');
}

describe('encryptText writes a self-describing file', () => {
	it('records format, version, PBKDF2-SHA-256 at 600,000 iterations, a 16-byte salt and a 12-byte IV', () => {
		const file = parsed(fileText);
		expect(Object.keys(file).sort()).toEqual(['cipher', 'data', 'format', 'formatVersion', 'kdf']);
		expect(file).toMatchObject({ format: ENCRYPTED_FORMAT, formatVersion: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 }, cipher: { name: 'AES-GCM' } });
		expect(PBKDF2_ITERATIONS).toBe(600_000);
		expect(Buffer.from(file.kdf.salt, 'base64')).toHaveLength(16);
		expect(Buffer.from(file.cipher.iv, 'base64')).toHaveLength(12);
	});

	it('stores ciphertext plus the 16-byte tag and no readable plaintext', () => {
		// GCM ciphertext is as long as the UTF-8 plaintext; the tag adds 16 bytes.
		expect(Buffer.from(parsed(fileText).data, 'base64')).toHaveLength(Buffer.byteLength(PLAIN, 'utf8') + 16);
		expect(fileText).not.toContain('Müller');
		expect(fileText).not.toContain('Prüfbericht');
	});

	it('differs between two encryptions of the same text (random salt and IV)', async () => {
		const again = parsed(await encryptText(PLAIN, PASSWORD));
		const first = parsed(fileText);
		expect(again.kdf.salt).not.toBe(first.kdf.salt);
		expect(again.cipher.iv).not.toBe(first.cipher.iv);
		expect(again.data).not.toBe(first.data);
	}, SLOW);

	it('writes a higher iteration count when asked', async () => {
		expect(parsed(await encryptText('x', PASSWORD, { iterations: 700_000 })).kdf.iterations).toBe(700_000);
	}, SLOW);

	it('refuses an empty password', async () => {
		await expect(encryptText(PLAIN, '')).rejects.toThrow(/password/);
	});

	it.each([599_999, 0, -1, 600_000.5, Number.NaN, 5_000_001])('refuses %d iterations', async (iterations) => {
		await expect(encryptText(PLAIN, PASSWORD, { iterations })).rejects.toThrow(/iterations/);
	});
});

describe('decryptText gives the text back only with the right password and an unchanged file', () => {
	it('round-trips text with umlauts, emoji, quotes and CRLF', async () => {
		expect(await decryptText(fileText, PASSWORD)).toEqual({ ok: true, text: PLAIN });
	}, SLOW);

	it('round-trips a 1 MB text', async () => {
		const line = 'Zeile mit Umlauten äöüß und Emoji 🔑 – ';
		const big = line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000);
		const result = await decryptText(await encryptText(big, PASSWORD), PASSWORD);
		expect(result.ok && result.text === big).toBe(true);
	}, SLOW);

	it('accepts the same password typed in another Unicode normal form', async () => {
		// 'ä' as one code point (NFC, Windows) vs 'a' + combining diaeresis (NFD, often macOS)
		const file = await encryptText(PLAIN, 'Passwort-\u00e4');
		expect(await decryptText(file, 'Passwort-a\u0308')).toEqual({ ok: true, text: PLAIN });
	}, SLOW);

	it('does not depend on key order or formatting of the JSON', async () => {
		const file = parsed(fileText);
		const reordered = JSON.stringify({
			data: file.data,
			cipher: { iv: file.cipher.iv, name: file.cipher.name },
			kdf: { salt: file.kdf.salt, iterations: file.kdf.iterations, hash: file.kdf.hash, name: file.kdf.name },
			formatVersion: file.formatVersion,
			format: file.format
		});
		expect(await decryptText(reordered, PASSWORD)).toEqual({ ok: true, text: PLAIN });
	}, SLOW);

	it('reports a wrong password', async () => {
		expectFailure(await decryptText(fileText, PASSWORD + '!'), 'wrong_password_or_modified');
	}, SLOW);

	it('reports an empty password as wrong without deriving a key', async () => {
		expectFailure(await decryptText(fileText, ''), 'wrong_password_or_modified');
	});

	it('detects one flipped byte in the ciphertext', async () => {
		expectFailure(await decryptText(changed((f) => (f.data = flipByte(f.data, 3))), PASSWORD), 'wrong_password_or_modified');
	}, SLOW);

	it('detects one flipped byte in the IV', async () => {
		expectFailure(await decryptText(changed((f) => (f.cipher.iv = flipByte(f.cipher.iv, 0))), PASSWORD), 'wrong_password_or_modified');
	}, SLOW);

	it('detects one flipped byte in the salt', async () => {
		expectFailure(await decryptText(changed((f) => (f.kdf.salt = flipByte(f.kdf.salt, 15))), PASSWORD), 'wrong_password_or_modified');
	}, SLOW);

	it('detects a changed iteration count that is still allowed', async () => {
		expectFailure(await decryptText(changed((f) => (f.kdf.iterations = 600_001)), PASSWORD), 'wrong_password_or_modified');
	}, SLOW);

	it('authenticates the header: AES-GCM additional data is the sorted-key JSON of everything but data', async () => {
		// Done by hand with WebCrypto, so that the format is specified for other tools too.
		const { data, ...header } = parsed(fileText);
		const subtle = globalThis.crypto.subtle;
		const material = await subtle.importKey('raw', new TextEncoder().encode(PASSWORD), 'PBKDF2', false, ['deriveKey']);
		const salt = Buffer.from(header.kdf.salt, 'base64');
		const key = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 }, material, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
		const iv = Buffer.from(header.cipher.iv, 'base64');
		const bytes = Buffer.from(data, 'base64');
		const aad =
			'{"cipher":{"iv":' + JSON.stringify(header.cipher.iv) + ',"name":"AES-GCM"},"format":"kmu-cyber-check/encrypted","formatVersion":1,' +
			'"kdf":{"hash":"SHA-256","iterations":600000,"name":"PBKDF2","salt":' + JSON.stringify(header.kdf.salt) + '}}';
		const plain = await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) }, key, bytes);
		expect(new TextDecoder().decode(plain)).toBe(PLAIN);
		await expect(subtle.decrypt({ name: 'AES-GCM', iv }, key, bytes)).rejects.toThrow();
	}, SLOW);

	it('calls authenticated bytes that are not UTF-8 invalid (not written by encryptText)', async () => {
		// Encrypted by hand like encryptText does, but with the bytes C3 28, which are not UTF-8.
		const { data: _, ...header } = parsed(fileText);
		const subtle = globalThis.crypto.subtle;
		const material = await subtle.importKey('raw', new TextEncoder().encode(PASSWORD), 'PBKDF2', false, ['deriveKey']);
		const salt = Buffer.from(header.kdf.salt, 'base64');
		const key = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
		const aad =
			'{"cipher":{"iv":' + JSON.stringify(header.cipher.iv) + ',"name":"AES-GCM"},"format":"kmu-cyber-check/encrypted","formatVersion":1,' +
			'"kdf":{"hash":"SHA-256","iterations":600000,"name":"PBKDF2","salt":' + JSON.stringify(header.kdf.salt) + '}}';
		const iv = Buffer.from(header.cipher.iv, 'base64');
		const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) }, key, Uint8Array.from([0xc3, 0x28]));
		const file = JSON.stringify({ ...header, data: Buffer.from(sealed).toString('base64') });
		expectFailure(await decryptText(file, PASSWORD), 'invalid', 'not_utf8');
	}, SLOW);

	it('detects a truncated ciphertext', async () => {
		const truncate = (data: string) => Buffer.from(data, 'base64').subarray(0, -1).toString('base64');
		expectFailure(await decryptText(changed((f) => (f.data = truncate(f.data))), PASSWORD), 'wrong_password_or_modified');
	}, SLOW);
});

describe('decryptText refuses broken or unsupported files before deriving a key', () => {
	const cases: [string, InvalidReason, (f: EncryptedFile & Record<string, unknown>) => void][] = [
		['too few iterations (599,999)', 'iterations', (f) => (f.kdf.iterations = 599_999)],
		['too many iterations (5,000,001), which could freeze the device', 'iterations', (f) => (f.kdf.iterations = 5_000_001)],
		['a fractional iteration count', 'iterations', (f) => (f.kdf.iterations = 600_000.5)],
		['the iteration count as a string', 'iterations', (f) => ((f.kdf as Record<string, unknown>).iterations = '600000')],
		['another hash', 'header', (f) => ((f.kdf as Record<string, unknown>).hash = 'SHA-1')],
		['another KDF', 'header', (f) => ((f.kdf as Record<string, unknown>).name = 'scrypt')],
		['another cipher', 'header', (f) => ((f.cipher as Record<string, unknown>).name = 'AES-CBC')],
		['another format version', 'header', (f) => ((f as Record<string, unknown>).formatVersion = 2)],
		['an unknown top-level key, which would not be authenticated', 'header', (f) => (f.note = 'hi')],
		['an unknown key in kdf', 'header', (f) => ((f.kdf as Record<string, unknown>).pepper = 'x')],
		['a missing salt', 'header', (f) => delete (f.kdf as Partial<EncryptedFile['kdf']>).salt],
		['missing data', 'header', (f) => delete (f as Partial<EncryptedFile>).data],
		['kdf as an array', 'header', (f) => ((f as Record<string, unknown>).kdf = [])],
		['a 15-byte salt', 'salt', (f) => (f.kdf.salt = Buffer.alloc(15).toString('base64'))],
		['a 16-byte IV', 'iv', (f) => (f.cipher.iv = Buffer.alloc(16).toString('base64'))],
		['data shorter than the tag', 'data', (f) => (f.data = Buffer.alloc(15).toString('base64'))],
		['data that is not base64', 'data', (f) => (f.data = 'not base64!')],
		['base64 without padding', 'data', (f) => (f.data = f.data.replace(/=+$/, '') + (f.data.endsWith('=') ? '' : 'A'))],
		['base64 in the URL alphabet', 'iv', (f) => (f.cipher.iv = '-_' + f.cipher.iv.slice(2))],
		['base64 with line breaks', 'data', (f) => (f.data = f.data.slice(0, 8) + '\n' + f.data.slice(8))],
		['a salt that is a number', 'salt', (f) => ((f.kdf as Record<string, unknown>).salt = 1234)]
	];
	it.each(cases)('calls a file with %s invalid, reason %s', async (_, reason, change) => {
		expectFailure(await decryptText(changed(change), PASSWORD), 'invalid', reason);
	});

	it('names the header before the iteration count, and the iteration count before salt, IV and data', async () => {
		const everything = changed((f) => {
			(f.cipher as Record<string, unknown>).name = 'AES-CBC';
			f.kdf.iterations = 1;
			f.kdf.salt = f.cipher.iv = f.data = '';
		});
		expectFailure(await decryptText(everything, PASSWORD), 'invalid', 'header');
		const numbers = changed((f) => {
			f.kdf.iterations = 1;
			f.kdf.salt = f.cipher.iv = f.data = '';
		});
		expectFailure(await decryptText(numbers, PASSWORD), 'invalid', 'iterations');
	});

	it.each(['', '{', '{"format": "kmu-cyber-check/encrypted",}', 'format: kmu-cyber-check/encrypted', '\uFEFF{}'])(
		'calls malformed JSON %j invalid, as not JSON',
		async (text) => {
			expectFailure(await decryptText(text, PASSWORD), 'invalid', 'not_json');
		}
	);

	it('gives every invalid file one of the known reasons', async () => {
		const reasons: InvalidReason[] = ['not_json', 'header', 'iterations', 'salt', 'iv', 'data', 'not_utf8'];
		const header = fc.record({ format: fc.constant(ENCRYPTED_FORMAT), formatVersion: fc.anything(), kdf: fc.anything(), cipher: fc.anything(), data: fc.anything() }, { requiredKeys: ['format'] });
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.string(), header.map((h) => JSON.stringify(h))), async (text) => {
				const result = await decryptText(text, PASSWORD);
				if (!result.ok && result.problem === 'invalid') expect(reasons).toContain(result.reason);
			}),
			{ numRuns: 300 }
		);
	});

	it.each([
		['a check file', JSON.stringify({ format: 'kmu-cyber-check/assessment', formatVersion: 1, assessment: {} })],
		['an object without format', '{"data": "AAAA"}'],
		['an array', '[1, 2, 3]'],
		['a number', '42'],
		['a string', '"kmu-cyber-check/encrypted"'],
		['null', 'null']
	])('calls %s not encrypted', async (_, text) => {
		expectFailure(await decryptText(text, PASSWORD), 'not_encrypted');
	});

	it('never throws and never succeeds for arbitrary text or JSON', async () => {
		const header = fc.record({ format: fc.constant(ENCRYPTED_FORMAT), formatVersion: fc.anything(), kdf: fc.anything(), cipher: fc.anything(), data: fc.anything() }, { requiredKeys: ['format'] });
		const inputs = fc.oneof(fc.string(), fc.json(), header.map((h) => JSON.stringify(h)));
		await fc.assert(
			fc.asyncProperty(inputs, async (text) => {
				const result = await decryptText(text, PASSWORD);
				expect(result.ok).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('isEncryptedFile looks at the format only', () => {
	it('recognises an encrypted file', () => {
		expect(isEncryptedFile(fileText)).toBe(true);
	});

	it('recognises the format even when the rest is broken, so the app can ask for the password and then explain', () => {
		expect(isEncryptedFile(JSON.stringify({ format: ENCRYPTED_FORMAT }))).toBe(true);
	});

	it.each(['', 'not json', '{"format": "kmu-cyber-check/assessment"}', '[]', 'null', '"kmu-cyber-check/encrypted"', `{"data": "${ENCRYPTED_FORMAT}"}`])(
		'says no to %j',
		(text) => {
			expect(isEncryptedFile(text)).toBe(false);
		}
	);
});
