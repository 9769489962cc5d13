// Writes changes in the order they were made. Changes gather per key while a write runs and go
// into the next one, a newer change to a field replacing an older one not yet written. A failed
// write keeps its changes and shows the problem until `retry`. While anything is unwritten,
// leaving the page asks first (the browser's own dialog).
import { NotFoundError, problemOf, RecordRefused, type StorageProblem } from '$lib/storage/db';

export type SaveProblem = StorageProblem | 'not_found' | 'invalid';
export type SaveState = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; problem: SaveProblem };


/** Marks for the bench: the time from a change to its transaction being committed. */
const SAVED_MEASURE = 'kmu:change-saved';

export class SaveQueue<C extends { key: string }> {
	state = $state<SaveState>({ state: 'idle' });
	// Bookkeeping, not shown state: plain Maps on purpose.
	#pending = new Map<string, { change: C; at: number }>();
	#running = false;

	constructor(private readonly write: (batch: C[]) => Promise<void>) {}

	add(change: C): void {
		this.#pending.delete(change.key);
		this.#pending.set(change.key, { change, at: performance.now() });
		void this.#flush();
	}

	/** Changes not written yet, oldest first. */
	get pending(): C[] {
		return [...this.#pending.values()].map((p) => p.change);
	}

	retry(): void {
		void this.#flush();
	}

	/** Resolves when every change so far is stored (or has failed). */
	async settled(): Promise<void> {
		while (this.#running || (this.#pending.size > 0 && this.state.state !== 'error')) {
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}

	close(): void {
		if (this.#pending.size === 0) guardUnload(this, false);
	}

	async #flush(): Promise<void> {
		if (this.#running) return;
		this.#running = true;
		guardUnload(this, true);
		this.state = { state: 'saving' };
		while (this.#pending.size > 0) {
			const batch = [...this.#pending.entries()];
			this.#pending.clear();
			try {
				await this.write(batch.map(([, p]) => p.change));
				const end = performance.now();
				for (const [, { at }] of batch) performance.measure(SAVED_MEASURE, { start: at, end });
			} catch (error) {
				// Keep the failed changes unless a newer change to the same field replaced them.
				for (const [key, entry] of batch) if (!this.#pending.has(key)) this.#pending.set(key, entry);
				const problem: SaveProblem = error instanceof NotFoundError ? 'not_found' : error instanceof RecordRefused ? 'invalid' : problemOf(error);
				this.state = { state: 'error', problem };
				this.#running = false;
				return;
			}
		}
		this.state = { state: 'saved' };
		this.#running = false;
		guardUnload(this, false);
	}
}

const unloadGuard = (event: BeforeUnloadEvent) => event.preventDefault();
/** Queues with unwritten changes; the guard stays while any has some. */
const busy = new Set<object>();

function guardUnload(queue: object, on: boolean): void {
	if (typeof window === 'undefined') return;
	if (on) busy.add(queue);
	else busy.delete(queue);
	if (busy.size > 0) window.addEventListener('beforeunload', unloadGuard);
	else window.removeEventListener('beforeunload', unloadGuard);
}
