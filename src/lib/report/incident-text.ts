// One incident in words, in a given language: the deadlines, each report's draft with its
// labels, the sending times and the log. The card, the text export (pasted into the BSI portal)
// and the PDF all read this, and so can other documents (the readiness report): plain strings.
import { choiceLabel, INCIDENT_REPORT_DEFINITIONS, REPORTING_INFO_URL, REPORTING_PORTAL_URL } from '$lib/content/incident-reports';
import { incidentSchedule, type IncidentSchedule, type ReportState } from '$lib/model/incident-schedule';
import type { Incident, IncidentLogEntry, IncidentReport } from '$lib/model/readiness';
import { m } from '$lib/paraglide/messages';

export type IncidentLocale = 'de' | 'en';

export interface IncidentSummaryField {
	id: string;
	label: string;
	/** the text, or a choice in words; '' when not filled in */
	value: string;
}

export interface IncidentSummaryReport {
	id: IncidentReport;
	name: string;
	/** the rule the deadline follows, with its paragraph */
	period: string;
	/** UTC ISO, or null while not known */
	due: string | null;
	/** "Frist: Do., 3. Dezember 2026 um 07:55 MEZ" */
	dueText: string;
	state: ReportState;
	sent?: string;
	/** "Gesendet am …", "nicht nötig", or null while open */
	sentText: string | null;
	fields: IncidentSummaryField[];
}

