// Which of two versions of the same record (same id: one on this device, one from a file) is
// the newer one. Every stored change raises the revision and sets updatedAt, so a version with
// more changes that is not older has seen every change the other has – it wins, without
// asking. When the two disagree (one has more changes, the other the later ones; or the same
// number of changes with different content), both were changed apart from each other: that
// is a conflict no rule can decide, and the user is asked. (Clocks of two devices that differ
// can make a newer version look like a conflict: then the user is asked, nothing is lost.)
import type { Assessment, Client } from './assessment';

export type VersionOrder = 'same' | 'incoming_newer' | 'existing_newer' | 'conflict';

/** JSON with the keys of every object in order, so that equal content gives equal text. */
function stable(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
		return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

/** What a check says, without what is derived or only bookkeeping (revision, save time, where the user left it). */
function checkContent(a: Assessment): string {
	const { revision: _r, updatedAt: _u, summary: _s, position: _p, nis2, ...rest } = a;
	const { result: _result, ...answers } = nis2 ?? {};
	return stable(nis2 ? { ...rest, nis2: answers } : rest);
}

function clientContent(c: Client): string {
	const { revision: _r, updatedAt: _u, ...rest } = c;
	return stable(rest);
}

const sign = (n: number) => (Number.isFinite(n) ? Math.sign(n) : 0);

/** Orders two versions of a record by revision and last change; same content is 'same' whatever they say. */
export function orderVersions<T extends { revision: number; updatedAt: string }>(existing: T, incoming: T, content: (record: T) => string): VersionOrder {
	if (content(existing) === content(incoming)) return 'same';
	const byRevision = sign(incoming.revision - existing.revision);
	const byTime = sign(Date.parse(incoming.updatedAt) - Date.parse(existing.updatedAt));
	if (byRevision > 0 && byTime >= 0) return 'incoming_newer';
	if (byRevision < 0 && byTime <= 0) return 'existing_newer';
	return 'conflict';
}

export const orderChecks = (existing: Assessment, incoming: Assessment) => orderVersions(existing, incoming, checkContent);
export const orderClients = (existing: Client, incoming: Client) => orderVersions(existing, incoming, clientContent);
