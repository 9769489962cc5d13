// The device is the database: IndexedDB through idb-keyval, always with a named store (never
// idb-keyval's shared default store). When the browser refuses IndexedDB – blocked storage in
// a third-party iframe, some private modes – the app keeps working in memory and says so
// (storage-mode.svelte.ts). Tests swap the stores.
import { createStore, type UseStore } from 'idb-keyval';
import { storageMode } from './storage-mode.svelte';

const DB_NAME = 'kmu-cyber-check';
const STORE_NAME = 'assessments';
const PROBE_TIMEOUT_MS = 3000;

let probe: Promise<boolean> | undefined;

/** Can this page open IndexedDB? Asked once; a browser that hangs on open counts as refusing. */
function indexedDbUsable(): Promise<boolean> {
	probe ??= new Promise<boolean>((resolve) => {
		const timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
		const done = (usable: boolean) => {
			clearTimeout(timer);
			resolve(usable);
		};
		try {
			const request = indexedDB.open(DB_NAME);
			request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
			request.onsuccess = () => {
				request.result.close();
				done(true);
			};
			request.onerror = () => done(false);
			request.onblocked = () => done(false);
		} catch {
			done(false);
		}
	}).then((usable) => {
		if (!usable) storageMode.useMemory();
		return usable;
	});
	return probe;
}

/** A named store on the device, or in memory when IndexedDB cannot be used. */
export function deviceStore(dbName: string, storeName: string): UseStore {
	let chosen: Promise<UseStore> | undefined;
	return (mode, callback) => {
		// The in-memory stand-in loads only for the browsers that need it.
		chosen ??= indexedDbUsable().then(async (usable) => (usable ? createStore(dbName, storeName) : (await import('./memory-store')).memoryStore()));
		return chosen.then((store) => store(mode, callback));
	};
}

let store: UseStore | undefined;

export function assessmentStore(): UseStore {
	store ??= deviceStore(DB_NAME, STORE_NAME);
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

/**
 * Thrown by the app inside a write when the record would be refused (it would break the file
 * format): nothing is written, and the error passes through unchanged.
 */
export class RecordRefused extends Error {
	constructor(readonly path: string) {
		super(`The record would be invalid at ${path}`);
		this.name = 'RecordRefused';
	}
}

/** The problem to show the user for a failed storage operation. */
export function problemOf(error: unknown): StorageProblem {
	return error instanceof StorageError ? error.problem : 'unknown';
}

/** Runs a storage operation and turns any failure into a classified StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		if (error instanceof StorageError || error instanceof NotFoundError || error instanceof RecordRefused) throw error;
		throw new StorageError(classifyStorageError(error), error);
	}
}
