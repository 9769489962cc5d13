// One open check: the record as reactive state, its catalogue, and what follows from its
// answers. Each change is a pure function (model/changes.ts): applied once to what is shown,
// derived once, and handed to the save queue, which writes it in order. When another tab has
// stored a newer revision meanwhile, the changes are applied on top of that one instead, and
// what the other tab changed is merged in and pointed out, never silently overwritten.
import { type Catalogue, type Locale } from '$lib/engine/din';
import { loadCatalogue } from '$lib/content/catalogues';
import type { Assessment } from '$lib/model/assessment';
import type { Change } from '$lib/model/changes';
import { damageOfCheck } from '$lib/model/damage';
import type { Derived } from '$lib/model/derive';
import { adopt, conflictsOf } from '$lib/model/merge';
import { upgradeAssessment, type UpgradeProblem, type UpgradeReport } from '$lib/model/upgrade';
import { changeAssessment, getAssessment } from '$lib/storage/assessments';
import { onExternalChange } from '$lib/storage/broadcast';
import { problemOf, RecordRefused, type StorageProblem } from '$lib/storage/db';
import { rememberPosition } from '$lib/storage/last-position';
import type { FileProblem } from '$lib/files/problems';
import { applied, deriveLoaded, loadDerive } from './applied';
import { RecordContract } from './record-contract';
import { SaveQueue } from './save-queue.svelte';

export type LoadProblem = 'not_found' | 'damaged' | UpgradeProblem | StorageProblem;

/** What a change the session refused would have broken. */
export interface Refusal {
	key: string;
	problem: FileProblem;
}


export class AssessmentSession {
	assessment = $state<Assessment | null>(null);
	/** loaded when a page needs it (requireCatalogue); the NIS-2 page does not */
	catalogue = $state<Catalogue | null>(null);
	/** answers, risk status, action plan and summary, derived once per change */
	derived = $state<Derived | null>(null);
	loading = $state(true);
	loadProblem = $state<LoadProblem | null>(null);
	/** what was carried over to the current catalogue or NIS-2 rules when the check was opened */
	upgrade = $state<UpgradeReport>({});
	/** requirement ids (or 'company', 'nis2', 'plan') changed in another tab since this one last saw them */
	externalChanges = $state<string[]>([]);
	/** keys of changes made here to a field another tab changed at the same time (this tab's value was kept) */
	conflicts = $state<string[]>([]);
	deletedElsewhere = $state(false);
	/** the JSON path of a damaged value when loadProblem is 'damaged' */
	damage = $state<string | null>(null);
	/** the last change refused because the importer would not read the record back */
	refused = $state<Refusal | null>(null);
	/** set by the NIS-2 page: derives the NIS-2 result after a change to the NIS-2 answers */
	nis2Result: ((assessment: Assessment) => void) | null = null;
	/** the earlier check this re-assessment started from, once asked for (requirePrevious) */
	previous = $state<Assessment | null>(null);

	#queue = new SaveQueue<Change>((batch) => this.#write(batch));
	#known = 0;
	/** the record as last read from or written to storage, to tell what another tab changed */
	#base: Assessment | null = null;
	#locale: Locale = 'de';
	#catalogueLoading: Promise<Catalogue | null> | undefined;
	#previousLoading: Promise<Assessment | null> | undefined;
	#writing = false;
	#recheck = false;
	#stopListening: (() => void) | undefined;
	#contract = new RecordContract();

	get save() {
		return this.#queue.state;
	}

