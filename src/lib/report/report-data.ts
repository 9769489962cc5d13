// Everything the PDF report says, resolved to text in the user's language: built from the
// stored check by the engine's functions, so the PDF renderer only lays out what it is given.
import { compareAssessments, isUnknown, pointsFor, type Action, type Catalogue, type Requirement } from '$lib/engine/din';
import { formatDate, formatPercent } from '$lib/i18n/format';
import { costLabel, effortLabel, statusLabel } from '$lib/i18n/labels';
import { locale, t } from '$lib/i18n/locale.svelte';
import { m } from '$lib/paraglide/messages';
import type { ActionTracking, Assessment } from '$lib/model/assessment';
import { planStatusLabel } from '$lib/i18n/plan-status';
import { ACCENT_PATTERN } from '$lib/model/limits';
import type { Derived } from '$lib/model/derive';
import funding from '../../../questions/funding/2026-12.json';
import { fundingFor, type FundingProgramme } from './funding';
import { regionName } from '$lib/i18n/states';
import { consultationSection, type ReportConsultation } from './report-consultation';

export interface ReportAction {
	heading: string;
	summary: string;
	steps: string[];
	hints: string;
	/** who does it by when, and how far it is: label and value (the DOCX report shows them) */
	tracking: [string, string][];
}

export interface ReportRow {
	id: string;
	title: string;
	result: string;
	points: string;
	note: string;
	/** not fulfilled (or still open): highlighted in Annex A */
	highlight: boolean;
}

export interface ProviderInfo {
	company: string;
	consultant: string;
	contact?: string;
	qualification?: string;
	/** the provider's logo as a PNG data URL, with its size in pixels */
	logo?: { dataUrl: string; width: number; height: number };
	/** #rrggbb from the provider profile, for the DOCX report's header and footer */
	accent?: string;
}

export interface ReportComparison {
	heading: string;
	intro: string;
	score: string;
	lists: { heading: string; items: string[] }[];
	topicColumns: [string, string, string, string];
	topics: [string, string, string, string][];
}

/** The check to report on, with what the session derived from it. */
export interface ReportSubject {
	assessment: Assessment;
	catalogue: Catalogue;
	derived: Derived;
}

export interface ReportData {
	locale: 'de' | 'en';
	fileTitle: string;
	title: string;
	subtitle: string;
	date: string;
	companyName: string;
	company: [string, string][];
	provisional: string | null;
	/** short mark in the header of every page while the check is incomplete */
	provisionalMark: string | null;
	missing: string[];
	/** requirements answered "don't know", with whom to ask (null when there are none) */
	clarify: string | null;
	scoreHeading: string;
	score: string;
	rawScore: string | null;
	statement: string;
	/** the consultation's date, duration, participants and consultant (null outside consultations) */
	consultation: ReportConsultation | null;
	topicsHeading: string;
	topicColumns: [string, string, string];
	topics: [string, string, string][];
	chart: { labels: string[]; values: number[]; datasetLabel: string };
	planHeading: string;
	planIntro: string;
	topHeading: string;
	otherHeading: string;
	topActions: ReportAction[];
	otherActions: ReportAction[];
	noActions: string;
	declarationHeading: string;
	declaration: string;
	signatures: string[] | null;
	providerLine: string | null;
	/** the provider's company alone, for page headers (consultation mode) */
	providerName: string | null;
	logo: ProviderInfo['logo'] | null;
	/** the provider's accent colour as RRGGBB (no #), null outside consultations or when not a colour */
	accent: string | null;
	comparison: ReportComparison | null;
	annexAHeading: string;
	annexAColumns: [string, string, string, string, string];
	annexA: { topic: string; rows: ReportRow[] }[];
	annexBHeading: string;
	annexBNote: string;
	annexBColumns: [string, string, string, string];
	/** provider, programme, purpose, address (shown without https:// and a closing /) */
	annexB: [string, string, string, string][];
	/** the full address of each programme in Annex B, for its link */
	annexBLinks: string[];
	footer: { pageOf: (page: number, pages: number) => string; meta: string; disclaimer: string };
}

function actionView(action: Action, tracking: ActionTracking | undefined): ReportAction {
	return {
		heading: `${action.requirementId} ${t(action.title)}${action.top ? ` (${m.top_badge()})` : ''}`,
		summary: t(action.recommendation.summary),
		steps: action.recommendation.steps.map((s) => t(s)),
		hints: `${m.effort_label()}: ${effortLabel(action.effort)} · ${m.cost_label()}: ${costLabel(action.cost.level)} – ${t(action.cost.hint)}`,
		tracking: [
			[m.plan_owner(), tracking?.owner || '–'],
			[m.plan_due(), tracking?.due ? formatDate(tracking.due) : '–'],
			[m.plan_status(), planStatusLabel(tracking?.status ?? 'open')]
		]
	};
}

