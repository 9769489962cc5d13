// Labels for the engine's enumerations, shared by the questionnaire, results and report.
import type { AnswerStatus, CostLevel, Effort } from '$lib/engine/din';
import type { ParticipantRole } from '$lib/model/assessment';
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

export function participantRoleLabel(role: ParticipantRole): string {
	return {
		management: m.participant_role_management,
		it: m.participant_role_it,
		data_protection: m.participant_role_data_protection,
		staff: m.participant_role_staff,
		it_provider: m.participant_role_it_provider,
		other: m.participant_role_other
	}[role]();
}
