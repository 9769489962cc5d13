// Messages for storage problems, in the user's language.
import { m } from '$lib/paraglide/messages';
import type { SaveProblem } from '$lib/state/save-queue.svelte';

export function storageProblemMessage(problem: SaveProblem): string {
	switch (problem) {
		case 'invalid':
			return m.storage_invalid();
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