function pointsText(catalogue: Catalogue, requirement: Requirement, status: string | undefined): string {
	const points = pointsFor(catalogue, requirement);
	if (status === 'fulfilled') return `+${points.fulfilled}`;
	if (status === 'not_fulfilled') return points.notFulfilled > 0 ? `+${points.notFulfilled}` : String(points.notFulfilled).replace('-', '−');
	return '–';
}

function comparisonView(catalogue: Catalogue, previous: Assessment, current: Assessment): ReportComparison {
	const c = compareAssessments(catalogue, previous.answers, current.answers);
	const title = (id: string) => `${id} ${t(catalogue.requirements.find((r) => r.id === id)!.title)}`;
	const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');
	return {
		heading: m.compare_heading(),
		intro: m.report_compare_intro({ date: formatDate(previous.createdAt), count: c.changed.length }),
		score: `${c.before.score}/${c.before.maxScore} → ${c.after.score}/${c.after.maxScore} (${signed(c.scoreDelta)})`,
		lists: [
			{ heading: m.compare_newly_fulfilled({ count: c.newlyFulfilled.length }), items: c.newlyFulfilled.map(title) },
			{ heading: m.compare_regressed({ count: c.regressed.length }), items: c.regressed.map(title) },
			{ heading: m.compare_other({ count: c.otherChanges.length }), items: c.otherChanges.map((x) => `${title(x.id)}: ${statusLabel(x.before)} → ${statusLabel(x.after)}`) }
		].filter((list) => list.items.length > 0),
		topicColumns: [m.topics_table_topic(), formatDate(previous.createdAt), formatDate(current.createdAt), m.compare_delta()],
		topics: c.topics.map((x) => [
			t(catalogue.topics.find((topic) => topic.id === x.id)!.title),
			formatPercent(x.before),
			formatPercent(x.after),
			signed(Math.round(x.delta))
		])
	};
}

