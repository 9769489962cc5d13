// The shape every list state shares: it reads storage, shows a failure as `problem`, and
// reloads when anything stored changes (in this tab or another).
import type { Client } from '$lib/model/assessment';
import { reloadOnChange } from '$lib/storage/broadcast';
import { changeClient } from '$lib/storage/clients';
import { problemOf, type StorageProblem } from '$lib/storage/db';

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
			this.problem = problemOf(error);
			return false;
		}
	}

	/** Changes a client; the view reloads when the change is stored. */
	update(id: string, change: (client: Client) => Client): Promise<boolean> {
		return this.attempt(() => changeClient(id, change));
	}
}

