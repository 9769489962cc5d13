// Everything the readiness report says, resolved to text in the language shown: where the
// registration stands (the data sheet's own content), each §30 measure with its status and
// actions, the management's duties, and every incident with its reports. It has the shape of the
// NIS-2 result document, so the same PDF and Word layouts make it (nis2-pdf.ts, nis2-docx.ts).
import type { Catalogue } from '$lib/engine/din';
import { measureActions, measureStates, prefillMeasures, type MeasureCatalogue, type MeasureStatus } from '$lib/engine/nis2-measures';
import { measuresGlance, readinessGlance, toConfirmText, type ReadinessGlance } from './readiness-glance';
import type { Nis2Rules, Nis2Verdict } from '$lib/engine/nis2';
import { formatDate } from '$lib/i18n/format';
import { planStatusLabel } from '$lib/i18n/plan-status';
import { locale } from '$lib/i18n/locale.svelte';
import type { Assessment } from '$lib/model/assessment';
import { m } from '$lib/paraglide/messages';
import { incidentSummary } from './incident-text';
import type { Nis2Block, Nis2DocumentData, Nis2Section } from './nis2-document-data';
import { verdictHeadline } from './nis2-text';
import { buildRegistrationSheetData } from './registration-sheet-data';

export interface ReadinessDocumentSubject {
	assessment: Assessment;
	/** the NIS-2 result, decided again from the stored answers with the current rules */
	verdict: Nis2Verdict;
	rules: Nis2Rules;
	/** the §30 questions in the language shown, and the DIN catalogue whose answers prefill them */
	measures: MeasureCatalogue;
	catalogue: Catalogue;
	/** Anlage row id → name, for the registration part */
	rowNames: Record<string, string>;
}

const STATUS_TEXT: Record<MeasureStatus, () => string> = {
	met: m.readiness_doc_status_met,
	partly: m.readiness_doc_status_partly,
	open: m.readiness_doc_status_open,
	unanswered: m.readiness_doc_status_unanswered
};

const item = (title: string, text: string, bullets: string[] = [], small: string[] = []): Nis2Block => ({ kind: 'item', item: { title, text, bullets, numbered: null, small } });

function measuresSection(subject: ReadinessDocumentSubject): Nis2Section {
	const { assessment, measures, catalogue } = subject;
	const activities = assessment.nis2?.profile.activities ?? [];
	const stored = assessment.readiness?.measures?.answers ?? {};
	const prefill = prefillMeasures(measures.measures, catalogue, assessment.answers);
	const states = measureStates(measures.measures, stored, prefill, activities);
	const gaps = measureActions(measures.measures, stored, prefill, activities);
	const blocks: Nis2Block[] = [{ kind: 'text', text: measures.note }];
	for (const measure of measures.measures) {
		const state = states[measure.id]!;
		if (state.total === 0) continue;
		const actions = gaps
			.filter((g) => g.measureId === measure.id)
			.map((g) => {
				const tracking = assessment.plan?.[g.id];
				const parts = [
					tracking?.owner ? m.readiness_doc_owner({ owner: tracking.owner }) : null,
					tracking?.due ? m.readiness_doc_due({ date: formatDate(tracking.due) }) : null,
					planStatusLabel(tracking?.status ?? 'open')
				].filter(Boolean);
				return `${g.title} – ${parts.join(' · ')}${g.prefilled ? ` (${m.readiness_doc_from_din()})` : ''}`;
			});
		const answered = m.readiness_doc_answered({ answered: String(state.answered), total: String(state.total) });
		const confirm = state.toConfirm.length > 0 ? [toConfirmText(state.toConfirm.length)] : [];
		blocks.push(item(`${measure.number}. ${measure.title}`, `${STATUS_TEXT[state.status]()} · ${answered}`, actions, [`${measure.paragraph} · ${measure.article}`, ...confirm]));
	}
	return { heading: m.readiness_measures(), blocks };
}

function managementRows(assessment: Assessment, glance: ReadinessGlance): [string, string][] {
	const g = assessment.readiness?.management ?? {};
	return [
		[m.readiness_doc_approval(), glance.management.approval],
		[m.readiness_doc_review(), g.reviewedOn ? formatDate(g.reviewedOn) : m.readiness_doc_not_recorded()],
		[m.readiness_doc_training_label(), glance.management.training],
		...(g.trainingAttendees ? [[m.readiness_doc_attendees(), g.trainingAttendees] as [string, string]] : [])
	];
}