export function buildReportData(
	{ assessment, catalogue, derived }: ReportSubject,
	options: { appVersion: string; now?: Date; provider?: ProviderInfo; previous?: Assessment; followUp?: string }
): ReportData {
	const now = options.now ?? new Date();
	const { answers, status, actions } = derived;
	const c = assessment.company;
	const date = formatDate(now);
	const company: [string, string][] = [
		[m.company_name_label(), c.name],
		[m.company_seat(), c.seat ?? ''],
		[m.company_legal_form(), c.legalForm ?? ''],
		[m.company_register(), c.registerNumber ?? ''],
		[m.company_industry(), c.industry ?? ''],
		[m.company_employees(), c.employees === undefined || c.employees === null ? '' : String(c.employees)]
	];
	const provider = options.provider;
	const programmes = fundingFor(funding.programmes as FundingProgramme[], assessment.company.state, now.toISOString().slice(0, 10));

	return {
		locale: locale.current,
		fileTitle: `${m.report_title()} – ${c.name}`,
		title: m.report_title(),
		subtitle: provider ? m.report_subtitle_provider({ provider: provider.company }) : m.report_subtitle_self(),
		date: m.report_date({ date }),
		companyName: c.name,
		company: company.map(([label, value]) => [label, value || '–']),
		provisional: status.complete ? null : m.report_provisional({ count: status.unanswered.length }),
		provisionalMark: status.complete ? null : m.report_provisional_mark(),
		missing: status.unanswered.map((id) => `${id} ${t(catalogue.requirements.find((r) => r.id === id)!.title)}`),
		clarify: clarifyLine(catalogue, assessment),
		scoreHeading: m.risk_status_heading(),
		score: m.risk_score({ score: status.score, max: status.maxScore }),
		rawScore: status.rawScore < status.score ? m.risk_raw({ raw: status.rawScore }) : null,
		statement: t(catalogue.statements[status.statement]),
		consultation: consultationSection(assessment, catalogue, { now, provider, followUp: options.followUp }),
		topicsHeading: m.topics_heading(),
		topicColumns: [m.topics_table_topic(), m.topics_table_fulfilled(), m.topics_table_share()],
		topics: status.topics.map((score) => {
			const topic = catalogue.topics.find((x) => x.id === score.id)!;
			return [`${topic.number}. ${t(topic.title)}`, m.topics_table_of({ fulfilled: score.fulfilled, relevant: score.relevant }), formatPercent(score.percent)];
		}),
		chart: {
			labels: catalogue.topics.map((x) => t(x.title)),
			values: status.topics.map((x) => Math.round(x.percent)),
			datasetLabel: m.chart_dataset()
		},
		planHeading: m.plan_heading(),
		planIntro: m.plan_intro(),
		topHeading: m.report_top_heading(),
		otherHeading: m.report_other_heading(),
		topActions: actions.filter((a) => a.top).map((a) => actionView(a, assessment.plan?.[a.requirementId])),
		otherActions: actions.filter((a) => !a.top).map((a) => actionView(a, assessment.plan?.[a.requirementId])),
		noActions: m.plan_empty(),
		declarationHeading: provider ? m.report_declaration_provider_heading() : m.report_declaration_self_heading(),
		declaration: provider
			? m.report_declaration_provider({ provider: provider.company, consultant: provider.consultant })
			: m.report_declaration_self(),
		signatures: provider ? [m.report_signature_provider(), m.report_signature_company()] : null,
		providerLine: provider ? [provider.company, provider.consultant, provider.contact].filter(Boolean).join(' · ') : null,
		providerName: provider?.company ?? null,
		logo: provider?.logo ?? null,
		accent: provider?.accent && ACCENT_PATTERN.test(provider.accent) ? provider.accent.slice(1).toUpperCase() : null,
		comparison:
			options.previous && options.previous.catalogue.version === catalogue.version ? comparisonView(catalogue, options.previous, assessment) : null,
		annexAHeading: m.report_annex_a(),
		annexAColumns: [m.report_col_number(), m.report_col_requirement(), m.report_col_result(), m.report_col_points(), m.report_col_note()],
		annexA: catalogue.topics.map((topic) => ({
			topic: `${topic.number}. ${t(topic.title)}`,
			rows: catalogue.requirements
				.filter((r) => r.topic === topic.id)
				.map((r) => ({
					id: r.id,
					title: `${t(r.title)}${r.top ? ` (${m.top_badge()})` : ''}`,
					result: statusLabel(answers[r.id]),
					points: pointsText(catalogue, r, answers[r.id]),
					note: [answers[r.id] === 'not_relevant' ? reasonText(r, assessment.responses[r.id]?.reason) : '', assessment.notes[r.id] ?? '']
						.filter(Boolean)
						.join('\n'),
					highlight: answers[r.id] === 'not_fulfilled' || answers[r.id] === undefined
				}))
		})),
		annexBHeading: m.report_annex_b(),
		annexBNote: [t(funding.note), m.report_funding_checked({ date: formatDate(funding.lastChecked) }), assessment.company.state ? '' : m.report_funding_all_states()].filter(Boolean).join(' '),
		annexBColumns: [m.report_col_provider(), m.report_col_programme(), m.report_col_purpose(), m.report_col_address()],
		annexB: programmes.map((p) => [
			`${p.provider} (${p.regions.map(regionName).join(', ')})`,
			t(p.programme),
			t(p.purpose),
			p.source.replace(/^https:\/\//, '').replace(/\/$/, '')
		]),
		annexBLinks: programmes.map((p) => p.source),
		footer: {
			pageOf: (page, pages) => m.report_page({ page, pages }),
			meta: m.report_meta({ designation: catalogue.source.designation, version: catalogue.version, app: options.appVersion, date }),
			// Who made the report and how: a consultation names the provider, on every page.
			disclaimer: provider ? m.report_disclaimer_provider({ provider: provider.company }) : m.report_disclaimer()
		}
	};
}

/** "01 Title – ask: whom · …" for the requirements answered "don't know". */
function clarifyLine(catalogue: Catalogue, assessment: Assessment): string | null {
	const open = catalogue.requirements.filter((r) => isUnknown(r, assessment.responses[r.id]));
	if (open.length === 0) return null;
	return m.report_clarify({ items: open.map((r) => `${r.id} ${t(r.title)}${r.askWhom ? ` (${m.results_clarify_whom({ whom: t(r.askWhom) })})` : ''}`).join(' · ') });
}

/** Why a requirement does not apply: as stored, else the catalogue's reason (records made before 2023.2). */
function reasonText(requirement: Requirement, stored: string | undefined): string {
	const reason = stored ?? (requirement.precondition?.notRelevantReason ? t(requirement.precondition.notRelevantReason) : '');
	return reason ? m.report_reason({ reason }) : '';
}
