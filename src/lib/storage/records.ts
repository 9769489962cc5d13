// The transactions every repository shares: read-modify-write of one record with its revision
// bumped, and several puts or deletes at once. Each is one IndexedDB transaction, so a write
// either happens whole or not at all, and a change is always applied to the stored record,
// never to a stale copy.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { guarded, NotFoundError } from './db';

export type Write = { put: string; value: unknown } | { del: string };

interface Revisioned {
	revision?: number;
	updatedAt: string;
}

function apply(store: IDBObjectStore, writes: Write[]): void {
	for (const w of writes) {
		if ('put' in w) store.put(w.value, w.put);
		else store.delete(w.del);
	}
}

/** Puts and deletes in one transaction: all or none. */
export function writeAll(store: UseStore, writes: Write[]): Promise<void> {
	return guarded(() =>
		store('readwrite', (s) => {
			apply(s, writes);
			return promisifyRequest(s.transaction);
		})
	);
}

/** The keys that start with `prefix` (browsers that refuse IndexedDB may lack IDBKeyRange too). */
function withPrefix(prefix: string): IDBKeyRange {
	const upper = `${prefix}\uffff`;
	if (typeof IDBKeyRange !== 'undefined') return IDBKeyRange.bound(prefix, upper);
	return { lower: prefix, upper, includes: (key: unknown) => typeof key === 'string' && key >= prefix && key <= upper } as unknown as IDBKeyRange;
}

/** The values whose key starts with `prefix`, in key order; the first `limit` of them when given. */
export function valuesWithPrefix<T>(store: UseStore, prefix: string, limit?: number): Promise<T[]> {
	return guarded(() => store('readonly', (s) => promisifyRequest(s.getAll(withPrefix(prefix), limit) as IDBRequest<T[]>)));
}

/** How many keys start with `prefix` (values are not read). */
export function countWithPrefix(store: UseStore, prefix: string): Promise<number> {
	return guarded(() => store('readonly', (s) => promisifyRequest(s.count(withPrefix(prefix)))));
}

/**
 * Writes records in one transaction, each with the index writes that follow from the record it
 * replaces (read in the same transaction): all or none.
 */
export function replaceAll<T>(store: UseStore, records: { key: string; value: T }[], index: (after: T, before: T | undefined) => Write[]): Promise<void> {
	return guarded(() =>
		store(
			'readwrite',
			(s) =>
				new Promise<void>((resolve, reject) => {
					const befores = new Map<string, T | undefined>();
					let pending = records.length;
					const writeAllNow = () => {
						try {
							for (const { key, value } of records) {
								s.put(value, key);
								apply(s, index(value, befores.get(key)));
							}
						} catch (error) {
							s.transaction.abort();
							return reject(error);
						}
						promisifyRequest(s.transaction).then(() => resolve(), reject);
					};
					if (pending === 0) return writeAllNow();
					for (const { key } of records) {
						const request = s.get(key) as IDBRequest<T | undefined>;
						request.onsuccess = () => {
							befores.set(key, request.result);
							if (--pending === 0) writeAllNow();
						};
						request.onerror = () => reject(request.error);
					}
				})
		)
	);
}

/** Every key that starts with `prefix`. */
export function keysWithPrefix(store: UseStore, prefix: string): Promise<string[]> {
	return guarded(() => store('readonly', (s) => promisifyRequest(s.getAllKeys(withPrefix(prefix)) as IDBRequest<string[]>)));
}

export interface Changed<T> {
	stored: T;
	/** the record as it was before this change */
	before: T;
}

/**
 * Applies `change` to the record stored under `key` in one transaction: its revision goes up
 * by one and `updatedAt` is set. `also` adds writes to the same transaction (e.g. the list
 * entry of a check). Without `create`, a missing record is a NotFoundError.
 */
export function changeRecord<T extends Revisioned>(
	store: UseStore,
	key: string,
	change: (current: T) => T,
	options: { now?: Date; also?: (next: T, before: T | undefined) => Write[]; create?: () => T } = {}
): Promise<Changed<T>> {
	const updatedAt = (options.now ?? new Date()).toISOString();
	return guarded(() =>
		store(
			'readwrite',
			(s) =>
				new Promise<Changed<T>>((resolve, reject) => {
					const request = s.get(key) as IDBRequest<T | undefined>;
					request.onsuccess = () => {
						const current = request.result ?? options.create?.();
						if (!current) return reject(new NotFoundError(key));
						let stored: T;
						try {
							stored = { ...change(structuredClone(current)), revision: (current.revision ?? 0) + 1, updatedAt };
						} catch (error) {
							return reject(error);
						}
						try {
							s.put(stored, key);
							apply(s, options.also?.(stored, request.result) ?? []);
						} catch (error) {
							// A write refused at once (a full disk can do that): nothing is stored.
							s.transaction.abort();
							return reject(error);
						}
						promisifyRequest(s.transaction).then(() => resolve({ stored, before: current }), reject);
					};
					request.onerror = () => reject(request.error);
				})
		)
	);
}
