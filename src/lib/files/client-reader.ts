// Reading one client from a file: its form against the JSON Schema.
import type { Client } from '$lib/model/assessment';
import { cleanClient } from '$lib/model/clean-record';
import { checkDay, checkTimestamp } from './assessment-reader';
import { validateClient } from './generated/validators';
import { checkSchema } from './problems';

export function readClient(value: unknown, path: string): Client {
	checkSchema(validateClient, value, path);
	const c = value as Client;
	checkTimestamp(c.createdAt, `${path}/createdAt`);
	checkTimestamp(c.updatedAt, `${path}/updatedAt`);
	checkDay(c.followUp, `${path}/followUp`);
	return cleanClient({ ...c, revision: c.revision ?? 1 });
}