export function buildReadinessDocumentData(subject: ReadinessDocumentSubject, options: { appVersion: string; now?: Date }): Nis2DocumentData {
	const { assessment, verdict, rules } = subject;
	const now = options.now ?? new Date();
	const nowIso = now.toISOString();
	const today = nowIso.slice(0, 10);
	const date = formatDate(now);
	const companyName = assessment.company.name;
	const sheet = buildRegistrationSheetData(
		{ company: assessment.company, profile: assessment.nis2?.profile, registration: assessment.readiness?.registration, rowNames: subject.rowNames },
		{ appVersion: options.appVersion, today, now }
	);
	const glance = readinessGlance(assessment, today, measuresGlance(assessment, subject.measures, subject.catalogue));
	const incidents = (assessment.readiness?.incidents ?? []).map((incident) => incidentSummary(incident, nowIso, locale.current, companyName));

	const registration: Nis2Section = {
		heading: m.readiness_registration(),
		blocks: [
			{ kind: 'text', text: sheet.statusText },
			...sheet.groups.map((group): Nis2Block => item(group.heading, '', group.rows.map((row) => `${row.label}: ${row.value}`))),
			...(sheet.anlageRows.length > 0 ? [item(sheet.rowsHeading, '', sheet.anlageRows)] : []),
			item(sheet.stepsHeading, '', sheet.steps.map((s) => `${s.label}: ${s.state}`))
		]
	};
	const toConfirm = glance.measures?.toConfirm ?? 0;
	const overview: [string, string][] = [
		[m.readiness_registration(), `${glance.registration.status} · ${glance.registration.gathered}`],
		[m.readiness_measures(), glance.measures?.text ?? ''],
		...(toConfirm > 0 ? [[m.readiness_doc_confirm_label(), toConfirmText(toConfirm)] as [string, string]] : []),
		[m.readiness_doc_approval(), glance.management.approval],
		[m.readiness_doc_training_label(), glance.management.training],
		[m.readiness_doc_incidents_label(), glance.incidents.text]
	];
	const sections: Nis2Section[] = [
		{ heading: m.readiness_doc_overview(), blocks: [{ kind: 'pairs', rows: overview }] },
		registration,
		measuresSection(subject),
		{ heading: m.readiness_management(), blocks: [{ kind: 'pairs', rows: managementRows(assessment, glance) }] },
		{
			heading: m.readiness_doc_incidents_label(),
			blocks:
				incidents.length === 0
					? [{ kind: 'text', text: m.readiness_doc_no_incidents() }]
					: incidents.map((i) =>
							item(
								i.heading,
								m.readiness_doc_aware({ time: i.awareText }),
								i.reports.map((r) => `${r.name}: ${r.sentText ?? r.dueText}`),
								i.closedText ? [i.closedText] : []
							)
						)
		}
	];
	const uncertain = verdict.category === 'uncertain';
	return {
		locale: locale.current,
		fileTitle: `${m.readiness_doc_title()} – ${companyName}`,
		title: m.readiness_doc_title(),
		subtitle: m.readiness_doc_subtitle(),
		companyName,
		category: verdict.category,
		facts: [
			[m.nis2_doc_company(), companyName || '–'],
			[m.nis2_doc_created(), date],
			[m.nis2_doc_legal_state_label(), m.nis2_doc_legal_state({ date: formatDate(rules.legalState) })],
			[m.readiness_doc_measures_version(), `${subject.measures.id} (${formatDate(subject.measures.legalState)})`],
			[m.nis2_doc_app_label(), m.nis2_doc_app({ version: options.appVersion })]
		],
		result: { label: m.nis2_result_label(), ...verdictHeadline(verdict, rules) },
		sections,
		disclaimerHeading: m.nis2_doc_disclaimer_heading(),
		disclaimer: `${subject.measures.note} ${m.readiness_doc_disclaimer()}`,
		provisionalMark: uncertain ? m.nis2_doc_open_mark() : null,
		footer: {
			pageOf: (page, pages) => m.report_page({ page, pages }),
			meta: m.readiness_doc_meta({ app: options.appVersion, date }),
			disclaimer: m.readiness_doc_footer()
		}
	};
}
