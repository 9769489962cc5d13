// The device is the database: IndexedDB through idb-keyval, always with a named store (never
// idb-keyval's shared default store). Tests and the iframe fallback swap the store.
import { createStore, type UseStore } from 'idb-keyval';

const DB_NAME = 'kmu-cyber-check';
const STORE_NAME = 'assessments';

let store: UseStore | undefined;

export function assessmentStore(): UseStore {
	store ??= createStore(DB_NAME, STORE_NAME);
	return store;
}

/** Replaces the store (tests: a fresh fake-indexeddb store per test). */
export function useAssessmentStore(next: UseStore): void {
	store = next;
}

export type StorageProblem = 'quota' | 'blocked' | 'unknown';

/** Classifies a storage error so the UI can give the right advice. */
export function classifyStorageError(error: unknown): StorageProblem {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError' || /quota/i.test(String(error))) return 'quota';
	if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotAllowedError', 'VersionError'].includes(name)) return 'blocked';
	return 'unknown';
}

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		original: unknown
	) {
		super(`Storage failed (${problem}): ${String(original)}`, { cause: original });
		this.name = 'StorageError';
	}
}

/** A record that should be there is not (deleted in another tab, or a stale link). */
export class NotFoundError extends Error {
	constructor(readonly key: string) {
		super(`Nothing stored under ${key}`);
		this.name = 'NotFoundError';
	}
}

/** Runs a storage operation and turns any failure into a classified StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		if (error instanceof StorageError || error instanceof NotFoundError) throw error;
		throw new StorageError(classifyStorageError(error), error);
	}
}
