// Look-ups into a rules file, built once per rules object.
import { SPECIAL_TYPE_IDS, type Nis2Category, type Nis2ClarifyInfo, type Nis2Input, type Nis2Row, type Nis2Rules, type Nis2SpecialType, type SpecialTypeId } from './types';

export interface RulesIndex {
	rows: Map<string, Nis2Row>;
	specials: Map<SpecialTypeId, Nis2SpecialType>;
	/** Rows linked to each special type, in file order. */
	specialRows: Map<SpecialTypeId, Nis2Row[]>;
	rank: Map<Nis2Category, number>;
	byRank: Map<number, Nis2Category>;
	clarify: Map<Nis2Input, Nis2ClarifyInfo>;
}

const indexCache = new WeakMap<Nis2Rules, RulesIndex>();

export function indexOf(rules: Nis2Rules): RulesIndex {
	const cached = indexCache.get(rules);
	if (cached) return cached;
	const specialRows = new Map<SpecialTypeId, Nis2Row[]>(SPECIAL_TYPE_IDS.map((id) => [id, []]));
	for (const row of rules.rows) if (row.special) specialRows.get(row.special)?.push(row);
	const index: RulesIndex = {
		rows: new Map(rules.rows.map((r) => [r.id, r])),
		specials: new Map(rules.specialTypes.map((s) => [s.id, s])),
		specialRows,
		rank: new Map(rules.categories.map((c) => [c.id, c.rank])),
		byRank: new Map(rules.categories.map((c) => [c.rank, c.id])),
		clarify: new Map(rules.clarify.map((c) => [c.input, c]))
	};
	indexCache.set(rules, index);
	return index;
}
