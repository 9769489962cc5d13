// The provider's clients with their checks, for the client list and a client's page.
import { newId, type Assessment, type Client, type Company } from '$lib/storage/assessment';
import { listAssessments } from '$lib/storage/assessments';
import { onExternalChange } from '$lib/storage/broadcast';
import { changeClient, checksOf, listClients, putClient, sameCompanyName } from '$lib/storage/clients';
import { problemOf, type StorageProblem } from '$lib/storage/db';

export interface ClientEntry {
	client: Client;
	/** oldest first */
	checks: Assessment[];
	latest: Assessment | undefined;
}

export class ClientList {
	entries = $state<ClientEntry[]>([]);
	loaded = $state(false);
	problem = $state<StorageProblem | null>(null);
	#stop: (() => void) | undefined;

	async load(): Promise<void> {
		try {
			const [clients, assessments] = await Promise.all([listClients(), listAssessments()]);
			this.entries = clients.map((client) => {
				const checks = checksOf(client.id, assessments);
				return { client, checks, latest: checks[checks.length - 1] };
			});
			this.problem = null;
		} catch (error) {
			this.problem = problemOf(error);
		} finally {
			this.loaded = true;
		}
		this.#stop ??= onExternalChange(() => void this.load());
	}

	close(): void {
		this.#stop?.();
	}

	find(id: string): ClientEntry | undefined {
		return this.entries.find((e) => e.client.id === id);
	}

	/** Another client with the same company name, so a duplicate is not created by accident. */
	duplicateOf(name: string): Client | undefined {
		return this.entries.find((e) => sameCompanyName(e.client.company.name, name))?.client;
	}

	async create(company: Company): Promise<Client | undefined> {
		const stamp = new Date().toISOString();
		const client: Client = { id: newId(), company, createdAt: stamp, updatedAt: stamp, revision: 1 };
		try {
			await putClient(client);
			await this.load();
			return client;
		} catch (error) {
			this.problem = problemOf(error);
			return undefined;
		}
	}

	async update(id: string, change: (client: Client) => Client): Promise<boolean> {
		try {
			await changeClient(id, change);
			await this.load();
			return true;
		} catch (error) {
			this.problem = problemOf(error);
			return false;
		}
	}
}
