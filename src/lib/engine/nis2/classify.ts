// The NIS-2 applicability decision (§28 BSIG) for one legal entity.
//
// How unknowns are handled: every "don't know" becomes a variable with the concrete values it
// could take (a tri-state: yes/no; the trust service question: qualified/non_qualified/no; an
// unknown own size figure: a few candidate values that reach every size class, see size.ts;
// itIndependent: count the others or not; an unsure activity: counts or not). The engine
// evaluates the rules for every combination and collects the categories. One category: it is
// the result, whatever the open answers turn out to be. More than one: the result is
// 'uncertain', and clarify lists exactly the open answers that can change the category (an
// answer matters when changing only that answer changes the category in some combination).
// The combinations stay few because only open answers branch (at most ~10^5, usually 1).
//
// Decisions the spec left open (documented here so the UI can rely on them):
// - 'uncertain' returns duties = [] and possibleCategories; basis then lists the rules that
//   apply in every combination (what is already certain). A decided result has clarify = [].
// - A chosen row linked to a special type (A1-6.1.2 DNS, A1-6.1.3 TLD, A1-6.1.7 trust
//   services, A1-6.1.8/9 telecom) means being that special type: an 'unknown' answer is
//   narrowed to the type's positive values, and an explicit 'no' is overridden by the chosen
//   row with a warning. The row is the more specific statement, and this way answering an
//   open question can never widen the result (the property tests check that).
// - A positive special answer counts its linked Anlage row as an activity even when the row
//   was not ticked (a large non-qualified trust service provider is an Anlage-1 entity).
// - An unsure row linked to a special type adds no variable of its own: the special question
//   is that open answer (clarify names it when it matters).
// - "Negligible" (§28(3)) is ignored, with a warning, for rows linked to special types, and
//   for rows that were not chosen.
// - A row both chosen and marked unsure counts as unsure; negligible and unsure-negligible
//   together count as unsure-negligible (contradictions resolve to "don't know", with a warning).
// - Overlay notes (DORA, TKG, EnWG) are shown for every chosen row that names one, negligible
//   or not: those laws have their own scope, so the hint is useful either way.
// - Duties with onlyIf apply when one of its rules is in the basis or one of its rows is an
//   activity that certainly counts.
import { ValidationError } from '../errors';
import type { EngineWarningId } from './parse';
import { nearThresholdIn, partnersBelowThreshold, sizeSpace, SIZE_DIMENSIONS, type SizeDimension } from './size';
import {
	SPECIAL_TYPE_IDS,
	SPECIAL_VALUES,
	type Anlage,
	type Locale,
	type Nis2Basis,
	type Nis2Category,
	type Nis2Clarify,
	type Nis2ClarifyInfo,
	type Nis2Duty,
	type Nis2Input,
	type Nis2Note,
	type Nis2Profile,
	type Nis2Row,
	type Nis2Rule,
	type Nis2Rules,
	type Nis2SpecialType,
	type Nis2Verdict,
	type Nis2Warning,
	type SizeClass,
	type SpecialTypeId,
	type SpecialValue,
	type Text
} from './types';

const LOCALES: readonly Locale[] = ['de', 'en'];
const TRI = ['yes', 'no', 'unknown'];
const TRUST = ['qualified', 'non_qualified', 'no', 'unknown'];

interface RulesIndex {
	rows: Map<string, Nis2Row>;
	specials: Map<SpecialTypeId, Nis2SpecialType>;
	/** Rows linked to each special type, in file order. */
	specialRows: Map<SpecialTypeId, Nis2Row[]>;
	rank: Map<Nis2Category, number>;
	byRank: Map<number, Nis2Category>;
	clarify: Map<Nis2Input, Nis2ClarifyInfo>;
}

const indexCache = new WeakMap<Nis2Rules, RulesIndex>();

