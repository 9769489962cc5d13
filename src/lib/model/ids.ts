// Identifiers of records: random UUIDs, treated as opaque strings everywhere.
export function newId(): string {
	return crypto.randomUUID();
}
