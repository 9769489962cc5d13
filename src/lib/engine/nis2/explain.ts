// What a decision says: the rules it rests on with their legal basis, the questions still to
// clarify and whom to ask, the notes (overlays, indirect effects, size) and the duties.
import type { Evaluation } from './evaluate';
import { isPositive } from './evaluate';
import type { Normalised } from './normalise';
import type { RulesIndex } from './rules-index';
import { nearThresholdIn } from './size';
import { fill } from './texts';
import type { Nis2Basis, Nis2Category, Nis2Clarify, Nis2Duty, Nis2Note, Nis2Rule, Nis2Rules, Nis2Verdict, SpecialTypeId } from './types';

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

const overlaysOf = (o: { overlays?: string[]; overlay?: string }) => o.overlays ?? (o.overlay ? [o.overlay] : []);

export function notesOf(rules: Nis2Rules, index: RulesIndex, n: Normalised, possible: Nis2Category[]): Nis2Note[] {
	const overlays = new Set<string>();
	for (const row of rules.rows) if (n.chosen.has(row.id)) for (const id of overlaysOf(row)) overlays.add(id);
	for (const special of rules.specialTypes) if (certainSpecial(index, n, special.id)) for (const id of overlaysOf(special)) overlays.add(id);
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
		.map((note) => ({ id: note.id, kind: note.kind, legalBasis: note.legalBasis, title: note.title, text: note.text, ...(note.condition ? { condition: note.condition } : {}) }));
}

const toDuty = (rules: Nis2Rules, d: Nis2Rules['duties'][number]): Nis2Duty => ({
	id: d.id,
	kind: d.kind,
	...(d.legalBasis ? { legalBasis: d.legalBasis } : {}),
	title: d.title,
	explanation: d.explanation,
	deadlines: d.deadlines ?? [],
	measures: (d.measures ?? []).flatMap((m) => rules.measures.filter((x) => x.id === m)),
	...(d.fine ? { fine: d.fine } : {})
});

const inMask = (mask: number, i: number) => (mask & (1 << i)) !== 0;

/**
 * The duties of the decided category: those that apply whatever the open answers are, those
 * that apply only for some of them (clarify names the answers), and those an overlay takes.
 */
export function dutiesOf(rules: Nis2Rules, e: Evaluation, decided: Nis2Category | undefined, notes: Nis2Note[]): Pick<Nis2Verdict, 'duties' | 'possibleDuties' | 'removedDuties' | 'firstSteps'> {
	if (!decided) return { duties: [], possibleDuties: [], removedDuties: [], firstSteps: [] };
	const shown = new Set(notes.map((n) => n.id));
	const byOverlay = (id: string) => rules.notes.find((n) => shown.has(n.id) && (n.removesDuties ?? []).includes(id))?.id ?? rules.notes.find((n) => (n.removesDuties ?? []).includes(id))?.id ?? '';
	const duties = rules.duties.filter((_, i) => inMask(e.dutiesAll, i)).map((d) => toDuty(rules, d));
	return {
		duties,
		firstSteps: (rules.firstSteps ?? []).flatMap((id) => duties.filter((d) => d.id === id)),
		possibleDuties: rules.duties.filter((_, i) => inMask(e.dutiesAny, i) && !inMask(e.dutiesAll, i)).map((d) => toDuty(rules, d)),
		removedDuties: rules.duties.filter((_, i) => inMask(e.removedAll, i)).map((d) => ({ duty: toDuty(rules, d), by: byOverlay(d.id) }))
	};
}
