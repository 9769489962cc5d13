// Reading an export file (questions/schema/assessment-file.schema.json): a single check, a
// backup of checks and clients, or one client with its checks. The envelope is checked first,
// then every record's form, then what only the catalogue can tell; the first problem is named
// with a code the UI turns into a message in the user's language.
import type { Locale } from '$lib/engine/din';
import type { Assessment, Client } from '$lib/model/assessment';
import { checkAssessmentContent, checkAssessmentForm, checkTimestamp } from './assessment-reader';
import { readClient } from './client-reader';
import { BACKUP_FORMAT, CLIENT_FORMAT, FILE_FORMAT, FORMAT_VERSION, MAX_FILE_BYTES } from './export';
import { validateAssessmentEnvelope, validateBackupEnvelope, validateClientEnvelope } from './generated/validators';
import { attempt, checkSchema, fail, type FileProblem } from './problems';

export type { FileProblem, FileProblemCode, InvalidReason } from './problems';

export type FileKind = 'assessment' | 'backup' | 'client';

/** A record of a backup or client file that was not read, and why. */
export interface RefusedRecord {
	kind: 'assessment' | 'client';
	/** its position in the file, from 1 */
	position: number;
	/** the company name, when the record has a readable one */
	name: string | null;
	problem: FileProblem;
}

/**
 * A single check is read or refused whole. A backup or client file gives every record that can
 * be read and names each one that cannot: one bad record never costs the others.
 */
export type ReadResult =
	| { ok: true; kind: FileKind; assessments: Assessment[]; clients: Client[]; refused: RefusedRecord[]; total: number }
	| { ok: false; problem: FileProblem };

const FORMATS: Record<string, FileKind> = { [FILE_FORMAT]: 'assessment', [BACKUP_FORMAT]: 'backup', [CLIENT_FORMAT]: 'client' };
const ENVELOPES = { assessment: validateAssessmentEnvelope, backup: validateBackupEnvelope, client: validateClientEnvelope };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parsed file and its kind, when its envelope (format, version, header) is right. */
function readEnvelope(text: string, byteLength: number): { kind: FileKind; data: Json } {
	if (byteLength > MAX_FILE_BYTES) fail('too_large', undefined, String(byteLength));
	if (text.trim() === '') fail('empty');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		fail('not_json');
	}
	const kind = isObject(data) && typeof data.format === 'string' ? FORMATS[data.format] : undefined;
	if (!isObject(data) || !kind) return fail('wrong_format', '/format', isObject(data) && typeof data.format === 'string' ? data.format.slice(0, 80) : undefined);
	const v = data.formatVersion;
	if (typeof v === 'number' && Number.isInteger(v) && v > FORMAT_VERSION) fail('future_version', '/formatVersion', String(v));
	checkSchema(ENVELOPES[kind], data, '');
	checkTimestamp(data.exportedAt as string, '/exportedAt');
	return { kind, data };
}

const nameOf = (value: unknown): string | null => {
	const name = isObject(value) && isObject(value.company) ? value.company.name : undefined;
	return typeof name === 'string' && name.trim() ? name.slice(0, 120) : null;
};

/**
 * Reads an export or backup file. `byteLength` is the file's size as reported by the browser,
 * checked before the text is parsed so a huge file costs nothing.
 */
export async function readAssessmentFile(text: string, byteLength = text.length, locale: Locale = 'de'): Promise<ReadResult> {
	const envelope = await attempt(() => readEnvelope(text, byteLength));
	if (!envelope.ok) return envelope;
	const { kind, data } = envelope.value;
	if (kind === 'assessment') {
		const one = await attempt(() => checkAssessmentContent(checkAssessmentForm(data.assessment, '/assessment'), '/assessment', locale));
		return one.ok ? { ok: true, kind, assessments: [one.value], clients: [], refused: [], total: 1 } : one;
	}
	const refused: RefusedRecord[] = [];
	const seen = new Set<string>();
	/** Ids are opaque: a check and a client, or two records, may not share one. */
	const unique = (id: string, path: string) => {
		if (seen.has(id)) fail('duplicate_id', `${path}/id`, id);
		seen.add(id);
	};
	const clientValues = kind === 'client' ? [data.client] : ((data.clients as unknown[] | undefined) ?? []);
	const clients: Client[] = [];
	for (const [i, value] of clientValues.entries()) {
		const path = kind === 'client' ? '/client' : `/clients/${i}`;
		const read = await attempt(() => {
			const client = readClient(value, path);
			unique(client.id, path);
			return client;
		});
		if (read.ok) clients.push(read.value);
		else refused.push({ kind: 'client', position: i + 1, name: nameOf(value), problem: read.problem });
	}
	const assessments: Assessment[] = [];
	for (const [i, value] of (data.assessments as unknown[]).entries()) {
		const path = `/assessments/${i}`;
		const read = await attempt(async () => {
			const form = checkAssessmentForm(value, path);
			unique(form.id, path);
			if (kind === 'client' && form.clientId !== (data.client as Client | undefined)?.id) fail('invalid', `${path}/clientId`, 'value');
			return checkAssessmentContent(form, path, locale);
		});
		if (read.ok) assessments.push(read.value);
		else refused.push({ kind: 'assessment', position: i + 1, name: nameOf(value), problem: read.problem });
	}
	return { ok: true, kind, assessments, clients, refused, total: clientValues.length + (data.assessments as unknown[]).length };
}
