// Property tests of classifyNis2 with fast-check:
// (1) a bigger company never gets a lower category for the same activities and answers;
// (2) answering an open question never contradicts a decided result, and never leaves the set
//     of categories that was still possible;
// (3) clarify is exact: an open answer that is not listed cannot change the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryRank, classifyNis2, type Nis2Category, type Nis2Profile, type Nis2Verdict, type Tri, type TrustServiceAnswer } from '$lib/engine/nis2';
import { currentNis2Rules as rules } from '$lib/engine';

const M = 1_000_000;
const rowIds = rules.rows.map((r) => r.id);
/** Rows that exercise different rules: special types, Anlage 1, Anlage 2, overlays. */
const interesting = ['A1-1.1.1', 'A1-1.1.2', 'A1-3.1.1', 'A1-6.1.2', 'A1-6.1.3', 'A1-6.1.4', 'A1-6.1.7', 'A1-6.1.8', 'A1-6.1.10', 'A2-4.1.1', 'A2-5.4.1', 'A2-6.1.1'];

const rowId = fc.oneof(fc.constantFrom(...interesting), fc.constantFrom(...rowIds));
// undefined: not answered yet, which the engine treats as "don't know".
const tri = fc.constantFrom<Tri | undefined>('yes', 'no', 'no', 'unknown', undefined);
const concreteTri = fc.constantFrom<Tri>('yes', 'no');
const trust = fc.constantFrom<TrustServiceAnswer | undefined>('qualified', 'non_qualified', 'no', 'no', 'unknown', undefined);
const concreteTrust = fc.constantFrom<TrustServiceAnswer>('qualified', 'non_qualified', 'no');

/** Figures near the thresholds are where mistakes hide. */
const staff = fc.oneof(fc.constantFrom(0, 3, 20, 49, 49.5, 50, 60, 249, 250, 300), fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 400, noNaN: true }));
const euros = fc.oneof(
	fc.constantFrom(0, 10 * M, 10 * M + 1, 43 * M, 43 * M + 1, 50 * M, 50 * M + 1, 5 * M, 60 * M),
	fc.integer({ min: 0, max: 100 * M }),
	fc.double({ min: 0, max: 100 * M, noNaN: true })
);
const enterprise = fc.record({ staff: fc.integer({ min: 0, max: 300 }), turnoverEur: fc.integer({ min: 0, max: 60 * M }), balanceSheetEur: fc.integer({ min: 0, max: 50 * M }) });
const partner = fc.record({
	sharePercent: fc.oneof(fc.constantFrom(10, 25, 30, 50, 100), fc.double({ min: 0.5, max: 100, noNaN: true })),
	staff: fc.integer({ min: 0, max: 300 }),
	turnoverEur: fc.integer({ min: 0, max: 60 * M }),
	balanceSheetEur: fc.integer({ min: 0, max: 50 * M })
});

/** The answers, each possibly unknown, plus concrete values to answer the unknowns with. */
const answers = fc
	.record({
		rows: fc.uniqueArray(rowId, { maxLength: 4 }),
		unsureRows: fc.uniqueArray(rowId, { maxLength: 2 }),
		negligibleMask: fc.array(fc.constantFrom<'no' | 'yes' | 'unknown'>('no', 'no', 'yes', 'unknown'), { minLength: 6, maxLength: 6 }),
		kritisOperator: tri,
		trustServiceProvider: trust,
		tldRegistry: tri,
		dnsServiceProvider: tri,
		publicTelecom: tri,
		domainRegistrar: tri,
		staff: fc.option(staff, { freq: 4 }),
		turnoverEur: fc.option(euros, { freq: 4 }),
		balanceSheetEur: fc.option(euros, { freq: 4 }),
		linked: fc.array(enterprise, { maxLength: 2 }),
		partners: fc.array(partner, { maxLength: 2 }),
		itIndependent: tri
	})
	.map((a): Nis2Profile => {
		// Unsure rows are disjoint from chosen ones (both at once is a contradiction, tested elsewhere).
		const activities = a.rows;
		const unsure = a.unsureRows.filter((id) => !activities.includes(id));
		const candidates = [...activities, ...unsure];
		const negligibleActivities = candidates.filter((id, i) => activities.includes(id) && a.negligibleMask[i] === 'yes');
		const unsureNegligible = candidates.filter((_, i) => a.negligibleMask[i] === 'unknown');
		return {
			activities,
			negligibleActivities,
			unsureActivities: unsure,
			unsureNegligible,
			kritisOperator: a.kritisOperator,
			trustServiceProvider: a.trustServiceProvider,
			tldRegistry: a.tldRegistry,
			dnsServiceProvider: a.dnsServiceProvider,
			publicTelecom: a.publicTelecom,
			domainRegistrar: a.domainRegistrar,
			size: { staff: a.staff, turnoverEur: a.turnoverEur, balanceSheetEur: a.balanceSheetEur, linked: a.linked, partners: a.partners, itIndependent: a.itIndependent }
		};
	});

