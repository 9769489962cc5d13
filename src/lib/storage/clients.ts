// Clients (companies a provider advises) live in the same store as the checks, under their
// own key prefix, so a client and its checks can be written in one transaction. An index by
// name (list-index.ts) gives the client list its pages.
import { get } from 'idb-keyval';
import type { Client } from '$lib/model/assessment';
import { announceChange } from './broadcast';
import { assessmentStore, guarded } from './db';
import { CLIENT, clientIndexWrites, INDEXES } from './list-index';
import { changeRecord, countWithPrefix, replaceAll, valuesWithPrefix, writeAll } from './records';

export const clientKey = (id: string) => `${CLIENT}${id}`;

/** Indexes clients stored without an index entry (older versions); returns how many there are. */
export async function ensureClientIndex(): Promise<{ total: number; rebuilt: boolean }> {
	const store = assessmentStore();
	const [clients, indexed] = await Promise.all([countWithPrefix(store, CLIENT), countWithPrefix(store, INDEXES.BY_NAME)]);
	if (clients === indexed) return { total: clients, rebuilt: false };
	const [all, stale] = await Promise.all([valuesWithPrefix<Client>(store, CLIENT), valuesWithPrefix<Client>(store, INDEXES.BY_NAME)]);
	await writeAll(store, [...stale.flatMap((c) => clientIndexWrites(undefined, c)), ...all.flatMap((c) => clientIndexWrites(c, undefined))]);
	return { total: all.length, rebuilt: true };
}

/** Every client, by name (the duplicate check, backups, search). */
export async function listClients(): Promise<Client[]> {
	await ensureClientIndex();
	return valuesWithPrefix<Client>(assessmentStore(), INDEXES.BY_NAME);
}

/** The first clients by name, and how many there are, as the index has them. */
export async function firstClients(limit: number): Promise<{ clients: Client[]; total: number }> {
	const store = assessmentStore();
	const [clients, total] = await Promise.all([valuesWithPrefix<Client>(store, INDEXES.BY_NAME, limit), countWithPrefix(store, INDEXES.BY_NAME)]);
	return { clients, total };
}

export async function getClient(id: string): Promise<Client | undefined> {
	return guarded(() => get<Client>(clientKey(id), assessmentStore()));
}

export async function putClient(client: Client): Promise<void> {
	await replaceAll(assessmentStore(), [{ key: clientKey(client.id), value: client }], clientIndexWrites);
	announceChange(client.id, client.revision);
}

export async function changeClient(id: string, change: (current: Client) => Client, now = new Date()): Promise<Client> {
	const { stored } = await changeRecord<Client>(assessmentStore(), clientKey(id), change, { now, also: clientIndexWrites });
	announceChange(id, stored.revision);
	return stored;
}
