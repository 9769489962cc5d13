// When each report on one incident is due and where it stands, from the deadline engine
// (§ 32 BSIG): pure, so the card, the text export and the PDF say the same.
import { incidentDeadlines } from '$lib/engine/nis2';
import type { Incident, IncidentReport } from './readiness';

/**
 * - 'notified' / 'pending': the final report one month after the notification sent, or after its
 *   72-hour deadline while none is sent;
 * - 'closed' / 'open': the incident outlasted that month (§ 32 Abs. 2): one month after the
 *   handling ended, or not known yet while it goes on;
 * - progress 'maybe' (only if still ongoing then), 'due' (it was), 'none' (closed in time).
 */
export type FinalBasis = 'notified' | 'pending' | 'closed' | 'open';
export type ProgressNeed = 'maybe' | 'due' | 'none';
export type ReportState = 'open' | 'overdue' | 'sent' | 'sent_late' | 'not_needed' | 'unknown';

export interface ScheduledReport {
	report: IncidentReport;
	/** UTC ISO, or null while it cannot be known (final report of an ongoing incident) */
	due: string | null;
	sent?: string;
	state: ReportState;
}

export interface IncidentSchedule {
	reports: Record<IncidentReport, ScheduledReport>;
	finalBasis: FinalBasis;
	progress: ProgressNeed;
}

function stateOf(due: string | null, sent: string | undefined, now: number): ReportState {
	if (sent) return due !== null && Date.parse(sent) >= Date.parse(due) ? 'sent_late' : 'sent';
	if (due === null) return 'unknown';
	return Date.parse(due) <= now ? 'overdue' : 'open';
}

/** The schedule of one incident at `now` (UTC ISO); throws DeadlineInputError on stored nonsense. */
export function incidentSchedule(incident: Incident, now: string): IncidentSchedule {
	const at = Date.parse(now);
	const d = incidentDeadlines({ awareAt: incident.awareAt, notifiedAt: incident.sent.notification });
	const monthEnd = Date.parse(d.finalReportDue);
	const closed = incident.closedAt === undefined ? undefined : Date.parse(incident.closedAt);
	// Ongoing at the month's end: closed after it, or not closed and the end has passed.
	const outlasted = closed !== undefined ? closed >= monthEnd : at >= monthEnd;
	let finalDue: string | null = d.finalReportDue;
	let finalBasis: FinalBasis = incident.sent.notification ? 'notified' : 'pending';
	let progress: ProgressNeed = closed !== undefined ? 'none' : 'maybe';
	if (outlasted) {
		progress = 'due';
		// One month after the handling ended: the same month count as after a notification.
		finalDue = incident.closedAt ? incidentDeadlines({ awareAt: incident.awareAt, notifiedAt: incident.closedAt }).finalReportDue : null;
		finalBasis = incident.closedAt ? 'closed' : 'open';
	}
	const s = incident.sent;
	return {
		finalBasis,
		progress,
		reports: {
			early_warning: { report: 'early_warning', due: d.earlyWarningDue, sent: s.early_warning, state: stateOf(d.earlyWarningDue, s.early_warning, at) },
			notification: { report: 'notification', due: d.notificationDue, sent: s.notification, state: stateOf(d.notificationDue, s.notification, at) },
			final: { report: 'final', due: finalDue, sent: s.final, state: stateOf(finalDue, s.final, at) },
			progress: {
				report: 'progress',
				due: d.finalReportDue,
				sent: s.progress,
				state: progress === 'none' && !s.progress ? 'not_needed' : stateOf(d.finalReportDue, s.progress, at)
			}
		}
	};
}
