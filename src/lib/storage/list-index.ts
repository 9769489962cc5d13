// The indexes the lists read, kept in the same store as the records and written in the same
// transaction: the list entry of every self-check by time of its last change (newest first),
// the entries of consultations by client (a consultation is listed once, under its client,
// never among the self-checks), and the clients by name. A list reads the first page of an index,
// so its cost does not grow with what the device holds. Each write of a record replaces its
// index entries (it knows the record before and after); data from an older version, or written
// straight into the database, is indexed once when a list finds the counts do not match.
import type { Assessment, Client } from '$lib/model/assessment';
import { listingOf, type CheckListing } from '$lib/model/listing';
import type { Write } from './records';

export const CHECK = 'assessment:';
export const CLIENT = 'client:';
const RECENT = 'recent:';
const BY_CLIENT = 'bycl:';
const BY_NAME = 'clientname:';
export const INDEXES = { RECENT, BY_CLIENT, BY_NAME } as const;

// Later changes first: the key holds the time counted down from a far future.
const FAR = 9_999_999_999_999;
const inverted = (stamp: string) => String(FAR - (Date.parse(stamp) || 0)).padStart(13, '0');

/** Names sort by their letters, case and accents aside ("Ärzte" beside "Arzte"). */
export function sortName(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de').trim();
}

/** What places a check in the indexes. */
type Placed = Pick<CheckListing, 'id' | 'updatedAt' | 'clientId'>;

const recentKey = (a: Placed) => `${RECENT}${inverted(a.updatedAt)}:${a.id}`;
const byClientKey = (clientId: string, id: string) => `${BY_CLIENT}${clientId}:${id}`;
// U+0001 ends the name, so that a name sorts before every longer one that starts with it.
const byNameKey = (c: Client) => `${BY_NAME}${sortName(c.company.name)}\u0001${c.id}`;

/** The prefix of one client's check entries. */
export const checksOfClientPrefix = (clientId: string) => `${BY_CLIENT}${clientId}:`;

/** Writes the list entry into the index it belongs to: its client's, or the self-checks'. */
export function listingWrites(listing: CheckListing): Write[] {
	return [listing.clientId ? { put: byClientKey(listing.clientId, listing.id), value: listing } : { put: recentKey(listing), value: listing }];
}

/** Removes a check (as placed before) from every index; also the self-check entry an older
 *  version wrote for a consultation. */
export function unlistWrites(before: Placed): Write[] {
	return [{ del: recentKey(before) }, ...(before.clientId ? [{ del: byClientKey(before.clientId, before.id) }] : [])];
}

/** Index writes when a check goes from `before` to `after` (either may be missing). */
export function checkIndexWrites(after: Assessment | undefined, before: Placed | undefined): Write[] {
	return [...(before ? unlistWrites(before) : []), ...(after ? listingWrites(listingOf(after)) : [])];
}

export function clientIndexWrites(after: Client | undefined, before: Client | undefined): Write[] {
	const writes: Write[] = [];
	if (before) writes.push({ del: byNameKey(before) });
	if (after) writes.push({ put: byNameKey(after), value: after });
	return writes;
}
