// Messages for storage problems, in the user's language.
import { m } from '$lib/paraglide/messages';
import type { StorageProblem } from '$lib/storage/db';

export function storageProblemMessage(problem: StorageProblem | 'not_found'): string {
	switch (problem) {
		case 'quota':
			return m.storage_quota();
		case 'blocked':
			return m.storage_blocked();
		case 'not_found':
			return m.storage_not_found();
		default:
			return m.storage_unknown();
	}
}
