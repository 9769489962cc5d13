// Everything the NIS-2 result document says, resolved to text in the language shown: built from
// the stored answers, the engine's verdict and the rules, with the same words as the result
// page (nis2-text.ts), so the PDF and the Word renderer only lay out what they are given.
// A negative result gets the full document too: it is what the company files as its proof.
import type { Nis2Profile, Nis2ResultCategory, Nis2Rules, Nis2Verdict } from '$lib/engine/nis2';
import { formatDate } from '$lib/i18n/format';
import { locale, t } from '$lib/i18n/locale.svelte';
import { m } from '$lib/paraglide/messages';
import { answerRows, deadlineText, dutyGroups, fineTexts, overlayTitle, removesText, rulesVersion, verdictHeadline } from './nis2-text';

/** One entry of a section: a duty, a fine, a note – its title, text, lists and fine print. */
export interface Nis2Item {
	title: string;
	text: string;
	/** bulleted lines (deadlines, amounts) */
	bullets: string[];
	/** a numbered list under a lead-in (the measures a duty names) */
	numbered: { lead: string; items: string[] } | null;
	/** smaller lines under it: its legal basis, conditions */
	small: string[];
}

export type Nis2Block =
	| { kind: 'text'; text: string; small?: boolean }
	| { kind: 'list'; items: string[]; numbered?: boolean }
	| { kind: 'pairs'; rows: [string, string][] }
	| { kind: 'item'; item: Nis2Item };

export interface Nis2Section {
	heading: string;
	blocks: Nis2Block[];
}

export interface Nis2DocumentData {
	locale: 'de' | 'en';
	fileTitle: string;
	title: string;
	subtitle: string;
	companyName: string;
	category: Nis2ResultCategory;
	/** company, dates, legal state, rules revision, app */
	facts: [string, string][];
	result: { label: string; name: string; description: string; possible: string | null; size: string };
	sections: Nis2Section[];
	disclaimerHeading: string;
	disclaimer: string;
	/** short mark in the header of every page while the result is uncertain */
	provisionalMark: string | null;
	footer: { pageOf: (page: number, pages: number) => string; meta: string; disclaimer: string };
}

export interface Nis2DocumentSubject {
	companyName: string;
	profile: Nis2Profile;
	verdict: Nis2Verdict;
	/** the rules the verdict was made with, in the language shown */
	rules: Nis2Rules;
	/** when the answers were last changed (ISO), if stored */
	updatedAt?: string;
}

const item = (title: string, text: string, parts: Partial<Omit<Nis2Item, 'title' | 'text'>> = {}): Nis2Block => ({
	kind: 'item',
	item: { title, text, bullets: [], numbered: null, small: [], ...parts }
});

function dutySections(verdict: Nis2Verdict): Nis2Section[] {
	const { duties, possible, fines } = dutyGroups(verdict);
	const duty = (d: Nis2Verdict['duties'][number]) =>
		item(d.kind === 'recommendation' ? `${t(d.title)} (${m.nis2_recommendation()})` : t(d.title), t(d.explanation), {
			bullets: d.deadlines.map((x) => `${t(x.label)}: ${deadlineText(x)}`),
			numbered: d.measures.length > 0 ? { lead: m.nis2_doc_measures(), items: d.measures.map((x) => t(x.title)) } : null,
			small: [d.legalBasis ? m.nis2_doc_basis({ basis: d.legalBasis }) : m.nis2_no_legal_basis()]
		});
	const sections: Nis2Section[] = [];
	if (duties.length > 0) sections.push({ heading: m.nis2_duties_heading(), blocks: duties.map(duty) });
	else if (verdict.category === 'uncertain') sections.push({ heading: m.nis2_duties_heading(), blocks: [{ kind: 'text', text: m.nis2_duties_uncertain() }] });
	if (possible.length > 0) sections.push({ heading: m.nis2_possible_duties_heading(), blocks: [{ kind: 'text', text: m.nis2_possible_duties_text() }, ...possible.map(duty)] });
	if (verdict.removedDuties.length > 0) {
		const items = verdict.removedDuties.map((r) => `${t(r.duty.title)}${r.duty.legalBasis ? ` (${r.duty.legalBasis})` : ''} – ${m.nis2_removed_by({ overlay: overlayTitle(verdict, r.by) })}`);
		sections.push({ heading: m.nis2_removed_heading(), blocks: [{ kind: 'text', text: m.nis2_removed_text() }, { kind: 'list', items }] });
	}
	if (fines.length > 0) {
		const blocks = fines.map(({ duty: d, possible: maybe }) => {
			const fine = fineTexts(d.fine!);
			return item(t(d.title), t(d.explanation), {
				bullets: [fine.amount, ...(fine.breaches ? [fine.breaches] : [])],
				small: [
					...(d.fine!.legalBasis ? [m.nis2_expert_fine_basis({ basis: d.fine!.legalBasis })] : d.legalBasis ? [m.nis2_doc_basis({ basis: d.legalBasis })] : []),
					...(maybe ? [m.nis2_fine_possible()] : [])
				]
			});
		});
		sections.push({ heading: m.nis2_fines_heading(), blocks });
	}
	return sections;
}

