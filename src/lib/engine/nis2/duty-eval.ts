// Which duties apply in one combination of the open answers, as a bit mask over the rules'
// duties. A duty applies when its category is reached, its onlyIf holds (one of its rules
// fired, or one of its rows counts) and no overlay takes its place: an overlay with scope
// 'entity' (DORA) as soon as a row or type it covers counts, one with 'coveredActivities'
// (TKG, EnWG: §28(5) sentence 2 BSIG, "soweit") only when every counting activity is covered.
// An open activity is represented by the open answer of its group (evaluate.ts groups open
// rows by Anlage and by dutySignature, so rows of one group count or not together).
import type { Normalised } from './normalise';
import type { RulesIndex } from './rules-index';
import { SPECIAL_TYPE_IDS, type Anlage, type Nis2Rules, type SpecialTypeId } from './types';

/** What one combination of open answers decides. */
export interface Combination {
	rank: number;
	/** rules that fired, by their position in rules.rules */
	fired: (ruleAt: number) => boolean;
	/** whether an open row counts */
	openCounts: (rowId: string) => boolean;
	/** whether a special type's answer is positive */
	positive: (id: SpecialTypeId) => boolean;
}

/** Up to 31 duties fit one mask; the rules files have about twenty. */
export const MAX_DUTIES = 31;

const overlaysOf = (o: { overlays?: string[]; overlay?: string }) => o.overlays ?? (o.overlay ? [o.overlay] : []);

/** What a row can change about duties: the overlays that remove some, the duties only for some rows. */
export function dutySignature(rules: Nis2Rules): (row: { id: string; overlays?: string[]; overlay?: string }) => string {
	const removing = new Set(rules.notes.filter((note) => (note.removesDuties ?? []).length > 0).map((note) => note.id));
	const forRows = rules.duties.filter((d) => (d.onlyIf?.rows ?? []).length > 0);
	return (row) => [...overlaysOf(row).filter((id) => removing.has(id)).sort(), '/', ...forRows.filter((d) => d.onlyIf?.rows?.includes(row.id)).map((d) => d.id)].join(' ');
}

export function dutyEvaluator(rules: Nis2Rules, index: RulesIndex, n: Normalised): (c: Combination) => { applies: number; removed: number } {
	if (rules.duties.length > MAX_DUTIES) throw new RangeError(`At most ${MAX_DUTIES} duties can be evaluated, the rules have ${rules.duties.length}`);
	const ruleAt = new Map(rules.rules.map((r, i) => [r.id, i]));
	const rowById = index.rows;
	// The rows that can count at all: certainly counted, open, or linked to a special type.
	const openRows = new Map<string, Anlage>([...n.unsureRows[1], ...n.unsureRows[2]].map((u) => [u.row.id, u.row.anlage]));
	const specialRows = new Map<string, SpecialTypeId>();
	for (const id of SPECIAL_TYPE_IDS) for (const row of index.specialRows.get(id) ?? []) specialRows.set(row.id, id);
	const candidates = [...new Set([...n.countedRows, ...openRows.keys(), ...specialRows.keys()])];
	const counts = (rowId: string, c: Combination): boolean => {
		if (n.countedRows.has(rowId)) return true;
		const anlage = openRows.get(rowId);
		if (anlage !== undefined && c.openCounts(rowId)) return true;
		const special = specialRows.get(rowId);
		if (!special || !c.positive(special)) return false;
		// A special type counts its chosen rows, or all its rows when none was chosen.
		const linked = index.specialRows.get(special) ?? [];
		return !linked.some((r) => n.chosen.has(r.id)) || n.chosen.has(rowId);
	};
	const overlayNotes = rules.notes.filter((note) => (note.removesDuties ?? []).length > 0);
	const specialOverlays = new Map<SpecialTypeId, string[]>(rules.specialTypes.map((s) => [s.id, overlaysOf(s)]));
	const duties = rules.duties.map((d) => ({
		ranks: new Set(d.categories.map((cat) => index.rank.get(cat) ?? -1)),
		rules: (d.onlyIf?.rules ?? []).map((id) => ruleAt.get(id) ?? -1),
		rows: d.onlyIf?.rows ?? [],
		conditional: !!d.onlyIf
	}));
	const removing = overlayNotes.map((note) => ({
		id: note.id,
		mask: rules.duties.reduce((mask, d, i) => ((note.removesDuties ?? []).includes(d.id) ? mask | (1 << i) : mask), 0),
		entity: (note.removesDutiesScope ?? 'entity') === 'entity'
	}));

	return (c) => {
		const counting = candidates.filter((id) => counts(id, c));
		let applies = 0;
		duties.forEach((d, i) => {
			if (!d.ranks.has(c.rank)) return;
			if (d.conditional && !d.rules.some((at) => at >= 0 && c.fired(at)) && !d.rows.some((id) => counting.includes(id))) return;
			applies |= 1 << i;
		});
		let removed = 0;
		for (const overlay of removing) {
			const covered = (id: string) => overlaysOf(rowById.get(id) ?? {}).includes(overlay.id);
			const bySpecial = SPECIAL_TYPE_IDS.some((id) => c.positive(id) && (specialOverlays.get(id) ?? []).includes(overlay.id));
			const active = overlay.entity ? bySpecial || counting.some(covered) : (bySpecial || counting.some(covered)) && counting.every(covered);
			if (active) removed |= overlay.mask & applies;
		}
		return { applies: applies & ~removed, removed };
	};
}
