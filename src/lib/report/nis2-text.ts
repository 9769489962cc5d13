// The NIS-2 verdict in words, in the language shown: one place for what the result page shows
// and what the result document (PDF, DOCX) says, so the two cannot drift apart.
import type { Nis2Deadline, Nis2Duty, Nis2Fine, Nis2Profile, Nis2Questions, Nis2Rules, Nis2Verdict } from '$lib/engine/nis2';
import { formatDate } from '$lib/i18n/format';
import { locale, t } from '$lib/i18n/locale.svelte';
import { formatEuro, formatNumber } from '$lib/i18n/numbers';
import { formatPeriod } from '$lib/i18n/period';
import { m } from '$lib/paraglide/messages';

/** The category's name and description (or those of "uncertain"), what is still possible, the size classes. */
export function verdictHeadline(verdict: Nis2Verdict, rules: Pick<Nis2Rules, 'categories' | 'uncertain' | 'size'>) {
	const category = verdict.category === 'uncertain' ? null : rules.categories.find((c) => c.id === verdict.category)!;
	const possible = verdict.possibleCategories.map((id) => t(rules.categories.find((c) => c.id === id)!.name));
	return {
		name: category ? t(category.name) : t(rules.uncertain.name),
		description: category ? t(category.description) : t(rules.uncertain.description),
		possible: verdict.category === 'uncertain' ? m.nis2_result_possible({ categories: possible.join(' · ') }) : null,
		size: m.nis2_result_size({ classes: verdict.sizeClasses.map((s) => t(rules.size.classes[s].name)).join(' / ') })
	};
}

/** "innerhalb von 24 Stunden nach …" (the deadline's label goes before it). */
export function deadlineText(deadline: Nis2Deadline): string {
	return m.nis2_deadline({ period: formatPeriod(deadline.period), from: t(deadline.from) });
}

/** A fine's maximum, and the breaches it is for (null when the rules name none). */
export function fineTexts(fine: Nis2Fine): { amount: string; breaches: string | null } {
	const amount = formatEuro(fine.maxEur, locale.current);
	return {
		amount: fine.maxTurnoverPercent ? m.nis2_fine_percent({ amount, percent: formatNumber(fine.maxTurnoverPercent, locale.current) }) : m.nis2_fine_fixed({ amount }),
		breaches: fine.breaches ? m.nis2_fine_breaches({ breaches: t(fine.breaches) }) : null
	};
}

/** The duties as the result groups them: applying, depending on open answers, and the fines (each once). */
export function dutyGroups(verdict: Nis2Verdict) {
	const isFine = (d: Nis2Duty) => d.fine !== undefined;
	return {
		duties: verdict.duties.filter((d) => !isFine(d)),
		possible: verdict.possibleDuties.filter((d) => !isFine(d)),
		fines: [...verdict.duties.filter(isFine).map((duty) => ({ duty, possible: false })), ...verdict.possibleDuties.filter(isFine).map((duty) => ({ duty, possible: true }))]
	};
}

/** The title of the overlay note that takes a duty's place. */
export function overlayTitle(verdict: Nis2Verdict, noteId: string): string {
	const note = verdict.notes.find((n) => n.id === noteId);
	return note ? t(note.title) : noteId;
}

/** Every duty the verdict names, for the paragraphs: applying, possible, replaced. */
export function allDuties(verdict: Nis2Verdict): Nis2Duty[] {
	return [...verdict.duties, ...verdict.possibleDuties, ...verdict.removedDuties.map((r) => r.duty)];
}

/** "Verdrängt: …" for an overlay note, or null when it replaces no duty. */
export function removesText(rules: Pick<Nis2Rules, 'duties' | 'notes'>, noteId: string): string | null {
	const removes = rules.notes.find((n) => n.id === noteId)?.removesDuties ?? [];
	if (removes.length === 0) return null;
	const title = (id: string) => {
		const duty = rules.duties.find((d) => d.id === id);
		return duty ? t(duty.title) : id;
	};
	return m.nis2_expert_removes({ duties: removes.map(title).join('; ') });
}

/** "Regelwerk bsig-2025-12-r2, Fassung 2, Rechtsstand 6. Dezember 2025" */
export function rulesVersion(rules: Pick<Nis2Rules, 'id' | 'revision' | 'legalState'>): string {
	return m.nis2_expert_version({ id: rules.id, revision: String(rules.revision ?? 1), date: formatDate(rules.legalState) });
}

/** The answers behind the result as label and value, in the order of the questions. */
export function answerRows(questions: Pick<Nis2Questions, 'rows' | 'specialTypes'>, p: Nis2Profile): [string, string][] {
	const rowName = (id: string) => {
		const row = questions.rows.find((r) => r.id === id);
		return row ? `${t(row.name)} (${id})` : id;
	};
	const answer = (value: string | undefined) =>
		value === undefined
			? m.nis2_short_open()
			: (({ yes: m.yes(), no: m.no(), unknown: m.dont_know(), qualified: m.nis2_trust_qualified(), non_qualified: m.nis2_trust_non_qualified() }) as Record<string, string>)[value] ?? value;
	const amount = (value: number | null, euro: boolean) => (value === null ? m.dont_know() : euro ? formatEuro(value, locale.current) : formatNumber(value, locale.current));
	const unsure = p.unsureActivities ?? [];
	const unsureNegligible = p.unsureNegligible ?? [];
	const others = p.size.linked.length + p.size.partners.length;
	return [
		[m.nis2_summary_activities(), p.activities.length > 0 ? p.activities.map(rowName).join('; ') : p.noActivity || unsure.length > 0 ? m.nis2_summary_none() : m.nis2_short_open()],
		...(unsure.length > 0 ? [[m.nis2_summary_unsure(), unsure.map(rowName).join('; ')] as [string, string]] : []),
		...(p.negligibleActivities.length + unsureNegligible.length > 0
			? [[m.nis2_summary_negligible(), [...p.negligibleActivities.map(rowName), ...unsureNegligible.map((id) => `${rowName(id)} – ${m.dont_know()}`)].join('; ')] as [string, string]]
			: []),
		...questions.specialTypes.map((special): [string, string] => [t(special.name), answer(p[special.id])]),
		[m.nis2_staff_label(), amount(p.size.staff, false)],
		[m.nis2_turnover_label(), amount(p.size.turnoverEur, true)],
		[m.nis2_balance_label(), amount(p.size.balanceSheetEur, true)],
		[
			m.nis2_summary_others(),
			`${m.nis2_summary_others_count({ linked: p.size.linked.length, partners: p.size.partners.length })}${others > 0 ? ` · ${m.nis2_it_independent_short()}: ${answer(p.size.itIndependent)}` : ''}`
		]
	];
}