export function buildNis2DocumentData(subject: Nis2DocumentSubject, options: { appVersion: string; now?: Date }): Nis2DocumentData {
	const { verdict, rules, profile } = subject;
	const now = options.now ?? new Date();
	const date = formatDate(now);
	const uncertain = verdict.category === 'uncertain';
	const revision = String(rules.revision ?? 1);
	const sections: Nis2Section[] = [];

	sections.push({
		heading: m.nis2_now_heading(),
		blocks: uncertain
			? [{ kind: 'text', text: m.nis2_now_clarify() }]
			: [
					...(verdict.firstSteps.length > 0 ? [{ kind: 'list' as const, numbered: true, items: verdict.firstSteps.map((s) => t(s.title)) }] : []),
					...(verdict.clarify.length > 0 ? [{ kind: 'text' as const, text: m.nis2_now_clarify_duties() }] : [])
				]
	});
	if (verdict.warnings.length > 0) sections.push({ heading: m.nis2_warnings_heading(), blocks: [{ kind: 'list', items: verdict.warnings.map((w) => t(w.text)) }] });
	if (verdict.clarify.length > 0) {
		sections.push({ heading: m.nis2_clarify_heading(), blocks: verdict.clarify.map((c) => item(t(c.question), '', { small: [m.nis2_clarify_whom({ whom: t(c.whom) })] })) });
	}
	sections.push({
		heading: uncertain ? m.nis2_why_certain_heading() : m.nis2_why_heading(),
		blocks:
			verdict.basis.length === 0
				? [{ kind: 'text', text: m.nis2_basis_none() }]
				: verdict.basis.map((b) => item('', t(b.text), { small: [m.nis2_doc_rule_basis({ id: b.ruleId, basis: b.legalBasis })] }))
	});
	sections.push(...dutySections(verdict));
	if (verdict.notes.length > 0) {
		sections.push({
			heading: m.nis2_notes_heading(),
			blocks: verdict.notes.map((n) => {
				const removes = removesText(rules, n.id);
				return item(t(n.title), t(n.text), {
					small: [m.nis2_doc_basis({ basis: n.legalBasis }), ...(n.condition ? [m.nis2_expert_condition({ condition: t(n.condition) })] : []), ...(removes ? [removes] : [])]
				});
			})
		});
	}
	sections.push({ heading: m.nis2_summary_heading(), blocks: [{ kind: 'pairs', rows: answerRows(rules, profile) }] });
	sections.push({
		heading: m.nis2_sources_heading(),
		blocks: [
			{ kind: 'text', text: m.nis2_legal_state({ date: formatDate(rules.legalState), title: t(rules.title) }) },
			{ kind: 'text', text: rulesVersion(rules), small: true },
			{ kind: 'list', items: rules.sources.map((s) => `${s.designation}: ${t(s.title)}`) }
		]
	});

	const facts: [string, string][] = [
		[m.nis2_doc_company(), subject.companyName || '–'],
		[m.nis2_doc_created(), date],
		...(subject.updatedAt ? [[m.nis2_doc_answered(), formatDate(subject.updatedAt)] as [string, string]] : []),
		[m.nis2_doc_legal_state_label(), m.nis2_doc_legal_state({ date: formatDate(rules.legalState) })],
		[m.nis2_doc_rules_label(), rulesVersion(rules)],
		[m.nis2_doc_app_label(), m.nis2_doc_app({ version: options.appVersion })]
	];

	return {
		locale: locale.current,
		fileTitle: `${m.nis2_doc_title()} – ${subject.companyName}`,
		title: m.nis2_doc_title(),
		subtitle: m.nis2_doc_subtitle(),
		companyName: subject.companyName,
		category: verdict.category,
		facts,
		result: { label: m.nis2_result_label(), ...verdictHeadline(verdict, rules) },
		sections,
		disclaimerHeading: m.nis2_doc_disclaimer_heading(),
		disclaimer: t(verdict.disclaimer),
		provisionalMark: uncertain ? m.nis2_doc_open_mark() : null,
		footer: {
			pageOf: (page, pages) => m.report_page({ page, pages }),
			meta: m.nis2_doc_meta({ id: rules.id, revision, app: options.appVersion, date }),
			disclaimer: m.nis2_doc_footer()
		}
	};
}