export interface IncidentSummary {
	locale: IncidentLocale;
	heading: string;
	companyName: string;
	awareAt: string;
	awareText: string;
	closedText: string | null;
	reports: IncidentSummaryReport[];
	/** "unverzüglich", no extension for weekends, the interim report */
	notes: string[];
	where: { text: string; portal: string; info: string; infoLabel: string };
	log: { at: string; atText: string; text: string }[];
	schedule: IncidentSchedule;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: IncidentLocale, timeZone?: string): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone ?? ''}`;
	let f = formats.get(key);
	if (!f) {
		const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
		f = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { ...options, timeZone: timeZone ?? 'Europe/Berlin' });
		formats.set(key, f);
	}
	return f;
}

/**
 * An instant in German time, with the weekday (no deadline moves for a weekend) and the zone:
 * "Do., 3. Dezember 2026 um 07:55 MEZ". The law counts German days, so every deadline is shown
 * in Berlin's time; the card adds the device's time where that differs (localAside).
 */
export function formatInstant(iso: string, locale: IncidentLocale): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : formatter(locale).format(date);
}

/** The same instant in the device's time zone, or null when that shows the same wall-clock time as Berlin. */
export function localAside(iso: string, locale: IncidentLocale): string | null {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return null;
	const local = formatter(locale, Intl.DateTimeFormat().resolvedOptions().timeZone).format(date);
	return local === formatInstant(iso, locale) ? null : local;
}

/** A span of time, rounded down to the minute: "2 Tg. 3 Std. 5 Min.", "3 h 5 min". */
export function formatDuration(ms: number, locale: IncidentLocale): string {
	const minutesTotal = Math.max(0, Math.floor(ms / 60_000));
	const days = Math.floor(minutesTotal / 1440);
	const hours = Math.floor((minutesTotal % 1440) / 60);
	const minutes = minutesTotal % 60;
	if (days > 0) return m.incident_duration_days({ days, hours, minutes }, { locale });
	if (hours > 0) return m.incident_duration_hours({ hours, minutes }, { locale });
	return m.incident_duration_minutes({ minutes }, { locale });
}

/** The incident's name: its title, or "Sicherheitsvorfall vom <awareness>". */
export function incidentHeading(incident: Incident, locale: IncidentLocale): string {
	return incident.title ?? m.incident_untitled({ date: formatInstant(incident.awareAt, locale) }, { locale });
}

function periodText(report: IncidentReport, schedule: IncidentSchedule, locale: IncidentLocale): string {
	const o = { locale };
	if (report === 'early_warning') return m.incident_period_early_warning({}, o);
	if (report === 'notification') return m.incident_period_notification({}, o);
	if (report === 'progress') {
		const texts = { maybe: m.incident_period_progress_maybe, due: m.incident_period_progress_due, none: m.incident_period_progress_none };
		return texts[schedule.progress]({}, o);
	}
	const texts = { notified: m.incident_period_final_notified, pending: m.incident_period_final_pending, closed: m.incident_period_final_closed, open: m.incident_period_final_open };
	return texts[schedule.finalBasis]({}, o);
}

function sentText(state: ReportState, sent: string | undefined, locale: IncidentLocale): string | null {
	if (state === 'not_needed') return m.incident_not_needed({}, { locale });
	if (!sent) return null;
	const text = m.incident_sent_on({ time: formatInstant(sent, locale) }, { locale });
	return state === 'sent_late' ? `${text} – ${m.incident_sent_late({}, { locale })}` : text;
}

function logText(entry: IncidentLogEntry, locale: IncidentLocale): string {
	const o = { locale };
	const name = (id?: string) => INCIDENT_REPORT_DEFINITIONS.find((r) => r.id === id)?.name({}, o) ?? id ?? '';
	switch (entry.event) {
		case 'started':
			return m.incident_log_started({}, o);
		case 'aware_changed':
			return m.incident_log_aware_changed({ from: entry.detail ? formatInstant(entry.detail, locale) : '–' }, o);
		case 'sent':
			return m.incident_log_sent({ report: name(entry.detail) }, o);
		case 'unsent':
			return m.incident_log_unsent({ report: name(entry.detail) }, o);
		case 'closed':
			return m.incident_log_closed({}, o);
		case 'reopened':
			return m.incident_log_reopened({}, o);
	}
}

/** Everything about one incident in words, at `now` (UTC ISO), in `locale`. */
export function incidentSummary(incident: Incident, now: string, locale: IncidentLocale, companyName: string): IncidentSummary {
	const o = { locale };
	const schedule = incidentSchedule(incident, now);
	const reports = INCIDENT_REPORT_DEFINITIONS.map((definition): IncidentSummaryReport => {
		const scheduled = schedule.reports[definition.id];
		const draft = incident.drafts[definition.id] ?? {};
		return {
			id: definition.id,
			name: definition.name({}, o),
			period: periodText(definition.id, schedule, locale),
			due: scheduled.due,
			dueText: scheduled.due ? m.incident_due({ time: formatInstant(scheduled.due, locale) }, o) : m.incident_due_unknown({}, o),
			state: scheduled.state,
			sent: scheduled.sent,
			sentText: sentText(scheduled.state, scheduled.sent, locale),
			fields: definition.fields.map((field) => ({
				id: field.id,
				label: field.label({}, o),
				value: field.kind === 'choice' ? (draft[field.id] ? choiceLabel(draft[field.id], locale) : '') : (draft[field.id] ?? '')
			}))
		};
	});
	return {
		locale,
		heading: incidentHeading(incident, locale),
		companyName,
		awareAt: incident.awareAt,
		awareText: formatInstant(incident.awareAt, locale),
		closedText: incident.closedAt ? m.incident_closed_on({ time: formatInstant(incident.closedAt, locale) }, o) : null,
		reports,
		notes: [m.incident_undue_delay({}, o), m.incident_no_extension({}, o), m.incident_interim({}, o)],
		where: { text: m.incident_where_text({}, o), portal: REPORTING_PORTAL_URL, info: REPORTING_INFO_URL, infoLabel: m.incident_where_info({}, o) },
		log: incident.log.map((entry) => ({ at: entry.at, atText: formatInstant(entry.at, locale), text: logText(entry, locale) })),
		schedule
	};
}

/** One report as plain text to paste into the BSI portal: heading, company, awareness, deadline, the fields. */
export function reportText(summary: IncidentSummary, report: IncidentReport, madeAt: string): string {
	const o = { locale: summary.locale };
	const r = summary.reports.find((x) => x.id === report)!;
	const lines = [
		m.incident_text_heading({ report: r.name }, o),
		'',
		`${m.incident_text_company({}, o)}: ${summary.companyName}`,
		`${m.incident_text_incident({}, o)}: ${summary.heading}`,
		`${m.incident_text_aware({}, o)}: ${summary.awareText}`,
		`${r.dueText} – ${r.period}`,
		...(r.sentText ? [r.sentText] : []),
		''
	];
	for (const field of r.fields) lines.push(field.label, field.value.trim() === '' ? m.incident_text_empty({}, o) : field.value, '');
	lines.push('--', m.incident_text_made({ time: formatInstant(madeAt, summary.locale) }, o), '');
	return lines.join('\n');
}
