// The provider's clients with the list entries of their checks: a page at a time for the
// client list, or one client for its page. Whole checks are read only when they are exported.
import type { Client, Company } from '$lib/model/assessment';
import { cleanClient } from '$lib/model/clean-record';
import { sameCompanyName } from '$lib/model/client';
import { newClient } from '$lib/model/factories';
import type { CheckListing } from '$lib/model/listing';
import { ensureCheckIndex, listingsOfClient } from '$lib/storage/assessments';
import { ensureClientIndex, firstClients, getClient, listClients, putClient } from '$lib/storage/clients';
import { Paged } from './paged.svelte';
import { StoredView } from './stored-view.svelte';

export interface ClientEntry {
	client: Client;
	/** oldest first */
	checks: CheckListing[];
	latest: CheckListing | undefined;
}

async function entryOf(client: Client): Promise<ClientEntry> {
	const checks = await listingsOfClient(client.id);
	return { client, checks, latest: checks.at(-1) };
}

export class ClientList extends StoredView {
	readonly paged = new Paged<ClientEntry>(
		async (limit) => {
			// An empty index may be data not indexed yet (an older version): indexed first then.
			let first = await firstClients(limit);
			if (first.total === 0) {
				await Promise.all([ensureClientIndex(), ensureCheckIndex()]);
				first = await firstClients(limit);
			}
			return { items: await Promise.all(first.clients.map(entryOf)), total: first.total };
		},
		async () => {
			const [clients] = await Promise.all([listClients(), ensureCheckIndex()]);
			return Promise.all(clients.map(entryOf));
		},
		(e) => [e.client.company.name, e.client.company.seat ?? '', e.client.company.industry ?? '']
	);

	get entries(): ClientEntry[] {
		return this.paged.items;
	}

	protected async read(): Promise<void> {
		await this.paged.load();
		void this.#verify();
	}

	/** After the first page is shown: anything stored without index entries is indexed, and shown. */
	async #verify(): Promise<void> {
		const [checks, clients] = await Promise.all([ensureCheckIndex(), ensureClientIndex()]).catch(() => [{ rebuilt: false }, { rebuilt: false }]);
		if (checks.rebuilt || clients.rebuilt) await this.attempt(() => this.paged.load());
	}

	search(query: string): Promise<boolean> {
		return this.attempt(() => this.paged.search(query));
	}

	showMore(): Promise<boolean> {
		return this.attempt(() => this.paged.showMore());
	}

	/** Another client with the same company name, so a duplicate is not created by accident. */
	async duplicateOf(name: string): Promise<Client | undefined> {
		const all = await listClients().catch(() => []);
		return all.find((c) => sameCompanyName(c.company.name, name));
	}

	/** A new client, unless the importer would refuse it (then `refused` says why). */
	async create(company: Company): Promise<Client | undefined> {
		const client = cleanClient(newClient(company));
		const { problemOfClient } = await import('$lib/files/record-check');
		this.refused = problemOfClient(client);
		if (this.refused) return undefined;
		return (await this.attempt(() => putClient(client))) ? client : undefined;
	}
}

/** One client with its checks, for the client's page. */
export class OneClient extends StoredView {
	entry = $state.raw<ClientEntry | undefined>(undefined);

	constructor(private readonly id: string) {
		super();
	}

	protected async read(): Promise<void> {
		// The client page edits the client: the write check (record-check, loaded on demand by
		// update) comes with the page, so a change typed just before leaving is stored, not lost
		// while its code is still on the way.
		const [client] = await Promise.all([getClient(this.id), ensureCheckIndex(), import('$lib/files/record-check')]);
		this.entry = client ? await entryOf(client) : undefined;
	}
}
