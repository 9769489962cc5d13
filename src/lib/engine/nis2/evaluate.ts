// The decision over every combination of the open answers. Each "don't know" becomes a
// variable with the concrete values it could take; the rules are evaluated for every
// combination, and the categories reached are collected. An open answer matters when changing
// only that answer changes the outcome in some combination. The combinations stay few because
// only open answers branch (at most ~10^5, usually 1), and the rules are compiled to index
// look-ups first, so even then the check takes milliseconds.
import { dutyEvaluator, dutySignature } from './duty-eval';
import type { Normalised } from './normalise';
import type { RulesIndex } from './rules-index';
import { SIZE_DIMENSIONS, type SizeDimension } from './size';
import { SPECIAL_TYPE_IDS, type Anlage, type Nis2Input, type Nis2Rule, type Nis2Rules, type SizeClass, type SpecialTypeId, type SpecialValue } from './types';

export interface Variable {
	radix: number;
	/** The clarify questions that resolve this variable. */
	asks: { input: Nis2Input; rowId?: string }[];
}

export interface Evaluation {
	vars: Variable[];
	/** per variable: whether its value can change the category or the duties */
	matters: boolean[];
	/** masks over rules.duties: applying in every combination, in some, taken over by an overlay in every one */
	dutiesAll: number;
	dutiesAny: number;
	removedAll: number;
	/** category ranks reachable, highest first */
	possibleRanks: number[];
	sizeClasses: Set<SizeClass>;
	/** the rule fired in every combination / in at least one */
	firedAll(rule: Nis2Rule): boolean;
	firedAny(rule: Nis2Rule): boolean;
}

export function isPositive(index: RulesIndex, id: SpecialTypeId, value: SpecialValue): boolean {
	return (index.specials.get(id)?.positiveValues as SpecialValue[] | undefined)?.includes(value) ?? false;
}

