// Labels for the engine's enumerations, shared by the questionnaire, results and report.
import type { AnswerStatus, CostLevel, Effort } from '$lib/engine/din';
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
