// Password-encrypted files, for handing a check to a client or colleague by e-mail or USB stick.
// WebCrypto only (browsers and Node 20 both have it), so no crypto code ships with the app.
//
// Key: PBKDF2-SHA-256 over the password with a random salt; cipher: AES-256-GCM with a random IV.
// The header (format, version, KDF and cipher parameters) is passed to AES-GCM as additional
// data, so a changed iteration count or salt fails authentication like a changed ciphertext.

export const ENCRYPTED_FORMAT = 'kmu-cyber-check/encrypted';
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; also the floor files are held to. */
export const PBKDF2_ITERATIONS = 600_000;
/** Above this a crafted file could keep the device busy for minutes before failing. */
export const MAX_PBKDF2_ITERATIONS = 5_000_000;

const FORMAT_VERSION = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BITS = 256;

export interface EncryptedFile {
	format: typeof ENCRYPTED_FORMAT;
	formatVersion: 1;
	kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string /* base64, 16 bytes */ };
	cipher: { name: 'AES-GCM'; iv: string /* base64, 12 bytes */ };
	/** base64 of the ciphertext followed by the 16-byte authentication tag */
	data: string;
}

type Header = Omit<EncryptedFile, 'data'>;

/**
 * What is wrong with an 'invalid' file, so the message can say more than "damaged": not JSON,
 * a header of the wrong form (keys, format version, KDF, hash or cipher), an iteration count
 * outside 600,000–5,000,000, a salt, IV or data that is not strict base64 of the right length,
 * or a decrypted text that is not UTF-8.
 */
export type InvalidReason = 'not_json' | 'header' | 'iterations' | 'salt' | 'iv' | 'data' | 'not_utf8';

export type DecryptResult =
	| { ok: true; text: string }
	| { ok: false; problem: 'invalid'; reason: InvalidReason }
	| { ok: false; problem: 'not_encrypted' | 'wrong_password_or_modified' };

/**
 * Encrypts text with a password; returns the JSON of an EncryptedFile. Throws for an empty
 * password and for an iteration count outside 600,000–5,000,000 (decryptText would refuse it).
 */
export async function encryptText(plain: string, password: string, options: { iterations?: number } = {}): Promise<string> {
	if (password === '') throw new Error('The password must not be empty.');
	const iterations = options.iterations ?? PBKDF2_ITERATIONS;
	if (!acceptableIterations(iterations)) {
		throw new Error(`PBKDF2 iterations must be a whole number from ${PBKDF2_ITERATIONS} to ${MAX_PBKDF2_ITERATIONS}, not ${iterations}.`);
	}
	const salt = randomBytes(SALT_BYTES);
	const iv = randomBytes(IV_BYTES);
	const header: Header = {
		format: ENCRYPTED_FORMAT,
		formatVersion: FORMAT_VERSION,
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
		cipher: { name: 'AES-GCM', iv: toBase64(iv) }
	};
	const key = await deriveKey(password, salt, iterations, 'encrypt');
	const ciphertext = await subtle().encrypt(
		{ name: 'AES-GCM', iv, additionalData: encode(canonicalJson(header)), tagLength: TAG_BYTES * 8 },
		key,
		encode(plain)
	);
	const file: EncryptedFile = { ...header, data: toBase64(new Uint8Array(ciphertext)) };
	return JSON.stringify(file, null, 2);
}

/** Whether the text claims to be an encrypted file; checks the format only, decrypts nothing. */
export function isEncryptedFile(text: string): boolean {
	const parsed = parseJson(text);
	return isRecord(parsed) && parsed.format === ENCRYPTED_FORMAT;
}

/**
 * Decrypts the text of an encrypted file. Never throws: text that is not an encrypted file gives
 * 'not_encrypted', a broken or unsupported file 'invalid' with the reason, and a failed authentication
 * 'wrong_password_or_modified' (AES-GCM cannot tell a wrong password from a changed byte).
 */