const specialOf = new Map(rules.rows.map((r) => [r.id, r.special]));
const ranks = (v: Nis2Verdict) => v.possibleCategories.map((c) => categoryRank(rules, c));

describe('property: a bigger company never gets a lower category', () => {
	it('own staff, turnover and balance sheet all >= -> min and max possible category >=', () => {
		fc.assert(
			fc.property(answers, staff, euros, euros, fc.array(enterprise, { maxLength: 1 }), (p, addStaff, addTurnover, addBalance, extraLinked) => {
				// Known own figures (unknown ones are covered by the refinement property).
				const small: Nis2Profile = { ...p, size: { ...p.size, staff: p.size.staff ?? 0, turnoverEur: p.size.turnoverEur ?? 0, balanceSheetEur: p.size.balanceSheetEur ?? 0 } };
				const big: Nis2Profile = {
					...small,
					size: {
						...small.size,
						staff: (small.size.staff ?? 0) + addStaff,
						turnoverEur: (small.size.turnoverEur ?? 0) + addTurnover,
						balanceSheetEur: (small.size.balanceSheetEur ?? 0) + addBalance,
						// More linked enterprises only add (when the IT is independent they are ignored either way).
						linked: [...small.size.linked, ...(small.size.itIndependent === 'no' ? extraLinked : [])]
					}
				};
				const a = ranks(classifyNis2(rules, small));
				const b = ranks(classifyNis2(rules, big));
				expect(Math.max(...b)).toBeGreaterThanOrEqual(Math.max(...a));
				expect(Math.min(...b)).toBeGreaterThanOrEqual(Math.min(...a));
			}),
			{ numRuns: 300 }
		);
	});

	it('with fully known answers the category itself never drops', () => {
		const known = answers.filter(
			(p) =>
				p.size.staff !== null &&
				p.size.turnoverEur !== null &&
				p.size.balanceSheetEur !== null &&
				p.size.itIndependent !== 'unknown' &&
				p.size.itIndependent !== undefined &&
				[p.kritisOperator, p.tldRegistry, p.dnsServiceProvider, p.publicTelecom, p.domainRegistrar, p.trustServiceProvider].every((x) => x !== 'unknown' && x !== undefined) &&
				(p.unsureActivities ?? []).length === 0 &&
				(p.unsureNegligible ?? []).length === 0 &&
				// A chosen special row with its question answered "no" is a contradiction, which
				// the engine resolves to an open question (tested in nis2-classify).
				!p.activities.some((id) => specialOf.get(id) && p[specialOf.get(id)!] === 'no')
		);
		fc.assert(
			fc.property(known, staff, euros, euros, (p, s, t, b) => {
				const small = classifyNis2(rules, p);
				const big = classifyNis2(rules, { ...p, size: { ...p.size, staff: (p.size.staff ?? 0) + s, turnoverEur: (p.size.turnoverEur ?? 0) + t, balanceSheetEur: (p.size.balanceSheetEur ?? 0) + b } });
				expect(small.category).not.toBe('uncertain');
				expect(big.category).not.toBe('uncertain');
				expect(categoryRank(rules, big.category as Nis2Category)).toBeGreaterThanOrEqual(categoryRank(rules, small.category as Nis2Category));
			}),
			{ numRuns: 200 }
		);
	});
});

/** Concrete answers for every field; a refinement takes some of them for the open fields. */
const resolutions = fc.record({
	pick: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
	kritisOperator: concreteTri,
	trustServiceProvider: concreteTrust,
	tldRegistry: concreteTri,
	dnsServiceProvider: concreteTri,
	publicTelecom: concreteTri,
	domainRegistrar: concreteTri,
	staff,
	turnoverEur: euros,
	balanceSheetEur: euros,
	itIndependent: concreteTri,
	performs: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
	negligible: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })
});

type Resolution = typeof resolutions extends fc.Arbitrary<infer R> ? R : never;

/** P with some of its open answers replaced by concrete ones (the others stay open). */
function refine(p: Nis2Profile, r: Resolution): Nis2Profile {
	let bit = 0;
	const take = () => r.pick[bit++ % r.pick.length] ?? false;
	const answer = <T extends string>(current: T | undefined, value: T): T | undefined => ((current ?? 'unknown') === 'unknown' && take() ? value : current);
	const figure = (current: number | null, value: number) => (current === null && take() ? value : current);

	const activities = [...p.activities];
	const unsure: string[] = [];
	(p.unsureActivities ?? []).forEach((id, i) => {
		if (!take()) unsure.push(id);
		// A row of a special type whose question was answered "no" cannot consistently be
		// performed: that would be a contradiction (tested elsewhere), not an answer.
		else if (r.performs[i] && !(specialOf.get(id) && p[specialOf.get(id)!] === 'no')) activities.push(id);
	});
	const negligibleActivities = [...p.negligibleActivities];
	const unsureNegligible: string[] = [];
	(p.unsureNegligible ?? []).forEach((id, i) => {
		if (!activities.includes(id) && !unsure.includes(id)) return; // the row was answered "not performed"
		if (!take()) unsureNegligible.push(id);
		else if (r.negligible[i] && activities.includes(id)) negligibleActivities.push(id);
		// An unsure row that is negligible if performed: "not negligible" keeps it as unsure.
	});
	return {
		activities,
		negligibleActivities,
		unsureActivities: unsure,
		unsureNegligible,
		kritisOperator: answer(p.kritisOperator, r.kritisOperator),
		trustServiceProvider: answer(p.trustServiceProvider, r.trustServiceProvider),
		tldRegistry: answer(p.tldRegistry, r.tldRegistry),
		dnsServiceProvider: answer(p.dnsServiceProvider, r.dnsServiceProvider),
		publicTelecom: answer(p.publicTelecom, r.publicTelecom),
		domainRegistrar: answer(p.domainRegistrar, r.domainRegistrar),
		size: {
			...p.size,
			staff: figure(p.size.staff, r.staff),
			turnoverEur: figure(p.size.turnoverEur, r.turnoverEur),
			balanceSheetEur: figure(p.size.balanceSheetEur, r.balanceSheetEur),
			itIndependent: answer(p.size.itIndependent, r.itIndependent)
		}
	};
}

