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

export type ReadResult = { ok: true; kind: FileKind; assessments: Assessment[]; clients: Client[] } | { ok: false; problem: FileProblem };

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

function duplicateIn(ids: string[]): string | undefined {
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id)) return id;
		seen.add(id);
	}
	return undefined;
}

/**
 * Reads an export or backup file. `byteLength` is the file's size as reported by the browser,
 * checked before the text is parsed so a huge file costs nothing.
 */
export async function readAssessmentFile(text: string, byteLength = text.length, locale: Locale = 'de'): Promise<ReadResult> {
	const result = await attempt(async () => {
		const { kind, data } = readEnvelope(text, byteLength);
		const records = kind === 'assessment' ? [{ value: data.assessment, path: '/assessment' }] : (data.assessments as unknown[]).map((value, i) => ({ value, path: `/assessments/${i}` }));
		const forms = records.map((r) => ({ ...r, assessment: checkAssessmentForm(r.value, r.path) }));
		const clients = kind === 'client' ? [readClient(data.client, '/client')] : ((data.clients as unknown[] | undefined) ?? []).map((c, i) => readClient(c, `/clients/${i}`));
		// The checks against the catalogue come after every record has the right form.
		const assessments: Assessment[] = [];
		for (const r of forms) assessments.push(await checkAssessmentContent(r.assessment, r.path, locale));
		for (const list of [assessments.map((a) => a.id), clients.map((c) => c.id)]) {
			const duplicate = duplicateIn(list);
			if (duplicate) fail('duplicate_id', '/assessments', duplicate);
		}
		if (kind === 'client') {
			forms.forEach((r, i) => {
				if (r.assessment.clientId !== clients[0]!.id) fail('invalid', `/assessments/${i}/clientId`, 'value');
			});
		}
		return { kind, assessments, clients };
	});
	return result.ok ? { ok: true, ...result.value } : result;
}
