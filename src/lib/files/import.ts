// Adding imported checks and clients to the device. Every file is read first (record by
// record: a backup restores every record it can and names the others); new records are added.
// A record that exists already (same id) is updated when the file's version is the newer one
// and left as it is when it is the same or older (model/versions.ts) – re-importing one's own
// hand-over makes no copies. Only when both were changed apart from each other does the user
// decide: keep both, replace or skip. A
// check attaches to a client on this device only when that client comes with it or the user
// confirms. Everything is written in one transaction, so a failed import changes nothing.
import type { Locale } from '$lib/engine/din';
import type { Assessment, Client } from '$lib/model/assessment';
import { newId } from '$lib/model/ids';
import { COMPANY_NAME_MAX_LENGTH, REVISION_MAX } from '$lib/model/limits';
import { getAssessment, putRecords } from '$lib/storage/assessments';
import { getClient } from '$lib/storage/clients';
import { upgradeAssessment } from '$lib/model/upgrade';
import { orderChecks, orderClients, type VersionOrder } from '$lib/model/versions';
import { readAssessmentFile, type FileProblem, type RefusedRecord } from './read-file';

export type ImportConflict =
	| { kind: 'assessment'; incoming: Assessment; existing: Assessment }
	| { kind: 'client'; incoming: Client; existing: Client };

/** A check that names a client this device has, but that the file does not bring. */
export interface Attachment {
	check: Assessment;
	client: Client;
}

export interface ImportPlan {
	fresh: Assessment[];
	freshClients: Client[];
	/** newer in the file than here: stored without asking */
	updates: ImportConflict[];
	/** here already as in the file, or newer here: nothing to store */
	current: ImportConflict[];
	/** changed here and in the file apart from each other: the user decides */
	conflicts: ImportConflict[];
	attachments: Attachment[];
}

export type Resolution = 'keep_both' | 'replace' | 'skip';

/** The key of a conflict's resolution: ids are opaque, so kind and id together. */
export const conflictKey = (c: { kind: ImportConflict['kind']; incoming: { id: string } }) => `${c.kind}:${c.incoming.id}`;

export interface FileToImport {
	name: string;
	size: number;
	/** the file's text; '' for files too large to read */
	text: string;
}

export type FileOutcome =
	| { file: string; ok: true; count: number; clients: number; total: number; refused: RefusedRecord[] }
	| { file: string; ok: false; problem: FileProblem | 'same_check_twice' };

/**
 * Reads every file and plans the import of what can be read. Nothing is stored here; a record
 * that is refused never reaches storage.
 */
export async function prepareImport(files: FileToImport[], locale: Locale = 'de'): Promise<{ outcomes: FileOutcome[]; plan: ImportPlan }> {
	const outcomes: FileOutcome[] = [];
	const accepted = new Map<string, Assessment>();
	const clients = new Map<string, Client>();
	for (const file of files) {
		const result = await readAssessmentFile(file.text, file.size, locale);
		if (!result.ok) {
			outcomes.push({ file: file.name, ok: false, problem: result.problem });
		} else if (result.assessments.some((a) => accepted.has(a.id)) || result.clients.some((c) => clients.has(c.id))) {
			outcomes.push({ file: file.name, ok: false, problem: 'same_check_twice' });
		} else {
			for (const a of result.assessments) accepted.set(a.id, a);
			for (const c of result.clients) clients.set(c.id, c);
			outcomes.push({ file: file.name, ok: true, count: result.assessments.length + result.clients.length, clients: result.clients.length, total: result.total, refused: result.refused });
		}
	}
	return { outcomes, plan: await planImport([...accepted.values()], [...clients.values()], locale) };
}

/** Where a pair of versions goes in the plan. */
const place = (plan: ImportPlan, pair: ImportConflict, order: VersionOrder) =>
	(order === 'incoming_newer' ? plan.updates : order === 'conflict' ? plan.conflicts : plan.current).push(pair);