function indexOf(rules: Nis2Rules): RulesIndex {
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

// ---------------------------------------------------------------------------------------------
// Input checks: malformed input is a programming error (the UI must not send it), so it throws.

function checkProfile(profile: Nis2Profile, index: RulesIndex): void {
	const problems: string[] = [];
	if (!profile || typeof profile !== 'object') throw new ValidationError('NIS-2 profile', ['/: must be an object']);
	const lists = ['activities', 'negligibleActivities', 'unsureActivities', 'unsureNegligible'] as const;
	const unknownIds = new Set<string>();
	for (const key of lists) {
		const list: unknown = profile[key];
		if (list === undefined && (key === 'unsureActivities' || key === 'unsureNegligible')) continue;
		if (!Array.isArray(list)) {
			problems.push(`/${key}: must be an array of Anlage row ids`);
			continue;
		}
		list.forEach((id: unknown, i) => {
			if (typeof id !== 'string') problems.push(`/${key}/${i}: must be a string`);
			else if (!index.rows.has(id)) {
				problems.push(`/${key}/${i}: unknown activity id "${id}"`);
				unknownIds.add(id);
			}
		});
	}
	for (const key of SPECIAL_TYPE_IDS) {
		const allowed = key === 'trustServiceProvider' ? TRUST : TRI;
		if (!allowed.includes(profile[key] as string)) problems.push(`/${key}: must be one of ${allowed.join(', ')}`);
	}
	const size: unknown = profile.size;
	if (!size || typeof size !== 'object') problems.push('/size: must be an object');
	else {
		const s = profile.size;
		const figure = (value: unknown, path: string, nullable: boolean) => {
			if (value === null && nullable) return;
			if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
				problems.push(`${path}: must be a finite number >= 0${nullable ? ' or null (unknown)' : ''}, got ${String(value)}`);
			}
		};
		for (const d of SIZE_DIMENSIONS) figure(s[d], `/size/${d}`, true);
		if (!Array.isArray(s.linked)) problems.push('/size/linked: must be an array');
		else s.linked.forEach((l, i) => SIZE_DIMENSIONS.forEach((d) => figure(l?.[d], `/size/linked/${i}/${d}`, false)));
		if (!Array.isArray(s.partners)) problems.push('/size/partners: must be an array');
		else {
			s.partners.forEach((p, i) => {
				SIZE_DIMENSIONS.forEach((d) => figure(p?.[d], `/size/partners/${i}/${d}`, false));
				const share: unknown = p?.sharePercent;
				if (typeof share !== 'number' || !Number.isFinite(share) || share <= 0 || share > 100) {
					problems.push(`/size/partners/${i}/sharePercent: must be in (0, 100], got ${String(share)}`);
				}
			});
		}
		if (!TRI.includes(s.itIndependent)) problems.push(`/size/itIndependent: must be one of ${TRI.join(', ')}`);
	}
	if (problems.length > 0) {
		const context = unknownIds.size > 0 ? `NIS-2 profile (unknown activity ids: ${[...unknownIds].join(', ')})` : 'NIS-2 profile';
		throw new ValidationError(context, problems);
	}
}

// ---------------------------------------------------------------------------------------------
// Texts

function fill(text: Text, values: Partial<Record<string, Text>>): Text {
	const out = {} as Text;
	for (const locale of LOCALES) {
		out[locale] = text[locale].replace(/\{(\w+)\}/g, (whole, key: string) => values[key]?.[locale] ?? whole);
	}
	return out;
}

function quoteRows(rows: Nis2Row[]): Text {
	return {
		de: rows.map((r) => `„${r.name.de}“`).join(', '),
		en: rows.map((r) => `"${r.name.en}"`).join(', ')
	};
}

function plain(value: string): Text {
	return { de: value, en: value };
}

function formatNumber(value: number): Text {
	return { de: new Intl.NumberFormat('de-DE').format(value), en: new Intl.NumberFormat('en-GB').format(value) };
}

class Warnings {
	readonly list: Nis2Warning[] = [];
	constructor(private readonly rules: Nis2Rules) {}

	add(id: EngineWarningId, items: string[], values: Partial<Record<string, Text>>): void {
		if (items.length === 0) return;
		const info = this.rules.warnings.find((w) => w.id === id);
		// parseNis2Rules guarantees every engine warning has a text; stay safe for hand-made rules.
		const text = info ? fill(info.text, values) : plain(`${id}: ${items.join(', ')}`);
		this.list.push({ id, items, text });
	}

	rows(id: EngineWarningId, rows: Nis2Row[]): void {
		this.add(
			id,
			rows.map((r) => r.id),
			{ items: quoteRows(rows) }
		);
	}
}

// ---------------------------------------------------------------------------------------------
// The decision

interface Variable {
	radix: number;
	/** The clarify questions that resolve this variable. */
	asks: { input: Nis2Input; rowId?: string }[];
}

