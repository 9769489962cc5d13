// Adding imported checks and clients to the device: new ones are added, and for one that
// already exists (same id) the user decides: keep both, replace, or skip. Everything is written
// in one transaction, so a failed import changes nothing.
import type { Locale } from '$lib/engine/din';
import type { Assessment, Client } from '$lib/model/assessment';
import { newId } from '$lib/model/ids';
import { COMPANY_NAME_MAX_LENGTH } from '$lib/model/limits';
import { getAssessment, putRecords } from '$lib/storage/assessments';
import { getClient } from '$lib/storage/clients';
import { readAssessmentFile, type FileProblem } from './read-file';

export type ImportConflict =
	| { kind: 'assessment'; incoming: Assessment; existing: Assessment }
	| { kind: 'client'; incoming: Client; existing: Client };

export interface ImportPlan {
	fresh: Assessment[];
	freshClients: Client[];
	conflicts: ImportConflict[];
}

export type Resolution = 'keep_both' | 'replace' | 'skip';

export interface FileToImport {
	name: string;
	size: number;
	/** the file's text; '' for files too large to read */
	text: string;
}

export type FileOutcome =
	| { file: string; ok: true; count: number }
	| { file: string; ok: false; problem: FileProblem | 'same_check_twice' };

/**
 * Reads every file and plans the import of the valid ones. Nothing is stored here; a file that
 * is rejected never reaches storage.
 */
export async function prepareImport(files: FileToImport[], locale: Locale = 'de'): Promise<{ outcomes: FileOutcome[]; plan: ImportPlan }> {
	const outcomes: FileOutcome[] = [];
	const accepted: Assessment[] = [];
	const clients: Client[] = [];
	for (const file of files) {
		const result = await readAssessmentFile(file.text, file.size, locale);
		if (!result.ok) {
			outcomes.push({ file: file.name, ok: false, problem: result.problem });
		} else if (
			result.assessments.some((a) => accepted.some((b) => b.id === a.id)) ||
			result.clients.some((c) => clients.some((d) => d.id === c.id))
		) {
			outcomes.push({ file: file.name, ok: false, problem: 'same_check_twice' });
		} else {
			accepted.push(...result.assessments);
			clients.push(...result.clients);
			outcomes.push({ file: file.name, ok: true, count: result.assessments.length });
		}
	}
	return { outcomes, plan: await planImport(accepted, clients) };
}

export async function planImport(incoming: Assessment[], clients: Client[] = []): Promise<ImportPlan> {
	const plan: ImportPlan = { fresh: [], freshClients: [], conflicts: [] };
	for (const client of clients) {
		const existing = await getClient(client.id);
		if (existing) plan.conflicts.push({ kind: 'client', incoming: client, existing });
		else plan.freshClients.push(client);
	}
	for (const assessment of incoming) {
		const existing = await getAssessment(assessment.id);
		if (existing) plan.conflicts.push({ kind: 'assessment', incoming: assessment, existing });
		else plan.fresh.push(assessment);
	}
	return plan;
}

const renamed = <T extends { company: { name: string } }>(record: T, suffix: string): T => ({
	...record,
	company: { ...record.company, name: `${record.company.name} ${suffix}`.slice(0, COMPANY_NAME_MAX_LENGTH) }
});

/**
 * Writes the plan; returns the stored checks. `copySuffix` marks the copies of "keep both". A
 * client kept as a copy gets a new id, and the imported checks that belong to it follow it.
 */
export async function applyImport(plan: ImportPlan, resolutions: Record<string, Resolution>, copySuffix: string): Promise<Assessment[]> {
	const clients = [...plan.freshClients];
	const clientIds = new Map<string, string>();
	const checks = [...plan.fresh];
	for (const conflict of plan.conflicts) {
		const resolution = resolutions[conflict.incoming.id] ?? 'skip';
		if (conflict.kind === 'client') {
			if (resolution === 'replace') clients.push({ ...conflict.incoming, revision: Math.max(conflict.incoming.revision, conflict.existing.revision) + 1 });
			if (resolution === 'keep_both') {
				const copy = { ...renamed(conflict.incoming, copySuffix), id: newId() };
				clientIds.set(conflict.incoming.id, copy.id);
				clients.push(copy);
			}
			continue;
		}
		if (resolution === 'replace') {
			// A higher revision than the stored one, so a tab that has the check open notices.
			checks.push({ ...conflict.incoming, revision: Math.max(conflict.incoming.revision, conflict.existing.revision) + 1 });
		} else if (resolution === 'keep_both') {
			checks.push({ ...renamed(conflict.incoming, copySuffix), id: newId() });
		}
	}
	const stored = checks.map((a) => (a.clientId && clientIds.has(a.clientId) ? { ...a, clientId: clientIds.get(a.clientId)! } : a));
	if (stored.length + clients.length > 0) await putRecords(stored, clients);
	return stored;
}