describe('property: answering an open question never contradicts a decided result', () => {
	it('every refinement stays within the possible categories; a decided result stays decided', () => {
		fc.assert(
			fc.property(answers, resolutions, (p, r) => {
				const before = classifyNis2(rules, p);
				const after = classifyNis2(rules, refine(p, r));
				for (const c of after.possibleCategories) expect(before.possibleCategories).toContain(c);
				if (before.category !== 'uncertain') expect(after.category).toBe(before.category);
			}),
			{ numRuns: 400 }
		);
	});

	it('uncertain always says what to clarify and gives no duties; decided gives duties and asks only about duties that may apply', () => {
		fc.assert(
			fc.property(answers, (p) => {
				const v = classifyNis2(rules, p);
				if (v.category === 'uncertain') {
					expect(v.possibleCategories.length).toBeGreaterThan(1);
					expect(v.clarify.length).toBeGreaterThan(0);
					expect(v.duties).toEqual([]);
				} else {
					expect(v.possibleCategories).toEqual([v.category]);
					// A decided category asks only when an open answer still changes the duties,
					// and every duty that applies only for some answers comes with a question.
					expect(v.clarify.length > 0).toBe(v.possibleDuties.length > 0);
					expect(v.duties.length).toBeGreaterThan(0);
					expect(v.basis.length).toBeGreaterThan(0);
					for (const b of v.basis) expect(b.category).toBe(v.category);
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('property: clarify lists exactly the open answers that matter', () => {
	it('answering an open question that is not in clarify leaves the possible categories unchanged', () => {
		fc.assert(
			fc.property(answers, resolutions, (p, r) => {
				const v = classifyNis2(rules, p);
				const asked = new Set(v.clarify.map((q) => (q.rowId ? `${q.input}:${q.rowId}` : q.input)));
				const dutyIds = (x: Nis2Verdict) => [x.duties.map((d) => d.id), x.possibleDuties.map((d) => d.id)];
				const same = (q: Nis2Profile) => {
					const w = classifyNis2(rules, q);
					expect(w.possibleCategories).toEqual(v.possibleCategories);
					// Clarify covers the duties too: an unlisted answer cannot change them either.
					if (v.category !== 'uncertain') expect(dutyIds(w)).toEqual(dutyIds(v));
				};
				for (const key of ['kritisOperator', 'tldRegistry', 'dnsServiceProvider', 'publicTelecom', 'domainRegistrar'] as const) {
					if ((p[key] ?? 'unknown') !== 'unknown' || asked.has(key)) continue;
					for (const value of ['yes', 'no'] as const) same({ ...p, [key]: value });
				}
				if ((p.trustServiceProvider ?? 'unknown') === 'unknown' && !asked.has('trustServiceProvider')) {
					for (const value of ['qualified', 'non_qualified', 'no'] as const) same({ ...p, trustServiceProvider: value });
				}
				for (const key of ['staff', 'turnoverEur', 'balanceSheetEur'] as const) {
					if (p.size[key] !== null || asked.has(key)) continue;
					for (const value of [0, key === 'staff' ? r.staff : r.turnoverEur, 60, 300, 11 * M, 60 * M]) same({ ...p, size: { ...p.size, [key]: value } });
				}
				if ((p.size.itIndependent ?? 'unknown') === 'unknown' && !asked.has('itIndependent')) {
					for (const value of ['yes', 'no'] as const) same({ ...p, size: { ...p.size, itIndependent: value } });
				}
				for (const id of p.unsureActivities ?? []) {
					// Unsure rows of special types are asked through the special question itself.
					if (asked.has(`activity:${id}`) || specialOf.get(id)) continue;
					const rest = (p.unsureActivities ?? []).filter((x) => x !== id);
					same({ ...p, unsureActivities: rest });
					same({ ...p, unsureActivities: rest, activities: [...p.activities, id] });
				}
			}),
			{ numRuns: 200 }
		);
	});
});
