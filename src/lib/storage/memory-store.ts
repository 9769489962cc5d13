// An in-memory stand-in for an IndexedDB object store, for browsers that refuse IndexedDB
// (blocked storage in third-party iframes, some private modes). It implements the parts of
// IDBObjectStore that idb-keyval uses, with IndexedDB's behaviour where it matters: values are
// copied (structured clone), requests and transactions complete asynchronously.
import type { UseStore } from 'idb-keyval';

type Handler = ((this: unknown) => void) | null;

class FakeRequest<T> {
	result: T | undefined;
	error: DOMException | null = null;
	onsuccess: Handler = null;
	onerror: Handler = null;
	oncomplete: Handler = null;
	onabort: Handler = null;

	constructor(run: () => T, after: () => void) {
		queueMicrotask(() => {
			try {
				this.result = run();
				this.onsuccess?.call(this);
			} catch (error) {
				this.error = error instanceof DOMException ? error : new DOMException(String(error), 'DataCloneError');
				this.onerror?.call(this);
			}
			after();
		});
	}
}

class FakeTransaction {
	oncomplete: Handler = null;
	onerror: Handler = null;
	onabort: Handler = null;
	#open = 0;
	#scheduled = false;

	begin(): () => void {
		this.#open += 1;
		return () => {
			this.#open -= 1;
			this.#finish();
		};
	}

	#finish(): void {
		if (this.#open > 0 || this.#scheduled) return;
		this.#scheduled = true;
		// Like IndexedDB: the transaction completes after its requests, on a later task.
		setTimeout(() => this.oncomplete?.call(this), 0);
	}

	abort(): void {
		this.#scheduled = true;
		setTimeout(() => this.onabort?.call(this), 0);
	}

	/** A transaction without requests completes too. */
	settle(): void {
		queueMicrotask(() => this.#finish());
	}
}

export function memoryStore(): UseStore {
	const data = new Map<IDBValidKey, unknown>();
	return (_mode, callback) => {
		const transaction = new FakeTransaction();
		const request = <T>(run: () => T) => new FakeRequest(run, transaction.begin()) as unknown as IDBRequest<T>;
		// Keys are compared like IndexedDB compares strings (code units), and a query narrows them.
		const keys = (query?: IDBKeyRange | IDBValidKey | null) =>
			[...data.keys()]
				.filter((k) => query === undefined || query === null || (typeof query === 'object' && 'includes' in query ? query.includes(k) : k === query))
				.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
		const store = {
			transaction,
			get: (key: IDBValidKey) => request(() => structuredClone(data.get(key))),
			put: (value: unknown, key: IDBValidKey) =>
				request(() => {
					data.set(key, structuredClone(value));
					return key;
				}),
			delete: (key: IDBValidKey) => request(() => void data.delete(key)),
			clear: () => request(() => data.clear()),
			getAll: (query?: IDBKeyRange, count?: number) => request(() => keys(query).slice(0, count || undefined).map((k) => structuredClone(data.get(k)))),
			count: (query?: IDBKeyRange) => request(() => keys(query).length),
			getAllKeys: (query?: IDBKeyRange) => request(() => keys(query))
		} as unknown as IDBObjectStore;
		transaction.settle();
		return Promise.resolve(callback(store));
	};
}
