// Clients (companies a provider advises) live in the same store as the checks, under their
// own key prefix, so a client and its checks can be written in one transaction.
import { entries, get, set, update } from 'idb-keyval';
import type { Assessment, Client } from './assessment';
import { announceChange } from './broadcast';
import { assessmentStore, guarded, NotFoundError } from './db';

const PREFIX = 'client:';
export const clientKey = (id: string) => `${PREFIX}${id}`;

export async function listClients(): Promise<Client[]> {
	const all = await guarded(() => entries<string, Client>(assessmentStore()));
	return all
		.filter(([k]) => typeof k === 'string' && k.startsWith(PREFIX))
		.map(([, v]) => v)
		.sort((a, b) => a.company.name.localeCompare(b.company.name, 'de'));
}

export async function getClient(id: string): Promise<Client | undefined> {
	return guarded(() => get<Client>(clientKey(id), assessmentStore()));
}

export async function putClient(client: Client): Promise<void> {
	await guarded(() => set(clientKey(client.id), client, assessmentStore()));
	announceChange(client.id, client.revision);
}

export async function changeClient(id: string, change: (current: Client) => Client, now = new Date()): Promise<Client> {
	let stored: Client | undefined;
	await guarded(() =>
		update<Client>(
			clientKey(id),
			(current) => {
				if (!current) throw new NotFoundError(id);
				stored = { ...change(structuredClone(current)), revision: current.revision + 1, updatedAt: now.toISOString() };
				return stored;
			},
			assessmentStore()
		)
	);
	announceChange(id, stored!.revision);
	return stored!;
}


/** The client with a new date of the next consultation; an empty date removes it. */
export function withFollowUp(client: Client, date: string): Client {
	const next: Client = { ...client, followUp: date };
	if (!date) delete next.followUp;
	return next;
}

/** Two clients are the same company when their names match, ignoring case, spacing and legal-form dots. */
export function sameCompanyName(a: string, b: string): boolean {
	const normal = (s: string) => s.toLocaleLowerCase('de').replace(/[.\s]+/g, ' ').trim();
	return normal(a) === normal(b);
}

export function checksOf(clientId: string, assessments: Assessment[]): Assessment[] {
	return assessments.filter((a) => a.clientId === clientId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