	async load(id: string, locale: Locale): Promise<void> {
		this.loading = true;
		this.loadProblem = null;
		this.#locale = locale;
		try {
			const stored = await getAssessment(id);
			if (!stored) {
				this.loadProblem = 'not_found';
				return;
			}
			this.damage = damageOfCheck(stored);
			if (this.damage) {
				// The stored check stays as it is: the page offers to export or delete it.
				this.loadProblem = 'damaged';
				this.assessment = stored;
				return;
			}
			const upgraded = await upgradeAssessment(stored, locale);
			if (!upgraded.ok) {
				// The stored check stays untouched; it can still be exported from the home page.
				this.loadProblem = upgraded.problem;
				return;
			}
			let record = upgraded.record;
			if (upgraded.changed) {
				const { stored: saved } = await changeAssessment(id, (current) => (current.revision === stored.revision ? upgraded.record : current), stored.revision);
				record = saved;
			}
			this.#known = record.revision;
			this.#base = structuredClone(record);
			this.assessment = record;
			this.upgrade = upgraded.report;
			this.#stopListening?.();
			this.#stopListening = onExternalChange((message) => {
				if (message.id !== this.assessment?.id) return;
				if (message.revision === 0) this.deletedElsewhere = true;
				else if (message.revision > this.#known) void this.#refresh();
			});
		} catch (error) {
			this.loadProblem = problemOf(error);
		} finally {
			this.loading = false;
		}
	}

	/** Loads the check's catalogue (once per language) and derives what follows from the answers. */
	requireCatalogue(): Promise<Catalogue | null> {
		this.#catalogueLoading ??= this.#loadCatalogue();
		return this.#catalogueLoading;
	}

	/** Shows the catalogue in another language; the answers stay as they are. */
	async useLocale(locale: Locale): Promise<void> {
		if (locale !== this.#locale) {
			this.#locale = locale;
			if (this.#catalogueLoading) this.#catalogueLoading = this.#loadCatalogue();
		}
		await this.#catalogueLoading;
	}

	async #loadCatalogue(): Promise<Catalogue | null> {
		const ref = this.assessment?.catalogue;
		// The scoring comes with the catalogue (see applied.ts).
		const [found, derive] = await Promise.all([ref ? loadCatalogue(ref, this.#locale) : undefined, loadDerive()]);
		const catalogue = found ?? null;
		this.catalogue = catalogue;
		// Derived again for the new language too: the action plan carries the catalogue's texts.
		if (catalogue && this.assessment) this.derived = derive(catalogue, $state.snapshot(this.assessment.responses));
		return catalogue;
	}

	/** Reads the earlier check (for the comparison and the report) once. */
	requirePrevious(): Promise<Assessment | null> {
		const id = this.assessment?.previousId;
		if (!id) return Promise.resolve(null);
		this.#previousLoading ??= getAssessment(id)
			.catch(() => undefined)
			.then((found) => (this.previous = found ?? null));
		return this.#previousLoading;
	}

	/** Resolves when the catalogue and the file contract are loaded (tests, before a burst of changes). */
	async prepare(): Promise<void> {
		await Promise.all([this.requireCatalogue(), this.#contract.load()]);
	}

	/**
	 * Applies a change to the open check at once and queues it for storing – unless the record
	 * would then be one the importer refuses: such a change is not applied and is named in
	 * `refused`, so nothing that cannot be restored is ever stored.
	 */
	change(change: Change): boolean {
		const assessment = this.assessment;
		if (!assessment) return false;
		// A copy of its own: snapshot() hands back objects it does not own (not plain, e.g. from storage) as they are.
		const trial = structuredClone($state.snapshot(assessment)) as Assessment;
		change.apply(trial);
		const problem = this.#contract.problemOf(trial, change.derives ? null : this.catalogue);
		if (problem) {
			this.refused = { key: change.key, problem };
			return false;
		}
		if (this.refused?.key === change.key) this.refused = null;
		change.apply(assessment);
		if (change.derives && this.catalogue) this.#derive(assessment, this.catalogue);
		if (change.nis2) this.nis2Result?.(assessment);
		this.#queue.add(change);
		return true;
	}

	/** Records where the user is in the questionnaire (also outside the check, for "continue"). */
	setPosition(topic: string, change: Change, isStart = false): void {
		if (!this.assessment || this.assessment.position?.topic === topic) return;
		rememberPosition(this.assessment.id, topic);
		// A check without a stored position opens at its first topic anyway: nothing to store.
		if (isStart && !this.assessment.position) return;
		this.change(change);
	}

	retry(): void {
		this.#queue.retry();
	}

	dismissExternalChanges(): void {
		this.externalChanges = [];
		this.conflicts = [];
	}

	/** Resolves when every change so far is stored (or failed). */
	settled(): Promise<void> {
		return this.#queue.settled();
	}

	close(): void {
		this.#stopListening?.();
		this.#queue.close();
	}

	#derive(assessment: Assessment, catalogue: Catalogue): void {
		const derived = deriveLoaded(catalogue, $state.snapshot(assessment.responses));
		this.derived = derived;
		assessment.answers = derived.answers;
		assessment.summary = derived.summary;
	}

	async #write(batch: Change[]): Promise<void> {
		const assessment = this.assessment;
		if (!assessment) return;
		// Every change is in the shown record already: stored as it is, unless another tab wrote
		// in between; then the changes go on top of what that tab stored.
		const local = $state.snapshot(assessment) as Assessment;
		const [catalogue, check] = await Promise.all([batch.some((c) => c.derives) ? this.requireCatalogue() : null, this.#contract.load()]);
		this.#writing = true;
		let clashes: string[] = [];
		try {
			const { stored, external } = await changeAssessment(
				assessment.id,
				(current) => {
					// Fields this tab is changing (written now or still queued) that the other tab changed too.
					if (current.revision !== this.#known && this.#base) clashes = conflictsOf([...batch, ...this.#queue.pending], this.#base, current);
					const next = current.revision === this.#known ? local : applied(current, batch, catalogue, this.nis2Result);
					// The safety net behind the check in change(): what cannot be read back is not stored.
					const problem = check(next, null);
					if (problem) throw new RecordRefused(problem.path ?? '/');
					return next;
				},
				this.#known
			);
			this.#known = stored.revision;
			this.#noteConflicts(clashes);
			this.#base = structuredClone(stored);
			if (external) this.#adopt(stored, local);
			else {
				assessment.revision = stored.revision;
				assessment.updatedAt = stored.updatedAt;
			}
		} finally {
			this.#writing = false;
		}
		if (this.#recheck) {
			this.#recheck = false;
			void this.#refresh();
		}
	}

	/** Another tab stored a newer revision: take it, keep local changes not yet stored. */
	async #refresh(): Promise<void> {
		if (this.#writing) {
			this.#recheck = true;
			return;
		}
		try {
			const stored = await getAssessment(this.assessment?.id ?? '');
			if (!stored) {
				this.deletedElsewhere = true;
				return;
			}
			if (stored.revision > this.#known) {
				const seen = this.assessment ? ($state.snapshot(this.assessment) as Assessment) : stored;
				this.#known = stored.revision;
				if (this.#base) this.#noteConflicts(conflictsOf(this.#queue.pending, this.#base, stored));
				this.#base = structuredClone(stored);
				this.#adopt(stored, seen);
			}
		} catch {
			// Reading failed: the next save reports the storage problem.
		}
	}

	#noteConflicts(keys: string[]): void {
		if (keys.length > 0) this.conflicts = [...new Set([...this.conflicts, ...keys])];
	}

	/** Takes the stored record, re-applies the changes not stored yet, and names what the other tab changed. */
	#adopt(stored: Assessment, seen: Assessment): void {
		const { next, theirs } = adopt(stored, seen, this.#queue.pending);
		this.assessment = next;
		if (this.catalogue) this.#derive(this.assessment, this.catalogue);
		this.externalChanges = [...new Set([...this.externalChanges, ...theirs])];
	}
}
