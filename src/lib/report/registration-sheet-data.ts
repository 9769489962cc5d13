// Everything the registration data sheet says, as plain text in the language shown: the
// deadline and where it stands, every field of the checklist that applies (or "still open"),
// the Anlage rows from the NIS-2 answers and the steps. The PDF only lays it out; the readiness
// report can use the same data for its registration part.
import { registrationStatus, type RegistrationStatus } from '$lib/engine/nis2/readiness-dates';
import type { Nis2Profile } from '$lib/engine/nis2';
import { formatDate } from '$lib/i18n/format';
import { locale } from '$lib/i18n/locale.svelte';
import type { Company } from '$lib/model/assessment';
import type { Registration } from '$lib/model/readiness';
import {
	checklistScope,
	fieldsFor,
	gatheredCount,
	NIS2_FIRST_DAY,
	REGISTRATION_GROUPS,
	REGISTRATION_STEPS,
	type RegistrationGroup
} from '$lib/model/registration-checklist';
import { m } from '$lib/paraglide/messages';
import { fieldLabel, groupLabel, stepLabel } from './registration-labels';

export interface RegistrationSheetRow {
	label: string;
	/** the gathered text, or "still open" */
	value: string;
	missing: boolean;
	/** where the law asks for it */
	law: string;
}

export interface RegistrationSheetData {
	locale: 'de' | 'en';
	fileTitle: string;
	title: string;
	subtitle: string;
	companyName: string;
	/** company, date, in scope since, deadline, status, gathered */
	facts: [string, string][];
	status: RegistrationStatus;
	/** the status in words, e.g. "Überfällig – die Frist endete am 6. März 2026" */
	statusText: string;
	groups: { id: RegistrationGroup; heading: string; rows: RegistrationSheetRow[] }[];
	rowsHeading: string;
	/** "A1-6.1.4 Anbieter von Cloud-Computing-Diensten (Anlage 1)"; empty when none was chosen */
	anlageRows: string[];
	stepsHeading: string;
	steps: { label: string; done: boolean; state: string }[];
	gathered: { gathered: number; total: number };
	noteHeading: string;
	note: string;
	footer: { pageOf: (page: number, pages: number) => string; meta: string; disclaimer: string };
}

export interface RegistrationSheetSubject {
	company: Company;
	profile?: Nis2Profile;
	registration?: Registration;
	/** Anlage row id → its name in the language shown (from the NIS-2 rules' questions) */
	rowNames: Record<string, string>;
}

/** Where the registration stands; a damaged stored day counts from the law's first day. */
export function sheetStatus(registration: Registration | undefined, today: string): RegistrationStatus {
	try {
		return registrationStatus({ inScopeSince: registration?.inScopeSince ?? NIS2_FIRST_DAY, registeredOn: registration?.registeredOn, today });
	} catch {
		return registrationStatus({ inScopeSince: NIS2_FIRST_DAY, registeredOn: registration?.registeredOn, today });
	}
}

export function statusText(status: RegistrationStatus): string {
	if (status.kind === 'registered') return m.registration_status_registered({ date: formatDate(status.on) });
	if (status.kind === 'overdue') return m.registration_status_overdue({ date: formatDate(status.due) });
	return m.registration_status_due({ days: status.daysLeft });
}

/** The rows the company performs, not those it called negligible (§ 28 Abs. 3 BSIG), with their names. */
export function anlageRowTexts(profile: Nis2Profile | undefined, rowNames: Record<string, string>): string[] {
	if (!profile) return [];
	const negligible = new Set(profile.negligibleActivities);
	return profile.activities
		.filter((id) => !negligible.has(id))
		.map((id) => {
			const anlage = id.startsWith('A2-') ? 2 : 1;
			return `${id} ${rowNames[id] ?? ''}`.trim() + ` (${m.registration_rows_annex({ anlage })})`;
		});
}

export function buildRegistrationSheetData(subject: RegistrationSheetSubject, options: { appVersion: string; today: string; now?: Date }): RegistrationSheetData {
	const { registration, profile } = subject;
	const scope = checklistScope(profile);
	const fields = registration?.fields ?? {};
	const status = sheetStatus(registration, options.today);
	const date = formatDate(options.now ?? new Date());
	const companyName = fields.name?.trim() || subject.company.name;
	const gathered = gatheredCount(fields, scope);
	const applying = fieldsFor(scope);
	const groups = REGISTRATION_GROUPS.map((group) => ({
		id: group,
		heading: groupLabel(group),
		rows: applying
			.filter((f) => f.group === group)
			.map((f) => {
				const value = (fields[f.id] ?? '').trim();
				return { label: fieldLabel(f.id), value: value || m.registration_sheet_missing(), missing: value === '', law: f.law };
			})
	})).filter((g) => g.rows.length > 0);
	const since = registration?.inScopeSince;
	const facts: [string, string][] = [
		[m.registration_sheet_company(), companyName || '–'],
		[m.registration_sheet_date(), date],
		[m.registration_sheet_in_scope(), since ? formatDate(since) : m.registration_sheet_in_scope_default({ date: formatDate(NIS2_FIRST_DAY) })],
		...(status.kind === 'registered' ? [] : [[m.registration_sheet_deadline(), formatDate(status.due)] as [string, string]]),
		[m.registration_sheet_status(), statusText(status)],
		[m.registration_sheet_gathered(), m.registration_gathered(gathered)]
	];
	return {
		locale: locale.current,
		fileTitle: `${m.registration_sheet_title()} – ${companyName}`,
		title: m.registration_sheet_title(),
		subtitle: m.registration_sheet_subtitle(),
		companyName,
		facts,
		status,
		statusText: statusText(status),
		groups,
		rowsHeading: m.registration_sheet_rows(),
		anlageRows: anlageRowTexts(profile, subject.rowNames),
		stepsHeading: m.registration_sheet_steps(),
		steps: REGISTRATION_STEPS.map((id) => {
			const done = registration?.steps[id] === true;
			return { label: stepLabel(id), done, state: done ? m.registration_sheet_step_done() : m.registration_sheet_step_open() };
		}),
		gathered,
		noteHeading: m.registration_sheet_note_heading(),
		note: m.registration_sheet_note(),
		footer: {
			pageOf: (page, pages) => m.report_page({ page, pages }),
			meta: m.registration_sheet_meta({ app: options.appVersion, date }),
			disclaimer: m.registration_sheet_footer()
		}
	};
}