export async function decryptText(fileText: string, password: string): Promise<DecryptResult> {
	const parsed = parseJson(fileText);
	if (parsed === undefined) return invalid('not_json');
	if (!isRecord(parsed) || parsed.format !== ENCRYPTED_FORMAT) return fail('not_encrypted');
	const file = readFile(parsed);
	if (typeof file === 'string') return invalid(file);
	// encryptText refuses an empty password, so it cannot be right; this saves the key derivation.
	if (password === '') return fail('wrong_password_or_modified');
	try {
		const key = await deriveKey(password, file.salt, file.header.kdf.iterations, 'decrypt');
		const plain = await subtle().decrypt(
			{ name: 'AES-GCM', iv: file.iv, additionalData: encode(canonicalJson(file.header)), tagLength: TAG_BYTES * 8 },
			key,
			file.data
		);
		return decodeUtf8(plain);
	} catch {
		return fail('wrong_password_or_modified');
	}
}

interface ReadFile {
	header: Header;
	salt: Uint8Array<ArrayBuffer>;
	iv: Uint8Array<ArrayBuffer>;
	data: Uint8Array<ArrayBuffer>;
}

// Unknown keys are refused rather than ignored: they would not be authenticated. A missing key
// is a 'header' problem too, since the key check comes first.
function readFile(value: Record<string, unknown>): ReadFile | InvalidReason {
	const { kdf, cipher, data } = value;
	if (!hasExactKeys(value, ['format', 'formatVersion', 'kdf', 'cipher', 'data']) || value.formatVersion !== FORMAT_VERSION) return 'header';
	if (!isRecord(kdf) || !hasExactKeys(kdf, ['name', 'hash', 'iterations', 'salt'])) return 'header';
	if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') return 'header';
	if (!isRecord(cipher) || !hasExactKeys(cipher, ['name', 'iv']) || cipher.name !== 'AES-GCM') return 'header';
	if (!acceptableIterations(kdf.iterations)) return 'iterations';
	const salt = fromBase64(kdf.salt);
	if (salt?.length !== SALT_BYTES) return 'salt';
	const iv = fromBase64(cipher.iv);
	if (iv?.length !== IV_BYTES) return 'iv';
	const bytes = fromBase64(data);
	if (!bytes || bytes.length < TAG_BYTES) return 'data';
	const header: Header = {
		format: ENCRYPTED_FORMAT,
		formatVersion: FORMAT_VERSION,
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: kdf.salt as string },
		cipher: { name: 'AES-GCM', iv: cipher.iv as string }
	};
	return { header, salt, iv, data: bytes };
}

function acceptableIterations(value: unknown): value is number {
	return Number.isInteger(value) && (value as number) >= PBKDF2_ITERATIONS && (value as number) <= MAX_PBKDF2_ITERATIONS;
}

// The password is normalised to NFC so that "ä" typed on a Mac (often NFD) matches Windows.
async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number, use: KeyUsage): Promise<CryptoKey> {
	const material = await subtle().importKey('raw', encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
	return subtle().deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: KEY_BITS },
		false,
		[use]
	);
}

// Authenticated bytes that are not UTF-8 were not written by encryptText.
function decodeUtf8(bytes: ArrayBuffer): DecryptResult {
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
	} catch {
		return invalid('not_utf8');
	}
}

/**
 * JSON with the keys of every object sorted, so that the additional data does not depend on the
 * key order of the file (another tool may rewrite it) but only on the values.
 */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (isRecord(value)) {
		const keys = Object.keys(value).sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: Record<string, unknown>, keys: string[]): boolean {
	const present = Object.keys(value);
	return present.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

function fail(problem: 'not_encrypted' | 'wrong_password_or_modified'): DecryptResult {
	return { ok: false, problem };
}

function invalid(reason: InvalidReason): DecryptResult {
	return { ok: false, problem: 'invalid', reason };
}

function subtle(): SubtleCrypto {
	return globalThis.crypto.subtle;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function encode(text: string): Uint8Array<ArrayBuffer> {
	return new TextEncoder().encode(text);
}

// btoa works on "binary strings"; chunks keep String.fromCharCode within the argument limit.
function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

// Strict: padded standard alphabet only, so that two different texts never decode to the same bytes.
function fromBase64(value: unknown): Uint8Array<ArrayBuffer> | undefined {
	if (typeof value !== 'string' || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return undefined;
	try {
		const binary = atob(value);
		if (btoa(binary) !== value) return undefined;
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return undefined;
	}
}
