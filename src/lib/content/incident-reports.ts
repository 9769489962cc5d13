// What each report on a significant security incident must contain (§ 32 BSIG as amended by the
// NIS2UmsuCG, in force since 6 December 2025), as fill-in fields, and where the reports go.
// The field labels are our own short wording of the law's list (messages incident_field_*).
//
// Sources (read 2 December 2026):
// - § 32 Abs. 1 Nr. 1–4 and Abs. 2 BSIG, e.g. https://nis2-umsetzung.com/bsig/32-bsig/ :
//   Nr. 1 early warning: suspected unlawful or malicious act? possible cross-border impact?
//   Nr. 2 notification: confirm or update Nr. 1; initial assessment incl. severity and impact;
//         indicators of compromise where available;
//   Nr. 3 interim report on the BSI's request: relevant status updates;
//   Nr. 4 final report: detailed description incl. severity and impact; type of threat or root
//         cause; mitigation measures applied and ongoing; cross-border impact where applicable;
//   Abs. 2: still ongoing at the Nr. 4 time → a progress report then, and the final report within
//         one month after the handling is finished.
// - The joint reporting office of BSI and BBK (§ 32 Abs. 1 BSIG) is reached through the BSI
//   portal, online since 6 January 2026: https://portal.bsi.bund.de (reports in "Mein
//   Unternehmenskonto"-based access; see
//   https://www.bsi.bund.de/DE/Themen/Regulierte-Wirtschaft/NIS-2-regulierte-Unternehmen/NIS-2-Meldepflicht/NIS-2-Meldepflicht.html,
//   which also says the deadlines are maximum times not to be used up).
import type { IncidentReport } from '$lib/model/readiness';
import { m } from '$lib/paraglide/messages';

type Locale = 'de' | 'en';
type Label = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

export const INCIDENT_CHOICES = ['yes', 'no', 'unknown'] as const;
export type IncidentChoice = (typeof INCIDENT_CHOICES)[number];

export interface IncidentField {
	/** the key under drafts[report] */
	id: string;
	kind: 'text' | 'choice';
	label: Label;
}

export interface IncidentReportDefinition {
	id: IncidentReport;
	name: Label;
	fields: IncidentField[];
}

const text = (id: string, label: Label): IncidentField => ({ id, kind: 'text', label });
const choice = (id: string, label: Label): IncidentField => ({ id, kind: 'choice', label });

/** The reports in the order they fall due. */
export const INCIDENT_REPORT_DEFINITIONS: IncidentReportDefinition[] = [
	{
		id: 'early_warning',
		name: m.incident_report_early_warning,
		fields: [text('summary', m.incident_field_ew_summary), choice('malicious', m.incident_field_ew_malicious), choice('cross_border', m.incident_field_ew_cross_border)]
	},
	{
		id: 'notification',
		name: m.incident_report_notification,
		fields: [
			text('update', m.incident_field_no_update),
			text('severity', m.incident_field_no_severity),
			text('impact', m.incident_field_no_impact),
			text('ioc', m.incident_field_no_ioc)
		]
	},
	{
		id: 'final',
		name: m.incident_report_final,
		fields: [
			text('description', m.incident_field_fi_description),
			text('cause', m.incident_field_fi_cause),
			text('measures', m.incident_field_fi_measures),
			text('cross_border', m.incident_field_fi_cross_border)
		]
	},
	{
		id: 'progress',
		name: m.incident_report_progress,
		fields: [text('status', m.incident_field_pr_status), text('measures', m.incident_field_pr_measures), text('next', m.incident_field_pr_next)]
	}
];

export const reportDefinition = (id: IncidentReport) => INCIDENT_REPORT_DEFINITIONS.find((r) => r.id === id)!;

/** The answer to a choice field in words ("Ja", "Noch unklar"); an unknown value as it stands. */
export function choiceLabel(value: string | undefined, locale: Locale): string {
	const labels: Record<IncidentChoice, Label> = { yes: m.incident_choice_yes, no: m.incident_choice_no, unknown: m.incident_choice_unknown };
	if (!value) return m.incident_choice_none({}, { locale });
	return value in labels ? labels[value as IncidentChoice]({}, { locale }) : value;
}

/** The BSI portal, where the joint reporting office of BSI and BBK receives the reports. */
export const REPORTING_PORTAL_URL = 'https://portal.bsi.bund.de';
export const REPORTING_INFO_URL = 'https://www.bsi.bund.de/DE/Themen/Regulierte-Wirtschaft/NIS-2-regulierte-Unternehmen/NIS-2-Meldepflicht/NIS-2-Meldepflicht.html';
