// The action plan as a spreadsheet (CSV) and its due dates as a calendar file (iCalendar),
// in the user's language.
import type { Action, Catalogue } from '$lib/engine/din';
import { costLabel, effortLabel } from '$lib/i18n/labels';
import { locale, t } from '$lib/i18n/locale.svelte';
import { m } from '$lib/paraglide/messages';
import type { ActionStatus, Assessment } from '$lib/model/assessment';
import { isCalendarDate } from '$lib/model/dates';
import { toCsv } from './csv';
import { toICalendar, type CalendarEvent } from './icalendar';

export function planStatusLabel(status: ActionStatus): string {
	return { open: m.plan_status_open, in_progress: m.plan_status_in_progress, done: m.plan_status_done }[status]();
}

export function actionPlanCsv(assessment: Assessment, actions: Action[]): string {
	const header = [m.report_col_number(), m.report_col_requirement(), m.top_badge(), m.csv_action(), m.csv_steps(), m.effort_label(), m.cost_label(), m.plan_owner(), m.plan_due(), m.plan_status()];
	const rows = actions.map((action) => {
		const tracking = assessment.plan?.[action.requirementId];
		return [
			action.requirementId,
			t(action.title),
			action.top ? m.yes() : m.no(),
			t(action.recommendation.summary),
			action.recommendation.steps.map((step, i) => `${i + 1}. ${t(step)}`).join('\n'),
			effortLabel(action.effort),
			`${costLabel(action.cost.level)} – ${t(action.cost.hint)}`,
			tracking?.owner ?? '',
			tracking?.due ?? '',
			planStatusLabel(tracking?.status ?? 'open')
		];
	});
	// German spreadsheet programs split on ";" (the comma is their decimal mark), English ones on ",".
	return toCsv([header, ...rows], { separator: locale.current === 'en' ? ',' : ';' });
}

/**
 * One all-day event per action with a due date that is not done yet; `calendar` is null when
 * there is none. A due date that is no real day (stored damaged) is left out and named.
 */
export function actionPlanCalendar(assessment: Assessment, catalogue: Catalogue, now = new Date()): { calendar: string | null; skipped: string[] } {
	const due = Object.entries(assessment.plan ?? {}).filter(([, tracking]) => tracking.due && tracking.status !== 'done');
	const skipped = due.filter(([, tracking]) => !isCalendarDate(tracking.due!)).map(([id]) => id);
	const events: CalendarEvent[] = due
		.filter(([id]) => !skipped.includes(id))
		.map(([id, tracking]) => {
			const requirement = catalogue.requirements.find((r) => r.id === id);
			const title = requirement ? t(requirement.title) : id;
			return {
				uid: `${assessment.id}-${id}`,
				date: tracking.due!,
				summary: m.ics_summary({ id, title, company: assessment.company.name }),
				description: [requirement ? t(requirement.recommendation.summary) : '', tracking.owner ? m.ics_owner({ owner: tracking.owner }) : '']
					.filter(Boolean)
					.join('\n')
			};
		});
	if (events.length === 0) return { calendar: null, skipped };
	return { calendar: toICalendar(events, { prodId: '-//KMU Cyber-Check//DE', now, calendarName: m.ics_calendar({ company: assessment.company.name }) }), skipped };
}
