// Adding imported checks to the device: new ones are added, and for a check that already
// exists (same id) the user decides: keep both or replace. Everything is written in one
// transaction, so a failed import changes nothing.
import { readAssessmentFile, type FileProblem } from '$lib/files/assessment-file';
import { COMPANY_NAME_MAX_LENGTH, newId, type Assessment } from './assessment';
import { getAssessment, putAssessments } from './assessments';

export interface ImportConflict {
	incoming: Assessment;
	existing: Assessment;
}

export interface ImportPlan {
	fresh: Assessment[];
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
export async function prepareImport(files: FileToImport[]): Promise<{ outcomes: FileOutcome[]; plan: ImportPlan }> {
	const outcomes: FileOutcome[] = [];
	const accepted: Assessment[] = [];
	for (const file of files) {
		const result = readAssessmentFile(file.text, file.size);
		if (!result.ok) {
			outcomes.push({ file: file.name, ok: false, problem: result.problem });
		} else if (result.assessments.some((a) => accepted.some((b) => b.id === a.id))) {
			outcomes.push({ file: file.name, ok: false, problem: 'same_check_twice' });
		} else {
			accepted.push(...result.assessments);
			outcomes.push({ file: file.name, ok: true, count: result.assessments.length });
		}
	}
	return { outcomes, plan: await planImport(accepted) };
}

export async function planImport(incoming: Assessment[]): Promise<ImportPlan> {
	const plan: ImportPlan = { fresh: [], conflicts: [] };
	for (const assessment of incoming) {
		const existing = await getAssessment(assessment.id);
		if (existing) plan.conflicts.push({ incoming: assessment, existing });
		else plan.fresh.push(assessment);
	}
	return plan;
}

/** Writes the plan; returns the stored checks. `copySuffix` marks the copies of "keep both". */
export async function applyImport(
	plan: ImportPlan,
	resolutions: Record<string, Resolution>,
	copySuffix: string
): Promise<Assessment[]> {
	const toStore = [...plan.fresh];
	for (const { incoming, existing } of plan.conflicts) {
		const resolution = resolutions[incoming.id] ?? 'skip';
		if (resolution === 'replace') {
			// A higher revision than the stored one, so a tab that has the check open notices.
			toStore.push({ ...incoming, revision: Math.max(incoming.revision, existing.revision) + 1 });
		} else if (resolution === 'keep_both') {
			const name = `${incoming.company.name} ${copySuffix}`.slice(0, COMPANY_NAME_MAX_LENGTH);
			toStore.push({ ...incoming, id: newId(), company: { ...incoming.company, name } });
		}
	}
	if (toStore.length > 0) await putAssessments(toStore);
	return toStore;
}
