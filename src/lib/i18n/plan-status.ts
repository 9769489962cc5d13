// An action's state, worded once for the action plan, its exports and the reports. Apart from
// labels.ts, so the questionnaire (which shows no plan) does not load these messages.
import type { ActionStatus } from '$lib/model/assessment';
import { m } from '$lib/paraglide/messages';

/** An action's state in the plan: "offen", "in Arbeit", "erledigt". */
export function planStatusLabel(status: ActionStatus): string {
	return { open: m.plan_status_open, in_progress: m.plan_status_in_progress, done: m.plan_status_done }[status]();
}
