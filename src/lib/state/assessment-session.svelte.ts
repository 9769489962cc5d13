// One open check: its answers as reactive state, saved to IndexedDB with every change.
// Changes are queued per field and written in order; while a write runs, further changes
// gather and go into the next transaction. A failed write keeps the change in the queue and
// shows the problem; "retry" writes it again. Changes made in another tab are merged in and
// pointed out, never silently overwritten.
import {
	catalogues,
	compareVersions,
	currentCatalogue,
	findCatalogue,
	migrateAnswers,
	MigrationError,
	type Catalogue,
	type MigrationReport,
	type PartStatus
} from '$lib/engine/din';
import { NOTE_MAX_LENGTH, type ActionTracking, type Assessment, type Company, type Consultation, type StoredNis2 } from '$lib/storage/assessment';
import { answersFrom, withDerived } from '$lib/storage/assessment-derived';
import { changeAssessment, getAssessment } from '$lib/storage/assessments';
import { onExternalChange } from '$lib/storage/broadcast';
import { NotFoundError, problemOf, type StorageProblem } from '$lib/storage/db';
import { rememberPosition } from '$lib/storage/last-position';

export type LoadProblem = 'not_found' | 'newer_catalogue' | 'migration_failed' | StorageProblem;
export type SaveProblem = StorageProblem | 'not_found';
export type SaveState = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; problem: SaveProblem };

type Mutation = (assessment: Assessment) => void;

/**
 * Writes still running in this tab, of any session. A page opened right after another (the
 * results right after the last answer) waits for them, so it never reads a state older than
 * what the previous page showed as saved.
 */
const writesInFlight = new Set<Promise<void>>();

/** Marks for the bench: the time from a change to its transaction being committed. */
const SAVED_MEASURE = 'kmu:change-saved';

export class AssessmentSession {
	assessment = $state<Assessment | null>(null);
	catalogue = $state<Catalogue>(currentCatalogue);
	loading = $state(true);
	loadProblem = $state<LoadProblem | null>(null);
	migration = $state<MigrationReport | null>(null);
	save = $state<SaveState>({ state: 'idle' });
	/** requirement ids (or 'company') changed in another tab since this one last saw them */
	externalChanges = $state<string[]>([]);
	deletedElsewhere = $state(false);

	// The write queue is internal bookkeeping, not shown state: a plain Map on purpose.
	#pending = new Map<string, { mutate: Mutation; at: number }>();
	#known = 0;
	#running = false;
	#recheck = false;
	#stopListening: (() => void) | undefined;

