// The report's "Consultation" section (DIN SPEC 27076's consultation report): date and duration
// of the interview from the interview clock, who took part with their role – and when the
// management did not –, the consultant and their qualification, the catalogue version and the
// next consultation. Resolved to text here; the PDF and the Word report only lay it out.
import type { Catalogue } from '$lib/engine/din';
import { formatDate } from '$lib/i18n/format';
import { participantRoleLabel } from '$lib/i18n/labels';
import type { Assessment, ProviderSnapshot } from '$lib/model/assessment';
import { durationText, elapsedAt } from '$lib/model/interview-clock';
import { managementAttends } from '$lib/model/participants';
import { m } from '$lib/paraglide/messages';

export interface ReportConsultation {
	heading: string;
	/** label and value: date, duration, management, consultant, qualification, catalogue, follow-up */
	rows: [string, string][];
	participantsHeading: string;
	participantColumns: [string, string];
	/** name and role */
	participants: [string, string][];
	/** said instead of the table when no one is entered */
	noParticipants: string | null;
	/** "The management did not take part.", or null when it did */
	managementAbsent: string | null;
}

export function consultationSection(
	assessment: Assessment,
	catalogue: Catalogue,
	options: { now: Date; provider?: ProviderSnapshot; followUp?: string }
): ReportConsultation | null {
	const c = assessment.consultation;
	if (!c) return null;
	const provider = options.provider ?? c.provider;
	const elapsed = elapsedAt(c, options.now.getTime());
	const attended = managementAttends(c);
	const participants = (c.participants ?? []).map((p): [string, string] => [p.name, participantRoleLabel(p.role)]);
	const rows: [string, string][] = [
		[m.report_consultation_date(), c.startedAt ? formatDate(c.startedAt) : m.report_consultation_not_recorded()],
		[m.report_consultation_duration(), elapsed > 0 ? m.report_consultation_duration_value({ duration: durationText(elapsed) }) : m.report_consultation_not_recorded()],
		[m.report_consultation_management(), attended ? m.yes() : m.no()],
		[m.report_consultation_consultant(), provider.consultant || '–'],
		...(provider.qualification ? [[m.report_consultation_qualification(), provider.qualification] as [string, string]] : []),
		[m.report_consultation_catalogue(), m.report_consultation_catalogue_value({ designation: catalogue.source.designation, version: catalogue.version })],
		...(options.followUp ? [[m.report_consultation_follow_up(), formatDate(options.followUp)] as [string, string]] : [])
	];
	return {
		heading: m.report_consultation_heading(),
		rows,
		participantsHeading: m.report_consultation_participants(),
		participantColumns: [m.report_col_name(), m.report_col_role()],
		participants,
		noParticipants: participants.length === 0 ? m.report_consultation_participants_none() : null,
		managementAbsent: attended ? null : m.report_consultation_management_absent()
	};
}