interface UnsureRow {
	row: Nis2Row;
	performedUnknown: boolean;
	negligibleUnknown: boolean;
}

/**
 * Classifies a company under the given rules. Throws a ValidationError for malformed input
 * (unknown activity ids, negative or non-finite figures, shares outside (0, 100]); reports
 * contradictory but well-formed input as warnings.
 */
export function classifyNis2(rules: Nis2Rules, profile: Nis2Profile): Nis2Verdict {
	const index = indexOf(rules);
	checkProfile(profile, index);
	const warnings = new Warnings(rules);
	const rowsOf = (ids: Iterable<string>): Nis2Row[] => {
		const set = new Set(ids);
		return rules.rows.filter((r) => set.has(r.id));
	};

	// --- Activities ------------------------------------------------------------------------
	const unsure = new Set(profile.unsureActivities ?? []);
	const chosen = new Set(profile.activities.filter((id) => !unsure.has(id)));
	warnings.rows('W-ACTIVITY-ALSO-UNSURE', rowsOf(profile.activities.filter((id) => unsure.has(id))));
	const mentioned = (id: string) => chosen.has(id) || unsure.has(id);

	const negligible = new Set<string>();
	const negligibleUnknown = new Set<string>();
	const notChosen = new Set<string>();
	const notApplicable = new Set<string>();
	const both = new Set<string>();
	for (const id of profile.negligibleActivities) {
		if (!mentioned(id)) notChosen.add(id);
		else if (index.rows.get(id)?.special) notApplicable.add(id);
		else negligible.add(id);
	}
	for (const id of profile.unsureNegligible ?? []) {
		if (!mentioned(id)) notChosen.add(id);
		else if (index.rows.get(id)?.special) notApplicable.add(id);
		else {
			if (negligible.delete(id)) both.add(id);
			negligibleUnknown.add(id);
		}
	}
	warnings.rows('W-NEGLIGIBLE-NOT-CHOSEN', rowsOf(notChosen));
	warnings.rows('W-NEGLIGIBLE-NOT-APPLICABLE', rowsOf(notApplicable));
	warnings.rows('W-NEGLIGIBLE-BOTH', rowsOf(both));

	// Ordinary rows (not linked to a special type): counted for the Anlage rules unless
	// negligible; "counts" is open when performing it or its negligibility is open.
	const certainAnlagen = new Set<Anlage>();
	const countedRows = new Set<string>();
	const unsureRows: Record<Anlage, UnsureRow[]> = { 1: [], 2: [] };
	for (const row of rules.rows) {
		if (row.special || !mentioned(row.id) || negligible.has(row.id)) continue;
		const performedUnknown = unsure.has(row.id);
		const negUnknown = negligibleUnknown.has(row.id);
		if (!performedUnknown && !negUnknown) {
			certainAnlagen.add(row.anlage);
			countedRows.add(row.id);
		} else unsureRows[row.anlage].push({ row, performedUnknown, negligibleUnknown: negUnknown });
	}

	// --- Special types ---------------------------------------------------------------------
	const domains = new Map<SpecialTypeId, SpecialValue[]>();
	const contradicted: Nis2Row[] = [];
	for (const id of SPECIAL_TYPE_IDS) {
		const positives = index.specials.get(id)?.positiveValues ?? [];
		const answer = profile[id];
		const linkedChosen = (index.specialRows.get(id) ?? []).filter((r) => chosen.has(r.id));
		let domain: SpecialValue[];
		if (linkedChosen.length > 0) {
			if ((positives as string[]).includes(answer)) domain = [answer as SpecialValue];
			else {
				if (answer === 'no') contradicted.push(...linkedChosen);
				domain = [...positives];
			}
		} else domain = answer === 'unknown' ? [...SPECIAL_VALUES[id]] : [answer];
		domains.set(id, domain);
	}
	warnings.rows('W-SPECIAL-CONTRADICTION', contradicted);
	const isPositive = (id: SpecialTypeId, value: SpecialValue) => (index.specials.get(id)?.positiveValues as SpecialValue[] | undefined)?.includes(value) ?? false;
	const specialAnlagen = new Map<SpecialTypeId, Anlage[]>(
		SPECIAL_TYPE_IDS.map((id) => [id, [...new Set((index.specialRows.get(id) ?? []).map((r) => r.anlage))]])
	);

	// --- Size -------------------------------------------------------------------------------
	const space = sizeSpace(rules.size, profile.size);
	const below = partnersBelowThreshold(rules.size, profile.size);
	warnings.add('W-PARTNER-BELOW-THRESHOLD', below.map(String), {
		items: plain(below.join(', ')),
		percent: formatNumber(rules.size.partnerMinSharePercent)
	});
	const likelyLinked = profile.size.partners.flatMap((p, i) => (p.sharePercent > rules.size.linkedAboveSharePercent ? [i + 1] : []));
	warnings.add('W-PARTNER-LIKELY-LINKED', likelyLinked.map(String), {
		items: plain(likelyLinked.join(', ')),
		percent: formatNumber(rules.size.linkedAboveSharePercent)
	});

	// --- Variables: one per open answer that still has more than one value ---------------------
	const vars: Variable[] = [];
	const add = (v: Variable): number => (v.radix > 1 ? vars.push(v) - 1 : -1);
	const specialPos = new Map<SpecialTypeId, number>(
		SPECIAL_TYPE_IDS.map((id) => [id, add({ radix: domains.get(id)?.length ?? 1, asks: [{ input: id }] })])
	);
	const anlagePos = new Map<Anlage, number>();
	for (const anlage of [1, 2] as const) {
		const open = certainAnlagen.has(anlage) ? [] : unsureRows[anlage];
		const asks = open.flatMap((u) => [
			...(u.performedUnknown ? [{ input: 'activity' as const, rowId: u.row.id }] : []),
			...(u.negligibleUnknown ? [{ input: 'negligible' as const, rowId: u.row.id }] : [])
		]);
		anlagePos.set(anlage, add({ radix: open.length > 0 ? 2 : 1, asks }));
	}
	const sizePos = new Map<SizeDimension, number>(SIZE_DIMENSIONS.map((d) => [d, add({ radix: space.candidates[d].length, asks: [{ input: d }] })]));
	const branchPos = add({ radix: space.branches.length, asks: [{ input: 'itIndependent' }] });

	// --- Evaluate every combination ---------------------------------------------------------
	// Rules are compiled to index lookups first, so that even with every answer open (about
	// 10^5 combinations) the check stays in the milliseconds.
	const radices = vars.map((v) => v.radix);
	const total = radices.reduce((a, b) => a * b, 1);
	const specialList = SPECIAL_TYPE_IDS.map((id) => {
		const domain = domains.get(id) ?? ['no'];
		return { id, domain, pos: specialPos.get(id) ?? -1, positive: domain.map((v) => isPositive(id, v)), anlagen: specialAnlagen.get(id) ?? [] };
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
	for (let n = 0; n < otherTotal; n++) {
		let anlage1 = certainAnlagen.has(1) || digit(anlagePos.get(1) ?? -1) === 1;
		let anlage2 = certainAnlagen.has(2) || digit(anlagePos.get(2) ?? -1) === 1;
		specialList.forEach((s, k) => {
			const v = digit(s.pos);
			valueAt[k] = v;
			// A positive special answer counts its linked Anlage row as an activity.
			if (s.positive[v]) {
				if (s.anlagen.includes(1)) anlage1 = true;
				if (s.anlagen.includes(2)) anlage2 = true;
			}
		});
		for (const [size, weight] of classWeight) {
			let best = -1;
			for (const rule of compiled) {
				if (rule.special >= 0 && !rule.valueOk[valueAt[rule.special] ?? 0]) continue;
				if (rule.anlage && !rule.anlage.some((a) => (a === 1 ? anlage1 : anlage2))) continue;
				if (rule.sizes && !rule.sizes.includes(size)) continue;
				fireCount[rule.at] = (fireCount[rule.at] ?? 0) + weight;
				if (rule.rank > best) best = rule.rank;
			}
			if (best < 0) {
				fireCount[fallbackAt] = (fireCount[fallbackAt] ?? 0) + weight;
				best = fallbackRank;
			}
			rankOfClass.set(size, best);
		}
		for (let j = 0; j < sizeTotal; j++) ranks[n * sizeTotal + j] = rankOfClass.get(classBySize[j] ?? 'small') ?? -1;
		nextCombination(0, firstSizeVar);
	}
	const firedAll = (rule: Nis2Rule) => fireCount[ruleIndex.get(rule) ?? 0] === total;
	const firedAny = (rule: Nis2Rule) => (fireCount[ruleIndex.get(rule) ?? 0] ?? 0) > 0;

	// --- Which open answers matter -----------------------------------------------------------
	// An answer matters when changing only that answer changes the category in some combination.
	const matters = vars.map((v, pos) => {
		const stride = radices.slice(pos + 1).reduce((a, b) => a * b, 1);
		const block = stride * v.radix;
		for (let base = 0; base < total; base += block) {
			for (let i = base; i < base + stride; i++) {
				for (let k = 1; k < v.radix; k++) if (ranks[i + k * stride] !== ranks[i]) return true;
			}
		}
		return false;
	});

	const possibleRanks = [...new Set(ranks)].sort((a, b) => b - a);
	const possibleCategories = possibleRanks.map((r) => index.byRank.get(r)).filter((c): c is Nis2Category => c !== undefined);
	const decided = possibleCategories.length === 1 ? possibleCategories[0] : undefined;

	// --- Basis -------------------------------------------------------------------------------
	const toBasis = (rule: Nis2Rule): Nis2Basis => ({ ruleId: rule.id, category: rule.category, legalBasis: rule.legalBasis, text: rule.explanation });
	let basisRules: Nis2Rule[];
	if (decided) {
		basisRules = rules.rules.filter((r) => r.category === decided && firedAll(r));
		// Different open answers may reach the same category by different rules; then show each.
		if (basisRules.length === 0) basisRules = rules.rules.filter((r) => r.category === decided && firedAny(r));
	} else basisRules = rules.rules.filter((r) => firedAll(r));

	// --- Clarify -------------------------------------------------------------------------------
	const asked = vars.filter((_, pos) => matters[pos]).flatMap((v) => v.asks);
	const clarify: Nis2Clarify[] = [];
	for (const info of rules.clarify) {
		const hits = asked.filter((a) => a.input === info.input);
		if (hits.length === 0) continue;
		if (info.input === 'activity' || info.input === 'negligible') {
			for (const row of rowsOf(hits.map((h) => h.rowId ?? ''))) {
				clarify.push({ id: info.id, input: info.input, rowId: row.id, question: fill(info.question, { row: row.name }), whom: info.whom });
			}
		} else clarify.push({ id: info.id, input: info.input, question: info.question, whom: info.whom });
	}

	// --- Notes ---------------------------------------------------------------------------------
	const certainSpecial = (id: SpecialTypeId) => (domains.get(id) ?? []).every((v) => isPositive(id, v));
	const overlays = new Set<string>();
	for (const row of rules.rows) if (row.overlay && chosen.has(row.id)) overlays.add(row.overlay);
	for (const special of rules.specialTypes) if (special.overlay && certainSpecial(special.id)) overlays.add(special.overlay);
	const anyNegligible = [...negligible, ...negligibleUnknown].length > 0;
	const near = nearThresholdIn(rules.size, space);
	const notes: Nis2Note[] = rules.notes
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
					return 'categories' in trigger && trigger.categories.some((c) => possibleCategories.includes(c));
			}
			return false;
		})
		.map((n) => ({ id: n.id, kind: n.kind, legalBasis: n.legalBasis, title: n.title, text: n.text }));

	// --- Duties --------------------------------------------------------------------------------
	const certainRows = new Set(countedRows);
	for (const id of SPECIAL_TYPE_IDS) {
		if (!certainSpecial(id)) continue;
		const linked = index.specialRows.get(id) ?? [];
		const picked = linked.filter((r) => chosen.has(r.id));
		for (const r of picked.length > 0 ? picked : linked) certainRows.add(r.id);
	}
	const basisIds = new Set(basisRules.map((r) => r.id));
	const duties: Nis2Duty[] = decided
		? rules.duties
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
				}))
		: [];

	return {
		category: decided ?? 'uncertain',
		possibleCategories,
		basis: basisRules.map(toBasis),
		clarify,
		notes,
		duties,
		warnings: warnings.list,
		sizeClasses: (['large', 'medium', 'small'] as const).filter((c) => sizeClasses.has(c)),
		rulesId: rules.id,
		legalState: rules.legalState,
		disclaimer: rules.disclaimer
	};
}

/** The rank of a category in these rules (higher = more duties); for comparisons in the UI and tests. */
export function categoryRank(rules: Nis2Rules, category: Nis2Category): number {
	return indexOf(rules).rank.get(category) ?? -1;
}
