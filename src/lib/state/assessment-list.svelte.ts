// The checks stored on this device, for the home page: create, rename, duplicate, delete
// with a few seconds to undo.
import { COMPANY_NAME_MAX_LENGTH, newId, type Assessment, type AssessmentSummary } from '$lib/storage/assessment';
import { changeAssessment, deleteAssessment, listAssessments, putAssessment } from '$lib/storage/assessments';
import { onExternalChange } from '$lib/storage/broadcast';
import { problemOf, type StorageProblem } from '$lib/storage/db';
import { forgetPosition } from '$lib/storage/last-position';

export const UNDO_SECONDS = 8;

export interface ListEntry {
	assessment: Assessment;
	/** from the stored summary; null while it is being computed */
	summary: AssessmentSummary | null;
}

/**
 * Summaries for records stored without one (written by an older version): computed with the
 * engine, which is loaded only then, so listing checks normally costs no catalogue download.
 */
async function summariesFor(list: Assessment[]): Promise<Record<string, AssessmentSummary>> {
	const missing = list.filter((a) => !a.summary);
	const result: Record<string, AssessmentSummary> = {};
	if (missing.length === 0) return result;
	const [{ findCatalogue }, { summarise }] = await Promise.all([import('$lib/engine/din'), import('$lib/storage/assessment-derived')]);
	for (const a of missing) {
		const catalogue = findCatalogue(a.catalogue.id, a.catalogue.version);
		if (!catalogue) continue;
		try {
			result[a.id] = summarise(catalogue, a.answers);
		} catch {
			// Answers that do not fit the catalogue: the check page explains when it is opened.
		}
	}
	return result;
}

export class AssessmentList {
	entries = $state<ListEntry[]>([]);
	loaded = $state(false);
	problem = $state<StorageProblem | null>(null);
	/** the check just deleted, while it can still be restored */
	deleted = $state<Assessment | null>(null);
	#undoTimer: ReturnType<typeof setTimeout> | undefined;
	#stopListening: (() => void) | undefined;

	async load(): Promise<void> {
		try {
			const list = await listAssessments();
			this.entries = list.map((assessment) => ({ assessment, summary: assessment.summary ?? null }));
			this.problem = null;
			const computed = await summariesFor(list);
			if (Object.keys(computed).length > 0) {
				this.entries = this.entries.map((e) => ({ ...e, summary: e.summary ?? computed[e.assessment.id] ?? null }));
			}
		} catch (error) {
			this.problem = problemOf(error);
		} finally {
			this.loaded = true;
		}
		this.#stopListening ??= onExternalChange(() => void this.load());
	}

	close(): void {
		this.#stopListening?.();
		clearTimeout(this.#undoTimer);
	}

	/** Runs a storage operation; a failure is shown through `problem`. */
	async #try(operation: () => Promise<unknown>): Promise<boolean> {
		try {
			await operation();
			this.problem = null;
			return true;
		} catch (error) {
			this.problem = problemOf(error);
			return false;
		}
	}

	async create(companyName: string): Promise<Assessment | undefined> {
		const name = companyName.trim().slice(0, COMPANY_NAME_MAX_LENGTH);
		if (!name) return undefined;
		const [{ currentCatalogue }, { newAssessment }] = await Promise.all([import('$lib/engine/din'), import('$lib/storage/assessment-derived')]);
		const assessment = newAssessment({ name }, currentCatalogue);
		if (!(await this.#try(() => putAssessment(assessment)))) return undefined;
		await this.load();
		return assessment;
	}

	async rename(id: string, companyName: string): Promise<boolean> {
		const name = companyName.trim().slice(0, COMPANY_NAME_MAX_LENGTH);
		const entry = this.entries.find((e) => e.assessment.id === id);
		if (!name || !entry) return false;
		const done = await this.#try(() =>
			changeAssessment(id, (a) => ({ ...a, company: { ...a.company, name } }), entry.assessment.revision)
		);
		await this.load();
		return done;
	}

	async duplicate(id: string, suffix: string): Promise<void> {
		const entry = this.entries.find((e) => e.assessment.id === id);
		if (!entry) return;
		const source = $state.snapshot(entry.assessment);
		const stamp = new Date().toISOString();
		const name = `${source.company.name} ${suffix}`.slice(0, COMPANY_NAME_MAX_LENGTH);
		const copy: Assessment = { ...source, id: newId(), company: { ...source.company, name }, createdAt: stamp, updatedAt: stamp, revision: 1 };
		await this.#try(() => putAssessment(copy));
		await this.load();
	}

	async remove(id: string): Promise<void> {
		const entry = this.entries.find((e) => e.assessment.id === id);
		if (!entry) return;
		const snapshot = $state.snapshot(entry.assessment);
		if (!(await this.#try(() => deleteAssessment(id)))) return;
		forgetPosition(id);
		this.deleted = snapshot;
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.deleted = null), UNDO_SECONDS * 1000);
		await this.load();
	}

	async undoRemove(): Promise<void> {
		const assessment = this.deleted;
		if (!assessment) return;
		clearTimeout(this.#undoTimer);
		const restored = { ...$state.snapshot(assessment), revision: assessment.revision + 1 };
		if (await this.#try(() => putAssessment(restored))) this.deleted = null;
		await this.load();
	}
}
