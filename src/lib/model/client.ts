// Rules about clients (the companies a provider advises) that the pages share.
import type { Client } from './assessment';

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

/** The checks of one client, oldest first. */
export function checksOf<T extends { clientId?: string; createdAt: string }>(clientId: string, checks: T[]): T[] {
	return checks.filter((a) => a.clientId === clientId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
