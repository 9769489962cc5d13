// Short names of the NIS-2 categories for lists, where the rules file is not loaded.
import type { Nis2ResultCategory } from '$lib/engine/nis2';
import { m } from '$lib/paraglide/messages';

export function nis2Label(category: Nis2ResultCategory): string {
	return {
		essential: m.nis2_short_essential,
		important: m.nis2_short_important,
		registration_only: m.nis2_short_registration_only,
		not_affected: m.nis2_short_not_affected,
		uncertain: m.nis2_short_uncertain
	}[category]();
}