	async load(id: string): Promise<void> {
		this.loading = true;
		this.loadProblem = null;
		await Promise.allSettled([...writesInFlight]);
		try {
			const stored = await getAssessment(id);
			if (!stored) {
				this.loadProblem = 'not_found';
				return;
			}
			this.#known = stored.revision;
			this.assessment = stored;
			await this.#migrateIfNeeded(stored);
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

	/** An older catalogue version is carried over through its declared mapping, and the user told. */
	async #migrateIfNeeded(stored: Assessment): Promise<void> {
		if (stored.catalogue.id === currentCatalogue.id && stored.catalogue.version === currentCatalogue.version) {
			this.catalogue = currentCatalogue;
			return;
		}
		if (compareVersions(stored.catalogue.version, currentCatalogue.version) > 0) {
			this.loadProblem = 'newer_catalogue';
			this.assessment = null;
			return;
		}
		try {
			const { data, report } = migrateAnswers(catalogues, stored.catalogue.version, currentCatalogue, {
				responses: stored.responses,
				notes: stored.notes
			});
			const target = { id: currentCatalogue.id, version: currentCatalogue.version };
			const { stored: migrated } = await changeAssessment(
				stored.id,
				(a) => withDerived(currentCatalogue, { ...a, catalogue: target, responses: data.responses, notes: data.notes }),
				this.#known
			);
			this.#known = migrated.revision;
			this.assessment = migrated;
			this.catalogue = currentCatalogue;
			this.migration = report;
		} catch (error) {
			if (!(error instanceof MigrationError)) throw error;
			// Keep the stored check untouched; it can still be exported.
			this.loadProblem = 'migration_failed';
			this.catalogue = findCatalogue(stored.catalogue.id, stored.catalogue.version) ?? currentCatalogue;
		}
	}

	setPrecondition(requirementId: string, value: 'yes' | 'no'): void {
		this.#change(`pre:${requirementId}`, (a) => {
			a.responses[requirementId] = { ...a.responses[requirementId], precondition: value };
			confirmed(a, requirementId);
		});
	}

	setPart(requirementId: string, partId: string, status: PartStatus): void {
		this.#change(`part:${requirementId}:${partId}`, (a) => {
			const response = a.responses[requirementId] ?? {};
			a.responses[requirementId] = { ...response, parts: { ...response.parts, [partId]: status } };
			confirmed(a, requirementId);
		});
	}

	/** An answer copied from the earlier check is confirmed as it stands. */
	confirm(requirementId: string): void {
		this.#change(`confirm:${requirementId}`, (a) => confirmed(a, requirementId));
	}

	/** Marks or unmarks a requirement "to clarify later" in an interview. */
	toggleClarify(requirementId: string): void {
		this.#change(`clarify:${requirementId}`, (a) => {
			if (!a.consultation) return;
			const list = a.consultation.clarify;
			a.consultation.clarify = list.includes(requirementId) ? list.filter((id) => id !== requirementId) : [...list, requirementId];
		});
	}

	setPlan(requirementId: string, tracking: ActionTracking): void {
		const value = { ...tracking };
		this.#change(`plan:${requirementId}`, (a) => {
			a.plan = { ...a.plan, [requirementId]: value };
		});
	}

	/** Changes the consultation record (phase, checklist, timer) with a plain function. */
	updateConsultation(key: string, change: (consultation: Consultation) => void): void {
		this.#change(`consultation:${key}`, (a) => {
			if (a.consultation) change(a.consultation);
		});
	}

	setNote(requirementId: string, text: string): void {
		const note = text.slice(0, NOTE_MAX_LENGTH);
		this.#change(`note:${requirementId}`, (a) => {
			if (note.trim() === '') delete a.notes[requirementId];
			else a.notes[requirementId] = note;
		});
	}

	setPosition(topic: string): void {
		if (!this.assessment || this.assessment.position?.topic === topic) return;
		rememberPosition(this.assessment.id, topic);
		this.#change('position', (a) => {
			a.position = { topic };
		});
	}

	setNis2(nis2: StoredNis2): void {
		const value = $state.snapshot(nis2);
		this.#change('nis2', (a) => {
			a.nis2 = structuredClone(value);
		});
	}

	setCompany(company: Company): void {
		const value = $state.snapshot(company);
		this.#change('company', (a) => {
			a.company = structuredClone(value);
		});
	}

	retry(): void {
		void this.#flush();
	}

	dismissExternalChanges(): void {
		this.externalChanges = [];
	}

	/** Resolves when every change so far is stored (or failed). */
	async settled(): Promise<void> {
		while (this.#running || (this.#pending.size > 0 && this.save.state !== 'error')) {
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}

	close(): void {
		this.#stopListening?.();
		if (this.#pending.size === 0) this.#guardUnload(false);
	}

	#change(key: string, mutate: Mutation): void {
		const assessment = this.assessment;
		if (!assessment) return;
		mutate(assessment);
		// Only the answers are shown from local state; the summary is derived when stored.
		assessment.answers = answersFrom(this.catalogue, $state.snapshot(assessment.responses));
		this.#pending.set(key, { mutate, at: performance.now() });
		void this.#flush();
	}

	/** While a change is not stored yet, leaving the page asks first (the browser's own dialog). */
	#unloadGuard = (event: BeforeUnloadEvent) => {
		event.preventDefault();
	};

	#guardUnload(on: boolean): void {
		if (typeof window === 'undefined') return;
		if (on) window.addEventListener('beforeunload', this.#unloadGuard);
		else window.removeEventListener('beforeunload', this.#unloadGuard);
	}

	#flush(): Promise<void> {
		if (this.#running || !this.assessment) return Promise.resolve();
		const done = this.#write();
		writesInFlight.add(done);
		void done.finally(() => writesInFlight.delete(done));
		return done;
	}

	async #write(): Promise<void> {
		const assessment = this.assessment;
		if (this.#running || !assessment) return;
		this.#running = true;
		this.#guardUnload(true);
		this.save = { state: 'saving' };
		const catalogue = this.catalogue;
		while (this.#pending.size > 0) {
			const batch = [...this.#pending.entries()];
			this.#pending.clear();
			try {
				const { stored, external } = await changeAssessment(
					assessment.id,
					(current) => {
						for (const [, { mutate }] of batch) mutate(current);
						return withDerived(catalogue, current);
					},
					this.#known
				);
				const end = performance.now();
				for (const [, { at }] of batch) performance.measure(SAVED_MEASURE, { start: at, end });
				this.#known = stored.revision;
				if (external) this.#adopt(stored);
				else {
					assessment.revision = stored.revision;
					assessment.updatedAt = stored.updatedAt;
					assessment.summary = stored.summary;
				}
			} catch (error) {
				// Keep the failed changes unless a newer change to the same field replaced them.
				for (const [key, entry] of batch) if (!this.#pending.has(key)) this.#pending.set(key, entry);
				const problem: SaveProblem =
					error instanceof NotFoundError ? 'not_found' : problemOf(error);
				this.save = { state: 'error', problem };
				this.#running = false;
				return;
			}
		}
		this.save = { state: 'saved' };
		this.#running = false;
		this.#guardUnload(false);
		if (this.#recheck) {
			this.#recheck = false;
			await this.#refresh();
		}
	}

	/** Another tab stored a newer revision: take it, keep local changes not yet stored. */
	async #refresh(): Promise<void> {
		if (this.#running) {
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
				this.#known = stored.revision;
				this.#adopt(stored);
			}
		} catch {
			// Reading failed: the next save reports the storage problem.
		}
	}

	#adopt(stored: Assessment): void {
		const local = this.assessment;
		if (!local) return;
		const changed = differingFields($state.snapshot(local), stored);
		const next = structuredClone(stored);
		for (const { mutate } of this.#pending.values()) mutate(next);
		this.assessment = withDerived(this.catalogue, next);
		this.externalChanges = [...this.externalChanges, ...changed.filter((id) => !this.externalChanges.includes(id))];
	}
}

function confirmed(a: Assessment, requirementId: string): void {
	if (a.toConfirm?.includes(requirementId)) a.toConfirm = a.toConfirm.filter((id) => id !== requirementId);
}

/** Requirement ids (and 'company') whose stored content differs between two versions. */
function differingFields(a: Assessment, b: Assessment): string[] {
	const ids = new Set([...Object.keys(a.responses), ...Object.keys(b.responses), ...Object.keys(a.notes), ...Object.keys(b.notes)]);
	const changed = [...ids].filter(
		(id) => JSON.stringify(a.responses[id] ?? null) !== JSON.stringify(b.responses[id] ?? null) || (a.notes[id] ?? '') !== (b.notes[id] ?? '')
	);
	if (JSON.stringify(a.company) !== JSON.stringify(b.company)) changed.push('company');
	if (JSON.stringify(a.nis2?.profile ?? null) !== JSON.stringify(b.nis2?.profile ?? null)) changed.push('nis2');
	return changed.sort();
}
