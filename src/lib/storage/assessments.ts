// The repository of checks on this device. Callers pass plain objects ($state.snapshot), since
// IndexedDB cannot clone reactive proxies. Every write is one IndexedDB transaction; changes
// are applied as read-modify-write inside it, so two tabs never overwrite each other's fields.
import { del, entries, get, set, setMany, update } from 'idb-keyval';
import type { Assessment, Client } from './assessment';
import { announceChange } from './broadcast';
import { clientKey } from './clients';
import { assessmentStore, guarded, NotFoundError } from './db';

const PREFIX = 'assessment:';
const key = (id: string) => `${PREFIX}${id}`;

export async function listAssessments(): Promise<Assessment[]> {
	const all = await guarded(() => entries<string, Assessment>(assessmentStore()));
	return all
		.filter(([k]) => typeof k === 'string' && k.startsWith(PREFIX))
		.map(([, value]) => value)
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
	return guarded(() => get<Assessment>(key(id), assessmentStore()));
}

export async function putAssessment(assessment: Assessment): Promise<void> {
	await guarded(() => set(key(assessment.id), assessment, assessmentStore()));
	announceChange(assessment.id, assessment.revision);
}

/** Stores several checks in one transaction: all or none (imports, backups). */
export async function putAssessments(list: Assessment[]): Promise<void> {
	await putRecords(list, []);
}

/** Stores checks and clients together in one transaction: all or none. */
export async function putRecords(assessments: Assessment[], clients: Client[]): Promise<void> {
	await guarded(() =>
		setMany([...assessments.map((a) => [key(a.id), a] as [string, unknown]), ...clients.map((c) => [clientKey(c.id), c] as [string, unknown])], assessmentStore())
	);
	for (const record of [...assessments, ...clients]) announceChange(record.id, record.revision);
}

export async function deleteAssessment(id: string): Promise<void> {
	await guarded(() => del(key(id), assessmentStore()));
	announceChange(id, 0);
}

export interface ChangeResult {
	stored: Assessment;
	/** the record had been changed elsewhere (another tab) since `knownRevision` */
	external: Assessment | undefined;
}

/**
 * Applies `change` to the stored record in one transaction and bumps its revision. When the
 * stored revision differs from `knownRevision`, another tab changed it meanwhile: the change is
 * still applied on top of the stored record (never on a stale copy), and the caller is told.
 */
export async function changeAssessment(
	id: string,
	change: (current: Assessment) => Assessment,
	knownRevision: number,
	now = new Date()
): Promise<ChangeResult> {
	let result: ChangeResult | undefined;
	await guarded(() =>
		update<Assessment>(
			key(id),
			(current) => {
				if (!current) throw new NotFoundError(id);
				const next = { ...change(structuredClone(current)), revision: current.revision + 1, updatedAt: now.toISOString() };
				result = { stored: next, external: current.revision !== knownRevision ? current : undefined };
				return next;
			},
			assessmentStore()
		)
	);
	announceChange(id, result!.stored.revision);
	return result!;
}
