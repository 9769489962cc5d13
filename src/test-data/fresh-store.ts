// A fresh IndexedDB store (fake-indexeddb) for each test, so tests never share data.
import 'fake-indexeddb/auto';
import { createStore, entries } from 'idb-keyval';
import { useAssessmentStore } from '$lib/storage/db';

let n = 0;

export function freshStore() {
	n += 1;
	const store = createStore(`test-db-${n}-${Math.random()}`, 'assessments');
	useAssessmentStore(store);
	return store;
}

/** Everything in the store, sorted, for before/after comparisons. */
export async function dump(store: ReturnType<typeof createStore>) {
	const all = await entries(store);
	return JSON.stringify(all.sort(([a], [b]) => String(a).localeCompare(String(b))));
}
