// The repository of checks on this device ("assessment:<id>"), with the list indexes written in
// the same transaction (list-index.ts). Callers pass plain objects ($state.snapshot): IndexedDB
// cannot clone reactive proxies.
import { get } from 'idb-keyval';
import type { Assessment, Client } from '$lib/model/assessment';
import { byUpdatedDesc, type CheckListing } from '$lib/model/listing';
import { announceChange } from './broadcast';
import { clientKey, getClient, listClients } from './clients';
import { assessmentStore, guarded } from './db';
import { CHECK, checkIndexWrites, checksOfClientPrefix, clientIndexWrites, INDEXES, listingWrites, unlistWrites } from './list-index';
import { changeRecord, countWithPrefix, replaceAll, valuesWithPrefix, writeAll } from './records';

const key = (id: string) => `${CHECK}${id}`;

/** Every check, whole, newest first (for backups). */
export async function listAssessments(): Promise<Assessment[]> {
	return (await valuesWithPrefix<Assessment>(assessmentStore(), CHECK)).sort(byUpdatedDesc);
}

/**
 * Indexes checks stored without index entries (by an older version, or straight into the
 * database); returns how many checks there are. The lists call it once per read.
 */
export async function ensureCheckIndex(): Promise<{ total: number; rebuilt: boolean }> {
	const store = assessmentStore();
	// Every check has exactly one entry: among the self-checks or under its client. (An older
	// version listed consultations in both: the counts differ, and the index is rebuilt once.)
	const [checks, self, consultations] = await Promise.all([countWithPrefix(store, CHECK), countWithPrefix(store, INDEXES.RECENT), countWithPrefix(store, INDEXES.BY_CLIENT)]);
	if (checks === self + consultations) return { total: checks, rebuilt: false };
	const [all, stale, staleOfClients] = await Promise.all([
		valuesWithPrefix<Assessment>(store, CHECK),
		valuesWithPrefix<CheckListing>(store, INDEXES.RECENT),
		valuesWithPrefix<CheckListing>(store, INDEXES.BY_CLIENT)
	]);
	await writeAll(store, [...[...stale, ...staleOfClients].flatMap(unlistWrites), ...all.flatMap((a) => checkIndexWrites(a, undefined))]);
	return { total: all.length, rebuilt: true };
}

/** How many consultations (checks of clients) the device holds: the home page points to them. */
export async function countConsultations(): Promise<number> {
	return countWithPrefix(assessmentStore(), INDEXES.BY_CLIENT);
}

/** The list entries of the self-checks changed last, newest first, and how many there are, as the index has them. */
export async function recentListings(limit: number): Promise<{ listings: CheckListing[]; total: number }> {
	const store = assessmentStore();
	const [listings, total] = await Promise.all([valuesWithPrefix<CheckListing>(store, INDEXES.RECENT, limit), countWithPrefix(store, INDEXES.RECENT)]);
	return { listings, total };
}

/** The list entries of every self-check, newest first (search; costs what the device holds). */
export async function listListings(): Promise<CheckListing[]> {
	await ensureCheckIndex();
	return valuesWithPrefix<CheckListing>(assessmentStore(), INDEXES.RECENT);
}

/** The list entries of one client's checks, oldest first (after ensureCheckIndex). */
export async function listingsOfClient(clientId: string): Promise<CheckListing[]> {
	const listings = await valuesWithPrefix<CheckListing>(assessmentStore(), checksOfClientPrefix(clientId));
	return listings.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Replaces the list entries of checks whose summary was computed later (older data). */
export async function putListings(listings: CheckListing[]): Promise<void> {
	await writeAll(assessmentStore(), listings.flatMap(listingWrites));
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
	return guarded(() => get<Assessment>(key(id), assessmentStore()));
}

export async function putAssessment(assessment: Assessment): Promise<void> {
	await putRecords([assessment], []);
}

/** Stores several checks in one transaction: all or none (imports, backups). */
export async function putAssessments(list: Assessment[]): Promise<void> {
	await putRecords(list, []);
}

/** Stores checks and clients together in one transaction: all or none. */
export async function putRecords(assessments: Assessment[], clients: Client[]): Promise<void> {
	const records = [...assessments.map((a) => ({ key: key(a.id), value: a as Assessment | Client })), ...clients.map((c) => ({ key: clientKey(c.id), value: c as Assessment | Client }))];
	await replaceAll<Assessment | Client>(assessmentStore(), records, (after, before) =>
		'responses' in after ? checkIndexWrites(after, before as Assessment | undefined) : clientIndexWrites(after, before as Client | undefined)
	);
	for (const record of [...assessments, ...clients]) announceChange(record.id, record.revision);
}

export async function deleteAssessment(id: string): Promise<void> {
	const before = await getAssessment(id);
	await writeAll(assessmentStore(), [{ del: key(id) }, ...checkIndexWrites(undefined, before)]);
	announceChange(id, 0);
}

export interface ChangeResult {
	stored: Assessment;
	/** the record had been changed elsewhere (another tab) since `knownRevision` */
	external: Assessment | undefined;
}

/**
 * Applies `change` to the stored record in one transaction and bumps its revision. When the
 * stored revision differs from `knownRevision`, another tab changed it meanwhile: the change is
 * still applied on top of the stored record (never on a stale copy), and the caller is told.
 */
export async function changeAssessment(
	id: string,
	change: (current: Assessment) => Assessment,
	knownRevision: number,
	now = new Date()
): Promise<ChangeResult> {
	const { stored, before } = await changeRecord<Assessment>(assessmentStore(), key(id), change, { now, also: checkIndexWrites });
	announceChange(id, stored.revision);
	return { stored, external: before.revision !== knownRevision ? before : undefined };
}

/** Every check and client, whole, for a backup. */
export async function listRecords(): Promise<{ assessments: Assessment[]; clients: Client[] }> {
	const [assessments, clients] = await Promise.all([listAssessments(), listClients()]);
	return { assessments, clients };
}

/** Deletes a client with all its checks, in one transaction. */
export async function deleteClientWithChecks(clientId: string): Promise<void> {
	const store = assessmentStore();
	const [client, checks] = await Promise.all([getClient(clientId), listingsOfClient(clientId)]);
	await writeAll(store, [
		{ del: clientKey(clientId) },
		...clientIndexWrites(undefined, client),
		...checks.flatMap((c) => [{ del: key(c.id) }, ...unlistWrites(c)])
	]);
	for (const id of [clientId, ...checks.map((c) => c.id)]) announceChange(id, 0);
}