export async function planImport(incoming: Assessment[], clients: Client[] = [], locale: Locale = 'de'): Promise<ImportPlan> {
	const plan: ImportPlan = { fresh: [], freshClients: [], updates: [], current: [], conflicts: [], attachments: [] };
	const coming = new Set(clients.map((c) => c.id));
	for (const client of clients) {
		const existing = await getClient(client.id);
		if (existing) place(plan, { kind: 'client', incoming: client, existing }, orderClients(existing, client));
		else plan.freshClients.push(client);
	}
	for (const found of incoming) {
		const existing = await getAssessment(found.id);
		if (existing) {
			// Compared as the file's check was read: upgraded to the current catalogue and rules.
			const upgraded = await upgradeAssessment(existing, locale, { recomputeNis2: true });
			// A check here keeps the client it belongs to here.
			const { clientId: _theirs, ...rest } = found;
			const clientId = existing.clientId ?? (found.clientId && coming.has(found.clientId) ? found.clientId : undefined);
			const theirs = clientId ? { ...rest, clientId } : rest;
			place(plan, { kind: 'assessment', incoming: theirs, existing }, orderChecks(upgraded.ok ? upgraded.record : existing, theirs));
			continue;
		}
		let assessment = found;
		if (found.clientId && !coming.has(found.clientId)) {
			const { clientId, ...unattached } = found;
			assessment = unattached;
			const client = await getClient(clientId);
			if (client) plan.attachments.push({ check: found, client });
		}
		plan.fresh.push(assessment);
	}
	return plan;
}

const renamed = <T extends { company: { name: string } }>(record: T, suffix: string): T => ({
	...record,
	company: { ...record.company, name: `${record.company.name} ${suffix}`.slice(0, COMPANY_NAME_MAX_LENGTH) }
});

/** A revision above both, so a tab that has the record open notices; bounded like every revision. */
const above = (a: number, b: number) => Math.min(REVISION_MAX, Math.max(a, b) + 1);

/**
 * Writes the plan; returns the stored checks. `copySuffix` marks the copies of "keep both". A
 * client kept as a copy gets a new id, and the imported checks that belong to it follow it.
 * `attach` holds the ids of checks the user allowed to join the client this device has.
 */
export async function applyImport(plan: ImportPlan, resolutions: ReadonlyMap<string, Resolution>, copySuffix: string, attach: ReadonlySet<string> = new Set()): Promise<Assessment[]> {
	const clients = [...plan.freshClients];
	const clientIds = new Map<string, string>();
	const checks = [...plan.fresh];
	const replace = plan.updates.map((pair) => ({ pair, resolution: 'replace' as Resolution }));
	const decided = plan.conflicts.map((pair) => ({ pair, resolution: resolutions.get(conflictKey(pair)) ?? 'skip' }));
	for (const { pair: conflict, resolution } of [...replace, ...decided]) {
		if (conflict.kind === 'client') {
			if (resolution === 'replace') clients.push({ ...conflict.incoming, revision: above(conflict.incoming.revision, conflict.existing.revision) });
			if (resolution === 'keep_both') {
				const copy = { ...renamed(conflict.incoming, copySuffix), id: newId() };
				clientIds.set(conflict.incoming.id, copy.id);
				clients.push(copy);
			}
			continue;
		}
		if (resolution === 'replace') checks.push({ ...conflict.incoming, revision: above(conflict.incoming.revision, conflict.existing.revision) });
		else if (resolution === 'keep_both') checks.push({ ...renamed(conflict.incoming, copySuffix), id: newId() });
	}
	const attached = new Map(plan.attachments.filter((a) => attach.has(a.check.id)).map((a) => [a.check.id, a.client.id]));
	const stored = checks.map((a) => {
		const clientId = a.clientId ? (clientIds.get(a.clientId) ?? a.clientId) : attached.get(a.id);
		return clientId ? { ...a, clientId } : a;
	});
	if (stored.length + clients.length > 0) await putRecords(stored, clients);
	return stored;
}
