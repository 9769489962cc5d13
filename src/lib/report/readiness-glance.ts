// Where each part of the readiness workspace stands, in one line each: the overview page shows
// these beside its links, and the readiness report opens with them.
import type { Catalogue } from '$lib/engine/din';
import { measureStates, prefillMeasures, type MeasureCatalogue, type MeasureStatus } from '$lib/engine/nis2-measures';
import { nextTrainingDue } from '$lib/engine/nis2/readiness-dates';
import { formatDate } from '$lib/i18n/format';
import type { Assessment } from '$lib/model/assessment';
import { checklistScope, gatheredCount } from '$lib/model/registration-checklist';
import { m } from '$lib/paraglide/messages';
import { sheetStatus, statusText } from './registration-sheet-data';

export interface ReadinessGlance {
	registration: { status: string; overdue: boolean; gathered: string };
	/** null until the §30 questions are loaded */
	measures: { counts: Record<MeasureStatus, number>; text: string; toConfirm: number } | null;
	management: { approval: string; training: string; trainingOverdue: boolean };
	incidents: { open: number; all: number; text: string };
}

/** "1 Antwort … / 27 Antworten aus dem DIN-Check noch zu bestätigen" */
export const toConfirmText = (count: number) => (count === 1 ? m.readiness_doc_to_confirm_one() : m.readiness_doc_to_confirm_other({ count: String(count) }));

export function measuresGlance(assessment: Assessment, measures: MeasureCatalogue, catalogue: Catalogue): NonNullable<ReadinessGlance['measures']> {
	const activities = assessment.nis2?.profile.activities ?? [];
	const prefill = prefillMeasures(measures.measures, catalogue, assessment.answers);
	const states = Object.values(measureStates(measures.measures, assessment.readiness?.measures?.answers ?? {}, prefill, activities)).filter((s) => s.total > 0);
	const counts: Record<MeasureStatus, number> = { met: 0, partly: 0, open: 0, unanswered: 0 };
	for (const state of states) counts[state.status] += 1;
	const toConfirm = states.reduce((n, s) => n + s.toConfirm.length, 0);
	const text = m.readiness_doc_measures_counts({ met: String(counts.met), partly: String(counts.partly), open: String(counts.open), unanswered: String(counts.unanswered) });
	return { counts, text, toConfirm };
}

export function readinessGlance(assessment: Assessment, today: string, measures: ReadinessGlance['measures']): ReadinessGlance {
	const r = assessment.readiness ?? {};
	const status = sheetStatus(r.registration, today);
	const gathered = gatheredCount(r.registration?.fields, checklistScope(assessment.nis2?.profile));
	const g = r.management ?? {};
	const next = g.lastTrainingOn ? nextTrainingDue(g.lastTrainingOn) : null;
	const incidents = r.incidents ?? [];
	const open = incidents.filter((i) => !i.closedAt).length;
	return {
		registration: { status: statusText(status), overdue: status.kind === 'overdue', gathered: m.registration_gathered(gathered) },
		measures,
		management: {
			approval: g.approvedOn ? m.readiness_doc_approved({ date: formatDate(g.approvedOn), who: g.approvedBy ?? '–' }) : m.readiness_doc_not_approved(),
			training:
				g.lastTrainingOn && next
					? (next < today ? m.readiness_doc_training_overdue : m.readiness_doc_training)({ last: formatDate(g.lastTrainingOn), next: formatDate(next) })
					: m.readiness_doc_no_training(),
			trainingOverdue: !!next && next < today
		},
		incidents: { open, all: incidents.length, text: incidents.length === 0 ? m.readiness_doc_no_incidents() : m.readiness_doc_incident_counts({ open: String(open), all: String(incidents.length) }) }
	};
}