export function evaluate(rules: Nis2Rules, index: RulesIndex, n: Normalised): Evaluation {
	const { domains, space, certainAnlagen, unsureRows } = n;
	const specialAnlagen = new Map<SpecialTypeId, Anlage[]>(SPECIAL_TYPE_IDS.map((id) => [id, [...new Set((index.specialRows.get(id) ?? []).map((r) => r.anlage))]]));

	// Variables: one per open answer that still has more than one value.
	const vars: Variable[] = [];
	const add = (v: Variable): number => (v.radix > 1 ? vars.push(v) - 1 : -1);
	const specialPos = new Map<SpecialTypeId, number>(SPECIAL_TYPE_IDS.map((id) => [id, add({ radix: domains.get(id)?.length ?? 1, asks: [{ input: id }] })]));
	// Open rows are grouped by what they can change: their Anlage (for the category) and their
	// duty signature (overlays that remove duties, duties only for some rows). Each group is one
	// variable, "does any of its rows count?", which is exact because rows of one group behave
	// alike, and stays small because there are only a handful of signatures.
	const rowPos = new Map<string, number>();
	const groupsOf: Record<Anlage, number[]> = { 1: [], 2: [] };
	const signature = dutySignature(rules);
	for (const anlage of [1, 2] as const) {
		const groups = new Map<string, typeof unsureRows[Anlage]>();
		for (const u of unsureRows[anlage]) {
			const key = `${anlage}|${signature(u.row)}`;
			groups.set(key, [...(groups.get(key) ?? []), u]);
		}
		for (const open of groups.values()) {
			const asks = open.flatMap((u) => [
				...(u.performedUnknown ? [{ input: 'activity' as const, rowId: u.row.id }] : []),
				...(u.negligibleUnknown ? [{ input: 'negligible' as const, rowId: u.row.id }] : [])
			]);
			const pos = add({ radix: 2, asks });
			groupsOf[anlage].push(pos);
			for (const u of open) rowPos.set(u.row.id, pos);
		}
	}
	const sizePos = new Map<SizeDimension, number>(SIZE_DIMENSIONS.map((d) => [d, add({ radix: space.candidates[d].length, asks: [{ input: d }] })]));
	const branchPos = add({ radix: space.branches.length, asks: [{ input: 'itIndependent' }] });

	const radices = vars.map((v) => v.radix);
	const total = radices.reduce((a, b) => a * b, 1);
	const specialList = SPECIAL_TYPE_IDS.map((id) => {
		const domain = domains.get(id) ?? ['no'];
		return { domain, pos: specialPos.get(id) ?? -1, positive: domain.map((v) => isPositive(index, id, v)), anlagen: specialAnlagen.get(id) ?? [] };
	});
	const ruleIndex = new Map(rules.rules.map((r, i) => [r, i]));
	const compiled = rules.rules
		.filter((r) => !r.fallback)
		.map((rule) => {
			const w = rule.when ?? {};
			const special = w.special === undefined ? -1 : SPECIAL_TYPE_IDS.indexOf(w.special);
			const allowed = (w.values ?? []) as SpecialValue[];
			return {
				at: ruleIndex.get(rule) ?? 0,
				rank: index.rank.get(rule.category) ?? -1,
				special,
				valueOk: special < 0 ? [] : (specialList[special]?.domain ?? []).map((v) => allowed.includes(v)),
				anlage: w.anlage,
				sizes: w.sizes
			};
		});
	const fallback = rules.rules.find((r) => r.fallback) as Nis2Rule;
	const fallbackAt = ruleIndex.get(fallback) ?? 0;
	const fallbackRank = index.rank.get(fallback.category) ?? -1;
	const fireCount = new Int32Array(rules.rules.length);
	const ranks = new Int32Array(total);
	const masks = new Int32Array(total);
	const firedNow = new Uint8Array(rules.rules.length);
	const dutiesOf = dutyEvaluator(rules, index, n);
	let dutiesAll = -1;
	let dutiesAny = 0;
	let removedAll = -1;

	// The size variables come last, and the rules see them only through the size class. So for
	// each combination of the other answers the rules are evaluated once per size class, and
	// the size combinations just look their class up.
	const firstSizeVar = vars.length - [sizePos.get('staff'), sizePos.get('turnoverEur'), sizePos.get('balanceSheetEur'), branchPos].filter((p) => p !== undefined && p >= 0).length;
	const sizeTotal = radices.slice(firstSizeVar).reduce((a, b) => a * b, 1);
	const otherTotal = total / sizeTotal;
	const digits: number[] = vars.map(() => 0);
	const digit = (pos: number) => (pos < 0 ? 0 : (digits[pos] ?? 0));
	const nextCombination = (from: number, to: number) => {
		for (let v = to - 1; v >= from; v--) {
			const next = (digits[v] ?? 0) + 1;
			if (next < (radices[v] ?? 1)) {
				digits[v] = next;
				return;
			}
			digits[v] = 0;
		}
	};
	const classBySize: SizeClass[] = [];
	for (let j = 0; j < sizeTotal; j++) {
		classBySize.push(space.classAt(digit(sizePos.get('staff') ?? -1), digit(sizePos.get('turnoverEur') ?? -1), digit(sizePos.get('balanceSheetEur') ?? -1), digit(branchPos)));
		nextCombination(firstSizeVar, vars.length);
	}
	const sizeClasses = new Set<SizeClass>(classBySize);
	const classWeight = new Map<SizeClass, number>();
	for (const c of classBySize) classWeight.set(c, (classWeight.get(c) ?? 0) + 1);

	const valueAt: number[] = specialList.map(() => 0);
	const rankOfClass = new Map<SizeClass, number>();
	const maskOfClass = new Map<SizeClass, number>();
	const positive = (id: SpecialTypeId) => {
		const k = SPECIAL_TYPE_IDS.indexOf(id);
		return specialList[k]?.positive[valueAt[k] ?? 0] ?? false;
	};
	for (let c = 0; c < otherTotal; c++) {
		const anyOpen = (anlage: Anlage) => groupsOf[anlage].some((pos) => digit(pos) === 1);
		let anlage1 = certainAnlagen.has(1) || anyOpen(1);
		let anlage2 = certainAnlagen.has(2) || anyOpen(2);
		specialList.forEach((s, k) => {
			const v = digit(s.pos);
			valueAt[k] = v;
			// A positive special answer counts its linked Anlage row as an activity.
			if (s.positive[v]) {
				if (s.anlagen.includes(1)) anlage1 = true;
				if (s.anlagen.includes(2)) anlage2 = true;
			}
		});
		const openCounts = (rowId: string) => digit(rowPos.get(rowId) ?? -1) === 1;
		for (const [size, weight] of classWeight) {
			let best = -1;
			firedNow.fill(0);
			for (const rule of compiled) {
				if (rule.special >= 0 && !rule.valueOk[valueAt[rule.special] ?? 0]) continue;
				if (rule.anlage && !rule.anlage.some((a) => (a === 1 ? anlage1 : anlage2))) continue;
				if (rule.sizes && !rule.sizes.includes(size)) continue;
				fireCount[rule.at] = (fireCount[rule.at] ?? 0) + weight;
				firedNow[rule.at] = 1;
				if (rule.rank > best) best = rule.rank;
			}
			if (best < 0) {
				fireCount[fallbackAt] = (fireCount[fallbackAt] ?? 0) + weight;
				best = fallbackRank;
			}
			rankOfClass.set(size, best);
			const duties = dutiesOf({ rank: best, fired: (at) => firedNow[at] === 1, openCounts, positive });
			maskOfClass.set(size, duties.applies);
			dutiesAll &= duties.applies;
			dutiesAny |= duties.applies;
			removedAll &= duties.removed;
		}
		for (let j = 0; j < sizeTotal; j++) {
			ranks[c * sizeTotal + j] = rankOfClass.get(classBySize[j] ?? 'small') ?? -1;
			masks[c * sizeTotal + j] = maskOfClass.get(classBySize[j] ?? 'small') ?? 0;
		}
		nextCombination(0, firstSizeVar);
	}

	const matters = vars.map((v, pos) => {
		const stride = radices.slice(pos + 1).reduce((a, b) => a * b, 1);
		const block = stride * v.radix;
		for (let base = 0; base < total; base += block) {
			for (let i = base; i < base + stride; i++) {
				for (let k = 1; k < v.radix; k++) if (ranks[i + k * stride] !== ranks[i] || masks[i + k * stride] !== masks[i]) return true;
			}
		}
		return false;
	});

	return {
		vars,
		matters,
		possibleRanks: [...new Set(ranks)].sort((a, b) => b - a),
		dutiesAll,
		dutiesAny,
		removedAll,
		sizeClasses,
		firedAll: (rule) => fireCount[ruleIndex.get(rule) ?? 0] === total,
		firedAny: (rule) => (fireCount[ruleIndex.get(rule) ?? 0] ?? 0) > 0
	};
}
