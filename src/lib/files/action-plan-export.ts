// The action plan as a spreadsheet (CSV) and its due dates as a calendar file (iCalendar),
// in the user's language: the DIN actions and, once the company has started the §30 gap
// analysis, its NIS-2 actions (tracked under nis2-<question> in the same plan).
import type { Action, Catalogue, MeasureCatalogue, MeasureGap } from '$lib/engine/din';
import { isMeasureActionId, MEASURE_ACTION_PREFIX } from '$lib/model/readiness';
import { costLabel, effortLabel } from '$lib/i18n/labels';
import { planStatusLabel } from '$lib/i18n/plan-status';
import { locale, t } from '$lib/i18n/locale.svelte';
import { m } from '$lib/paraglide/messages';
import type { Assessment } from '$lib/model/assessment';
import { isCalendarDate } from '$lib/model/dates';
import { toCsv } from './csv';
import { toICalendar, type CalendarEvent } from './icalendar';

/** How a §30 action is numbered in the exports: "NIS-2 c1". */
export const measureActionLabel = (questionId: string) => `NIS-2 ${questionId}`;

export function actionPlanCsv(assessment: Assessment, actions: Action[], gaps: MeasureGap[] = []): string {
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
	for (const gap of gaps) {
		const tracking = assessment.plan?.[gap.id];
		rows.push([
			measureActionLabel(gap.questionId),
			`${gap.paragraph} – ${gap.measureTitle}`,
			m.no(),
			gap.title,
			(gap.steps ?? []).map((step, i) => `${i + 1}. ${step}`).join('\n'),
			'',
			'',
			tracking?.owner ?? '',
			tracking?.due ?? '',
			planStatusLabel(tracking?.status ?? 'open')
		]);
	}
	// German spreadsheet programs split on ";" (the comma is their decimal mark), English ones on ",".
	return toCsv([header, ...rows], { separator: locale.current === 'en' ? ',' : ';' });
}

/**
 * One all-day event per action with a due date that is not done yet; `calendar` is null when
 * there is none. A due date that is no real day (stored damaged) is left out and named.
 */
export function actionPlanCalendar(assessment: Assessment, catalogue: Catalogue, now = new Date(), measures?: MeasureCatalogue): { calendar: string | null; skipped: string[] } {
	const questions = new Map((measures?.measures ?? []).flatMap((measure) => measure.questions.map((q) => [q.id, { measure, question: q }] as const)));
	const due = Object.entries(assessment.plan ?? {}).filter(([, tracking]) => tracking.due && tracking.status !== 'done');
	const skipped = due.filter(([, tracking]) => !isCalendarDate(tracking.due!)).map(([id]) => id);
	const events: CalendarEvent[] = due
		.filter(([id]) => !skipped.includes(id))
		.map(([id, tracking]) => {
			const requirement = catalogue.requirements.find((r) => r.id === id);
			const found = isMeasureActionId(id) ? questions.get(id.slice(MEASURE_ACTION_PREFIX.length)) : undefined;
			const title = requirement ? t(requirement.title) : (found?.question.action.title ?? (isMeasureActionId(id) ? m.readiness_measures() : id));
			const label = isMeasureActionId(id) ? measureActionLabel(id.slice(MEASURE_ACTION_PREFIX.length)) : id;
			const summary = requirement ? t(requirement.recommendation.summary) : found ? `${found.measure.paragraph} – ${found.measure.title}` : '';
			return {
				uid: `${assessment.id}-${id}`,
				date: tracking.due!,
				summary: m.ics_summary({ id: label, title, company: assessment.company.name }),
				description: [summary, tracking.owner ? m.ics_owner({ owner: tracking.owner }) : '']
					.filter(Boolean)
					.join('\n')
			};
		});
	if (events.length === 0) return { calendar: null, skipped };
	return { calendar: toICalendar(events, { prodId: '-//KMU Cyber-Check//DE', now, calendarName: m.ics_calendar({ company: assessment.company.name }) }), skipped };
}
