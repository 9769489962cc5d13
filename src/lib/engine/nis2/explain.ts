// What a decision says: the rules it rests on with their legal basis, the questions still to
// clarify and whom to ask, the notes (overlays, indirect effects, size) and the duties.
import type { Evaluation } from './evaluate';
import { isPositive } from './evaluate';
import type { Normalised } from './normalise';
import type { RulesIndex } from './rules-index';
import { nearThresholdIn } from './size';
import { fill } from './texts';
import { SPECIAL_TYPE_IDS, type Nis2Basis, type Nis2Category, type Nis2Clarify, type Nis2Duty, type Nis2Note, type Nis2Rule, type Nis2Rules, type SpecialTypeId } from './types';

export function basisRulesOf(rules: Nis2Rules, e: Evaluation, decided: Nis2Category | undefined): Nis2Rule[] {
	if (!decided) return rules.rules.filter((r) => e.firedAll(r));
	const all = rules.rules.filter((r) => r.category === decided && e.firedAll(r));
	// Different open answers may reach the same category by different rules; then show each.
	return all.length > 0 ? all : rules.rules.filter((r) => r.category === decided && e.firedAny(r));
}

export const toBasis = (rule: Nis2Rule): Nis2Basis => ({ ruleId: rule.id, category: rule.category, legalBasis: rule.legalBasis, text: rule.explanation });

/** The open answers that matter, as the rules' questions, one per row for row questions. */
export function clarifyOf(rules: Nis2Rules, e: Evaluation): Nis2Clarify[] {
	const asked = e.vars.filter((_, pos) => e.matters[pos]).flatMap((v) => v.asks);
	const clarify: Nis2Clarify[] = [];
	for (const info of rules.clarify) {
		const hits = asked.filter((a) => a.input === info.input);
		if (hits.length === 0) continue;
		if (info.input === 'activity' || info.input === 'negligible') {
			const ids = new Set(hits.map((h) => h.rowId ?? ''));
			for (const row of rules.rows.filter((r) => ids.has(r.id))) {
				clarify.push({ id: info.id, input: info.input, rowId: row.id, question: fill(info.question, { row: row.name }), whom: info.whom });
			}
		} else clarify.push({ id: info.id, input: info.input, question: info.question, whom: info.whom });
	}
	return clarify;
}

function certainSpecial(index: RulesIndex, n: Normalised, id: SpecialTypeId): boolean {
	return (n.domains.get(id) ?? []).every((v) => isPositive(index, id, v));
}

export function notesOf(rules: Nis2Rules, index: RulesIndex, n: Normalised, possible: Nis2Category[]): Nis2Note[] {
	const overlays = new Set<string>();
	for (const row of rules.rows) if (row.overlay && n.chosen.has(row.id)) overlays.add(row.overlay);
	for (const special of rules.specialTypes) if (special.overlay && certainSpecial(index, n, special.id)) overlays.add(special.overlay);
	const anyNegligible = n.negligible.size + n.negligibleUnknown.size > 0;
	const near = nearThresholdIn(rules.size, n.space);
	return rules.notes
		.filter((note) => {
			const trigger = note.trigger;
			switch (trigger.type) {
				case 'always':
					return true;
				case 'overlay':
					return overlays.has(note.id);
				case 'nearSizeThreshold':
					return near;
				case 'negligible':
					return anyNegligible;
				case 'category':
					return 'categories' in trigger && trigger.categories.some((c) => possible.includes(c));
			}
			return false;
		})
		.map((note) => ({ id: note.id, kind: note.kind, legalBasis: note.legalBasis, title: note.title, text: note.text }));
}

/** The duties of the decided category; a duty with onlyIf needs one of its rules in the basis or one of its rows certainly counting. */
export function dutiesOf(rules: Nis2Rules, index: RulesIndex, n: Normalised, decided: Nis2Category | undefined, basis: Nis2Rule[]): Nis2Duty[] {
	if (!decided) return [];
	const certainRows = new Set(n.countedRows);
	for (const id of SPECIAL_TYPE_IDS) {
		if (!certainSpecial(index, n, id)) continue;
		const linked = index.specialRows.get(id) ?? [];
		const picked = linked.filter((r) => n.chosen.has(r.id));
		for (const r of picked.length > 0 ? picked : linked) certainRows.add(r.id);
	}
	const basisIds = new Set(basis.map((r) => r.id));
	return rules.duties
		.filter((d) => d.categories.includes(decided))
		.filter((d) => !d.onlyIf || (d.onlyIf.rules ?? []).some((id) => basisIds.has(id)) || (d.onlyIf.rows ?? []).some((id) => certainRows.has(id)))
		.map((d) => ({
			id: d.id,
			kind: d.kind,
			legalBasis: d.legalBasis,
			title: d.title,
			explanation: d.explanation,
			deadlines: d.deadlines ?? [],
			measures: (d.measures ?? []).flatMap((m) => rules.measures.filter((x) => x.id === m)),
			...(d.fine ? { fine: d.fine } : {})
		}));
}
