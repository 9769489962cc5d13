// Labels for the engine's enumerations, shared by the questionnaire, results and report.
import type { AnswerStatus, CostLevel, Effort } from '$lib/engine/din';
import type { Nis2ResultCategory } from '$lib/engine/nis2';
import { m } from '$lib/paraglide/messages';

export function effortLabel(effort: Effort): string {
	return { low: m.effort_low, medium: m.effort_medium, high: m.effort_high }[effort]();
}

export function costLabel(cost: CostLevel): string {
	return { none: m.cost_none, low: m.cost_low, medium: m.cost_medium, high: m.cost_high }[cost]();
}

export function statusLabel(status: AnswerStatus | undefined): string {
	if (!status) return m.status_open();
	return { fulfilled: m.status_fulfilled, not_fulfilled: m.status_not_fulfilled, not_relevant: m.status_not_relevant }[status]();
}

/** Short names of the NIS-2 categories where the rules file is not loaded (lists). */
export function nis2Label(category: Nis2ResultCategory): string {
	return {
		essential: m.nis2_short_essential,
		important: m.nis2_short_important,
		registration_only: m.nis2_short_registration_only,
		not_affected: m.nis2_short_not_affected,
		uncertain: m.nis2_short_uncertain
	}[category]();
}
