// The shape every list state shares: it reads storage, shows a failure as `problem`, and
// reloads when anything stored changes (in this tab or another).
import type { Client } from '$lib/model/assessment';
import { cleanClient } from '$lib/model/clean-record';
import { reloadOnChange } from '$lib/storage/broadcast';
import { changeClient } from '$lib/storage/clients';
import type { FileProblem } from '$lib/files/problems';
import { problemOf, RecordRefused, type StorageProblem } from '$lib/storage/db';

/** State that reads storage, shows a failure as `problem`, and reloads when storage changes. */
export abstract class StoredView {
	loaded = $state(false);
	problem = $state<StorageProblem | null>(null);
	#stop: (() => void) | undefined;

	protected abstract read(): Promise<void>;

	async load(): Promise<void> {
		await this.attempt(() => this.read());
		this.loaded = true;
		this.#stop ??= reloadOnChange(() => void this.load());
	}

	close(): void {
		this.#stop?.();
	}

	protected async attempt(operation: () => Promise<unknown>): Promise<boolean> {
		try {
			await operation();
			this.problem = null;
			return true;
		} catch (error) {
			if (error instanceof RecordRefused) return false;
			this.problem = problemOf(error);
			return false;
		}
	}

	/** a change refused because the importer would not read the client back */
	refused = $state<FileProblem | null>(null);

	/** Changes a client, unless it would then be one the importer refuses; the view reloads when stored. */
	async update(id: string, change: (client: Client) => Client): Promise<boolean> {
		const { problemOfClient } = await import('$lib/files/record-check');
		let problem: FileProblem | null = null;
		const done = await this.attempt(() =>
			changeClient(id, (current) => {
				const next = cleanClient(change(current));
				problem = problemOfClient(next);
				if (problem) throw new RecordRefused(problem.path ?? '/');
				return next;
			})
		).catch(() => false);
		this.refused = problem;
		return done && !problem;
	}
}

