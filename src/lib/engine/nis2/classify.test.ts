// Table-driven tests of classifyNis2 against the real rules file (questions/nis2/2025-12-r2.json).
// Every case states the rule it checks; the expected values are worked out by hand in the
// comments from the thresholds: large = staff >= 250 OR (turnover > 50m AND balance > 43m);
// medium = staff >= 50 OR (turnover > 10m AND balance > 10m); else small.
import { describe, expect, it } from 'vitest';
import { classifyNis2, type Nis2Category, type Nis2Profile } from '$lib/engine/nis2';
import { currentNis2Rules as rules } from '$lib/engine';
import { nis2Profile } from '$test-data/factories/nis2-profile';

const profile = nis2Profile;

const M = 1_000_000;

interface Case {
	name: string;
	profile: Nis2Profile;
	category: Nis2Category | 'uncertain';
	/** Rule ids in the basis (exactly). */
	basis?: string[];
	/** For 'uncertain': the possible categories, highest first. */
	possible?: Nis2Category[];
	/** Clarify ids (exactly, in order). */
	clarify?: string[];
	warnings?: string[];
}

function check(c: Case) {
	const verdict = classifyNis2(rules, c.profile);
	expect(verdict.category).toBe(c.category);
	if (c.basis) expect(verdict.basis.map((b) => b.ruleId)).toEqual(c.basis);
	if (c.possible) expect(verdict.possibleCategories).toEqual(c.possible);
	if (c.category !== 'uncertain') {
		expect(verdict.possibleCategories).toEqual([c.category]);
		// A decided category still asks when an open answer changes the duties.
		expect(verdict.clarify.map((q) => q.id)).toEqual(c.clarify ?? []);
	} else {
		expect(verdict.clarify.length).toBeGreaterThan(0);
		expect(verdict.duties).toEqual([]);
	}
	if (c.clarify) expect(verdict.clarify.map((q) => q.id)).toEqual(c.clarify);
	expect(verdict.warnings.map((w) => w.id)).toEqual(c.warnings ?? []);
	return verdict;
}

/** it.each callbacks must return nothing. */
const run = (c: Case): void => {
	check(c);
};

describe('every decision rule', () => {
	const cases: Case[] = [
		// KRITIS wins at any size, without any activity.
		{ name: 'R-KRITIS: a 5-person KRITIS operator is essential', profile: profile({ kritisOperator: 'yes', size: { staff: 5 } }), category: 'essential', basis: ['R-KRITIS'] },
		{ name: 'R-QTSP: a 3-person qualified trust service provider is essential', profile: profile({ trustServiceProvider: 'qualified', size: { staff: 3 } }), category: 'essential', basis: ['R-QTSP'] },
		{ name: 'R-TLD: a 3-person TLD registry is essential', profile: profile({ tldRegistry: 'yes', size: { staff: 3 } }), category: 'essential', basis: ['R-TLD'] },
		{ name: 'R-DNS: a 3-person DNS service provider is essential', profile: profile({ dnsServiceProvider: 'yes', size: { staff: 3 } }), category: 'essential', basis: ['R-DNS'] },
		// 60 staff >= 50 -> medium; telecom medium -> essential (Nr. 3).
		{ name: 'R-TELECOM-MEDIUM: a 60-person public telecom provider is essential', profile: profile({ publicTelecom: 'yes', size: { staff: 60 } }), category: 'essential', basis: ['R-TELECOM-MEDIUM'] },
		// 10 staff, 1m/1m -> small; telecom small -> important (Nr. 2 of §28(2)), not essential.
		{ name: 'R-TELECOM-SMALL: a 10-person public telecom provider is important, not essential', profile: profile({ publicTelecom: 'yes' }), category: 'important', basis: ['R-TELECOM-SMALL'] },
		{ name: 'R-NQTSP: a 3-person non-qualified trust service provider is important', profile: profile({ trustServiceProvider: 'non_qualified', size: { staff: 3 } }), category: 'important', basis: ['R-NQTSP'] },
		// 300 >= 250 -> large; Anlage 1 + large -> essential.
		{ name: 'R-ANLAGE1-LARGE: a 300-person electricity supplier is essential', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 300 } }), category: 'essential', basis: ['R-ANLAGE1-LARGE'] },
		// 60 -> medium; Anlage 1 + medium -> important.
		{ name: 'R-ANLAGE-MEDIUM: a 60-person electricity supplier (Anlage 1) is important', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 60 } }), category: 'important', basis: ['R-ANLAGE-MEDIUM'] },
		{ name: 'R-ANLAGE-MEDIUM: a 60-person machinery maker (Anlage 2) is important', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 60 } }), category: 'important', basis: ['R-ANLAGE-MEDIUM'] },
		{ name: 'R-DOMAIN-REGISTRAR: a 3-person domain registrar has registration duties only', profile: profile({ domainRegistrar: 'yes', size: { staff: 3 } }), category: 'registration_only', basis: ['R-DOMAIN-REGISTRAR'] },
		{ name: 'R-NONE: a company with no activity and no special type is not affected', profile: profile(), category: 'not_affected', basis: ['R-NONE'] }
	];
	it.each(cases)('$name', run);

	it('every rule of the rules file is covered by a case above', () => {
		const covered = new Set(cases.flatMap((c) => c.basis ?? []));
		expect(rules.rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
	});
});

describe('highest category wins', () => {
	it.each<Case>([
		// Anlage 2 medium gives important; DNS gives essential; essential is higher.
		{ name: 'DNS (essential) beats Anlage-2 medium (important)', profile: profile({ activities: ['A2-5.4.1'], dnsServiceProvider: 'yes', size: { staff: 60 } }), category: 'essential', basis: ['R-DNS'] },
		{ name: 'Anlage-2 medium (important) beats domain registrar (registration only)', profile: profile({ activities: ['A2-5.4.1'], domainRegistrar: 'yes', size: { staff: 60 } }), category: 'important', basis: ['R-ANLAGE-MEDIUM'] },
		// 300 staff -> large; both Anlage rules and KRITIS apply; all essential rules are the basis.
		{ name: 'several essential rules: all are named', profile: profile({ activities: ['A1-1.1.1'], kritisOperator: 'yes', size: { staff: 300 } }), category: 'essential', basis: ['R-KRITIS', 'R-ANLAGE1-LARGE'] },
		// A large non-qualified trust service provider is an Anlage-1 entity (A1-6.1.7) -> essential.
		{ name: 'a large non-qualified trust service provider is essential via Anlage 1', profile: profile({ trustServiceProvider: 'non_qualified', size: { staff: 300 } }), category: 'essential', basis: ['R-ANLAGE1-LARGE'] }
	])('$name', run);
});

describe('mistakes other checkers make', () => {
	it.each<Case>([
		// 1. OR instead of AND: turnover 60m > 50m but balance 5m is not > 10m -> the pair fails; 10 staff -> small.
		{ name: 'financial test is AND: 60m turnover, 5m balance, 10 staff, Anlage 1 -> not affected', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 10, turnoverEur: 60 * M, balanceSheetEur: 5 * M } }), category: 'not_affected' },
		{ name: 'financial test is AND: 5m turnover, 60m balance, 10 staff, Anlage 1 -> not affected', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 10, turnoverEur: 5 * M, balanceSheetEur: 60 * M } }), category: 'not_affected' },
		// 60m > 50m and 44m > 43m -> large; Anlage 1 -> essential.
		{ name: 'financial test is AND: both over the large thresholds -> essential', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 10, turnoverEur: 60 * M, balanceSheetEur: 44 * M } }), category: 'essential' },
		// 2. >= instead of >: exactly 10m is not "over" 10m; 49 < 50 -> small.
		{ name: 'euro thresholds are "over": exactly 10,000,000 / 10,000,000 and 49 staff -> small -> not affected', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 49, turnoverEur: 10_000_000, balanceSheetEur: 10_000_000 } }), category: 'not_affected' },
		{ name: 'euro thresholds are "over": 49.5 staff and exactly 10m / 10m -> small', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 49.5, turnoverEur: 10_000_000, balanceSheetEur: 10_000_000 } }), category: 'not_affected' },
		{ name: 'euro thresholds are "over": 10,000,001 / 10,000,001 -> medium -> important', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 49, turnoverEur: 10_000_001, balanceSheetEur: 10_000_001 } }), category: 'important' },
		{ name: 'staff threshold is "at least": exactly 50 staff -> medium -> important', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 50 } }), category: 'important' },
		// exactly 50m / 43m is not over the large thresholds; 249 < 250 -> medium only.
		{ name: 'large thresholds are "over": exactly 50m / 43m and 249 staff -> medium -> important, not essential', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 249, turnoverEur: 50 * M, balanceSheetEur: 43 * M } }), category: 'important' },
		{ name: 'large thresholds are "over": 50,000,001 / 43,000,001 -> large -> essential', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 249, turnoverEur: 50 * M + 1, balanceSheetEur: 43 * M + 1 } }), category: 'essential' },
		{ name: 'staff threshold is "at least": exactly 250 staff -> large -> essential', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 250 } }), category: 'essential' },
		// 3. Cloud, data centre, CDN, MSP, MSSP are size-capped like everybody else.
		...['A1-6.1.4', 'A1-6.1.5', 'A1-6.1.6', 'A1-6.1.10', 'A1-6.1.11'].flatMap((row): Case[] => [
			{ name: `size cap: a 3-person ${row} provider is not affected`, profile: profile({ activities: [row], size: { staff: 3 } }), category: 'not_affected' },
			{ name: `size cap: a 60-person ${row} provider is important`, profile: profile({ activities: [row], size: { staff: 60 } }), category: 'important' },
			{ name: `size cap: a 300-person ${row} provider is essential`, profile: profile({ activities: [row], size: { staff: 300 } }), category: 'essential' }
		]),
		// 4. Small telecoms are important, not essential; medium ones essential.
		{ name: 'small telecom via the row A1-6.1.8 (answer unknown) -> important', profile: profile({ activities: ['A1-6.1.8'], publicTelecom: 'unknown' }), category: 'important', basis: ['R-TELECOM-SMALL'] },
		{ name: 'medium telecom via the row A1-6.1.9 -> essential', profile: profile({ activities: ['A1-6.1.9'], publicTelecom: 'yes', size: { staff: 55 } }), category: 'essential', basis: ['R-TELECOM-MEDIUM'] },
		// 5. Linked and partner enterprises, and the IT-independence exception.
		// 20 own + 40 linked = 60 >= 50 -> medium -> important.
		{ name: 'linked enterprises count in full: 20 + linked 40 = 60 -> important', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, linked: [{ staff: 40, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'important' },
		// 8m + 3m = 11m > 10m and 8m + 3m = 11m > 10m -> medium.
		{ name: 'linked enterprises count in full for the euro figures too: 8m + 3m / 8m + 3m -> important', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, turnoverEur: 8 * M, balanceSheetEur: 8 * M, linked: [{ staff: 0, turnoverEur: 3 * M, balanceSheetEur: 3 * M }] } }), category: 'important' },
		// 20 + 30 % of 100 = 50 -> medium.
		{ name: 'partners count pro rata: 20 + 30 % of 100 = 50 -> important', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, partners: [{ sharePercent: 30, staff: 100, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'important' },
		// 20 + 25 % of 100 = 45 < 50 -> small.
		{ name: 'partners count pro rata: 20 + 25 % of 100 = 45 -> not affected', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, partners: [{ sharePercent: 25, staff: 100, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'not_affected' },
		// A 20 % holding is not a partner enterprise: 20 own staff only -> small; the user is told.
		{ name: 'holdings below 25 % do not count: 20 + (20 % of 200, ignored) -> not affected, with a warning', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, partners: [{ sharePercent: 20, staff: 200, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'not_affected', warnings: ['W-PARTNER-BELOW-THRESHOLD'] },
		// itIndependent yes -> only own figures: 20 -> small.
		{ name: 'IT independence (§28(4)): itIndependent yes -> only own figures (20, not 60) -> not affected', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, itIndependent: 'yes', linked: [{ staff: 40, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'not_affected' },
		{ name: 'IT independence (§28(4)): partners are dropped too', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, itIndependent: 'yes', partners: [{ sharePercent: 40, staff: 100, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'not_affected' },
		// unknown: with the others 60 (important), without 20 (not affected) -> uncertain.
		{ name: 'itIndependent unknown where it matters -> uncertain, clarify names it', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, itIndependent: 'unknown', linked: [{ staff: 40, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'uncertain', possible: ['important', 'not_affected'], clarify: ['C-IT-INDEPENDENT'] },
		// 20 + 5 = 25 or 20: small either way.
		{ name: 'itIndependent unknown where it does not matter -> decided', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 20, itIndependent: 'unknown', linked: [{ staff: 5, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'not_affected' },
		// 6. Anlage 2 is never essential by size.
		{ name: 'Anlage 2 never essential by size: 300-person machinery maker -> important', profile: profile({ activities: ['A2-5.4.1'], size: { staff: 300 } }), category: 'important', basis: ['R-ANLAGE-MEDIUM'] },
		{ name: 'Anlage 2 never essential by size: huge finances too -> important', profile: profile({ activities: ['A2-3.1.1', 'A2-6.1.1'], size: { staff: 5000, turnoverEur: 900 * M, balanceSheetEur: 900 * M } }), category: 'important' }
	])('$name', run);
});

describe('unknown answers ("don\'t know")', () => {
	it.each<Case>([
		// staff unknown, finances 1m/1m: staff < 50 -> small -> not affected; >= 50 -> important.
		{ name: 'unknown staff that matters -> uncertain, clarify staff only', profile: profile({ activities: ['A2-5.4.1'], size: { staff: null } }), category: 'uncertain', possible: ['important', 'not_affected'], clarify: ['C-STAFF'] },
		// No activity and no special type: size cannot matter.
		{ name: 'unknown size without any activity -> decided not affected', profile: profile({ size: { staff: null, turnoverEur: null, balanceSheetEur: null } }), category: 'not_affected' },
		// Anlage 1 with all figures open: small, medium and large are all possible.
		{ name: 'all figures unknown with an Anlage-1 row -> all three outcomes, all three figures to clarify', profile: profile({ activities: ['A1-1.1.1'], size: { staff: null, turnoverEur: null, balanceSheetEur: null } }), category: 'uncertain', possible: ['essential', 'important', 'not_affected'], clarify: ['C-STAFF', 'C-TURNOVER', 'C-BALANCE'] },
		// balance 5m is not > 10m, so the AND pair fails whatever the turnover: decided small.
		{ name: 'unknown turnover is decided away when the balance sheet is below its threshold', profile: profile({ activities: ['A1-1.1.1'], size: { turnoverEur: null, balanceSheetEur: 5 * M } }), category: 'not_affected' },
		// balance 45m > 43m: turnover decides small/medium/large -> only turnover to clarify.
		{ name: 'unknown turnover with a large balance sheet -> only turnover to clarify', profile: profile({ activities: ['A1-1.1.1'], size: { turnoverEur: null, balanceSheetEur: 45 * M } }), category: 'uncertain', possible: ['essential', 'important', 'not_affected'], clarify: ['C-TURNOVER'] },
		{ name: 'unknown turnover with 300 staff -> large anyway -> decided', profile: profile({ activities: ['A1-1.1.1'], size: { staff: 300, turnoverEur: null, balanceSheetEur: null } }), category: 'essential' },
		{ name: 'KRITIS unknown on its own -> uncertain', profile: profile({ kritisOperator: 'unknown' }), category: 'uncertain', possible: ['essential', 'not_affected'], clarify: ['C-KRITIS'] },
		// Essential either way, but only a KRITIS operator has the §31 and §39 duties: still asked.
		{ name: 'KRITIS unknown with a DNS service: essential, KRITIS still to clarify for its duties', profile: profile({ kritisOperator: 'unknown', dnsServiceProvider: 'yes' }), category: 'essential', basis: ['R-DNS'], clarify: ['C-KRITIS'] },
		{ name: 'trust service unknown, small -> three outcomes', profile: profile({ trustServiceProvider: 'unknown' }), category: 'uncertain', possible: ['essential', 'important', 'not_affected'], clarify: ['C-TRUST'] },
		// Row A1-6.1.7 chosen: the answer can only be qualified (essential) or non-qualified (small -> important).
		{ name: 'trust row chosen, qualification unknown, small -> essential or important', profile: profile({ activities: ['A1-6.1.7'], trustServiceProvider: 'unknown' }), category: 'uncertain', possible: ['essential', 'important'], clarify: ['C-TRUST'] },
		// qualified -> R-QTSP; non-qualified + large -> R-ANLAGE1-LARGE: essential either way; R-ANLAGE1-LARGE holds in both.
		{ name: 'trust row chosen, qualification unknown, large -> essential either way', profile: profile({ activities: ['A1-6.1.7'], trustServiceProvider: 'unknown', size: { staff: 300 } }), category: 'essential', basis: ['R-ANLAGE1-LARGE'] },
		// telecom yes: small -> important, medium+ -> essential; telecom no: not affected.
		{ name: 'telecom and staff unknown -> both to clarify', profile: profile({ publicTelecom: 'unknown', size: { staff: null } }), category: 'uncertain', possible: ['essential', 'important', 'not_affected'], clarify: ['C-TELECOM', 'C-STAFF'] },
		{ name: 'an unsure activity that matters -> uncertain, clarify names the row', profile: profile({ unsureActivities: ['A2-5.4.1'], size: { staff: 60 } }), category: 'uncertain', possible: ['important', 'not_affected'], clarify: ['C-ACTIVITY'] },
		{ name: 'an unsure activity of a small company does not matter -> decided', profile: profile({ unsureActivities: ['A2-5.4.1'] }), category: 'not_affected' },
		{ name: 'unsure negligibility that matters -> uncertain, clarify names the row', profile: profile({ activities: ['A1-1.1.1'], unsureNegligible: ['A1-1.1.1'], size: { staff: 60 } }), category: 'uncertain', possible: ['important', 'not_affected'], clarify: ['C-NEGLIGIBLE'] },
		{ name: 'an unsure row does not matter when a certain row of the same Anlage counts', profile: profile({ activities: ['A2-5.3.1'], unsureActivities: ['A2-5.4.1'], size: { staff: 60 } }), category: 'important' }
	])('$name', run);

	it('clarify entries for rows carry the row id and its name in the question', () => {
		const v = classifyNis2(rules, profile({ unsureActivities: ['A2-5.4.1'], size: { staff: 60 } }));
		expect(v.clarify).toHaveLength(1);
		expect(v.clarify[0]?.rowId).toBe('A2-5.4.1');
		expect(v.clarify[0]?.question.de).toContain('Maschinenbau');
		expect(v.clarify[0]?.question.de).not.toContain('{row}');
		expect(v.clarify[0]?.whom.de.length).toBeGreaterThan(0);
	});

	it('uncertain: basis lists what is certain in every case, duties are empty', () => {
		// Telecom yes for sure, size open: at least important (small), essential if medium or larger.
		const v = classifyNis2(rules, profile({ publicTelecom: 'yes', size: { staff: null } }));
		expect(v.category).toBe('uncertain');
		expect(v.possibleCategories).toEqual(['essential', 'important']);
		expect(v.basis).toEqual([]);
		expect(v.duties).toEqual([]);
		// Registrar for sure, KRITIS open: registration is certain.
		const w = classifyNis2(rules, profile({ domainRegistrar: 'yes', kritisOperator: 'unknown' }));
		expect(w.basis.map((b) => b.ruleId)).toEqual(['R-DOMAIN-REGISTRAR']);
	});
});

describe('negligible activities (§28(3))', () => {
	it.each<Case>([
		{ name: 'a negligible Anlage-1 activity is dropped: 300 staff -> not affected', profile: profile({ activities: ['A1-1.1.1'], negligibleActivities: ['A1-1.1.1'], size: { staff: 300 } }), category: 'not_affected' },
		{ name: 'only the negligible row is dropped: Anlage 1 negligible, Anlage 2 counts, 300 staff -> important', profile: profile({ activities: ['A1-1.1.1', 'A2-5.4.1'], negligibleActivities: ['A1-1.1.1'], size: { staff: 300 } }), category: 'important' },
		{ name: 'negligible does not apply to KRITIS', profile: profile({ activities: ['A1-1.1.1'], negligibleActivities: ['A1-1.1.1'], kritisOperator: 'yes' }), category: 'essential', basis: ['R-KRITIS'] },
		{ name: 'negligible does not apply to DNS: the mark is ignored with a warning', profile: profile({ activities: ['A1-6.1.2'], negligibleActivities: ['A1-6.1.2'], dnsServiceProvider: 'unknown', size: { staff: 3 } }), category: 'essential', basis: ['R-DNS'], warnings: ['W-NEGLIGIBLE-NOT-APPLICABLE'] },
		{ name: 'negligible does not apply to telecom', profile: profile({ activities: ['A1-6.1.8'], negligibleActivities: ['A1-6.1.8'], publicTelecom: 'yes' }), category: 'important', warnings: ['W-NEGLIGIBLE-NOT-APPLICABLE'] }
	])('$name', run);
});

describe('contradictory input is pointed out', () => {
	it.each<Case>([
		{ name: 'negligible but not chosen -> warning, ignored', profile: profile({ negligibleActivities: ['A2-4.1.1'] }), category: 'not_affected', warnings: ['W-NEGLIGIBLE-NOT-CHOSEN'] },
		// The chosen row A1-6.1.2 is the DNS entity type; it wins over the 'no'.
		{ name: 'row A1-6.1.2 chosen but dnsServiceProvider "no" -> warning, row counts -> essential', profile: profile({ activities: ['A1-6.1.2'], dnsServiceProvider: 'no', size: { staff: 3 } }), category: 'essential', warnings: ['W-SPECIAL-CONTRADICTION'] },
		{ name: 'an activity both chosen and unsure counts as unsure', profile: profile({ activities: ['A2-5.4.1'], unsureActivities: ['A2-5.4.1'], size: { staff: 60 } }), category: 'uncertain', clarify: ['C-ACTIVITY'], warnings: ['W-ACTIVITY-ALSO-UNSURE'] },
		{ name: 'negligible and unsure-negligible together count as unsure', profile: profile({ activities: ['A2-5.4.1'], negligibleActivities: ['A2-5.4.1'], unsureNegligible: ['A2-5.4.1'], size: { staff: 60 } }), category: 'uncertain', clarify: ['C-NEGLIGIBLE'], warnings: ['W-NEGLIGIBLE-BOTH'] },
		{ name: 'a partner share over 50 % is probably a linked enterprise -> warning', profile: profile({ size: { partners: [{ sharePercent: 60, staff: 10, turnoverEur: 0, balanceSheetEur: 0 }] } }), category: 'not_affected', warnings: ['W-PARTNER-LIKELY-LINKED'] }
	])('$name', run);

	it('warning texts name the rows and have no placeholders left', () => {
		const v = classifyNis2(rules, profile({ activities: ['A1-6.1.2'], dnsServiceProvider: 'no' }));
		expect(v.warnings[0]?.items).toEqual(['A1-6.1.2']);
		expect(v.warnings[0]?.text.de).toContain('DNS-Diensteanbieter');
		expect(v.warnings[0]?.text.en).toContain('DNS service providers');
		const p = classifyNis2(rules, profile({ size: { partners: [{ sharePercent: 10, staff: 1, turnoverEur: 0, balanceSheetEur: 0 }] } }));
		expect(p.warnings[0]?.text.de).toContain('25 %');
		expect(p.warnings[0]?.items).toEqual(['1']);
		for (const w of [...v.warnings, ...p.warnings]) expect(`${w.text.de} ${w.text.en}`).not.toMatch(/\{\w+\}/);
	});
});

describe('malformed input throws (a programming error)', () => {
	it.each<[string, Nis2Profile, RegExp]>([
		['unknown activity ids are named', profile({ activities: ['A9-1.1.1', 'A1-1.1.1', 'X'] }), /A9-1\.1\.1.*X|unknown activity ids: A9-1\.1\.1, X/],
		['unknown ids in negligibleActivities', profile({ negligibleActivities: ['A1-99.1.1'] }), /A1-99\.1\.1/],
		['negative staff', profile({ size: { staff: -1 } }), /\/size\/staff/],
		['non-finite turnover', profile({ size: { turnoverEur: Number.NaN } }), /\/size\/turnoverEur/],
		['infinite balance sheet', profile({ size: { balanceSheetEur: Number.POSITIVE_INFINITY } }), /\/size\/balanceSheetEur/],
		['negative linked figure', profile({ size: { linked: [{ staff: 1, turnoverEur: -5, balanceSheetEur: 0 }] } }), /\/size\/linked\/0\/turnoverEur/],
		['share 0 %', profile({ size: { partners: [{ sharePercent: 0, staff: 1, turnoverEur: 0, balanceSheetEur: 0 }] } }), /sharePercent/],
		['share over 100 %', profile({ size: { partners: [{ sharePercent: 100.5, staff: 1, turnoverEur: 0, balanceSheetEur: 0 }] } }), /sharePercent/],
		['an invalid tri-state', { ...profile(), kritisOperator: 'maybe' as never }, /kritisOperator/]
	])('%s', (_name, p, message) => {
		expect(() => classifyNis2(rules, p)).toThrow(Error);
		expect(() => classifyNis2(rules, p)).toThrow(message);
	});

	it('a share of exactly 100 % is allowed', () => {
		expect(() => classifyNis2(rules, profile({ size: { partners: [{ sharePercent: 100, staff: 1, turnoverEur: 0, balanceSheetEur: 0 }] } }))).not.toThrow();
	});
});

describe('the three reference companies', () => {
	it('a 20-person bakery supplying shops is not affected (bakery retail is not food wholesale or industry)', () => {
		// The UI sends no activity for a craft bakery with its own shops; 20 < 50 and 1.5m/0.8m -> small anyway.
		const bakery = profile({ size: { staff: 20, turnoverEur: 1_500_000, balanceSheetEur: 800_000 } });
		const v = check({ name: 'bakery', profile: bakery, category: 'not_affected', basis: ['R-NONE'] });
		expect(v.notes.map((n) => n.id)).toContain('N-SUPPLY-CHAIN');
		expect(v.duties.map((d) => d.id)).toEqual(['D-DOCUMENT-RESULT']);
		// Even if someone ticks food production and marks it negligible, or not: small -> not affected.
		expect(classifyNis2(rules, { ...bakery, activities: ['A2-4.1.1'], negligibleActivities: ['A2-4.1.1'] }).category).toBe('not_affected');
		expect(classifyNis2(rules, { ...bakery, activities: ['A2-4.1.1'] }).category).toBe('not_affected');
	});

	it('a 60-person machinery maker (8m turnover, 6m balance) is important', () => {
		// 60 >= 50 -> medium (finances 8m/6m are not over 10m, but staff alone suffices); Anlage 2 -> important.
		const v = check({
			name: 'machinery',
			profile: profile({ activities: ['A2-5.4.1'], size: { staff: 60, turnoverEur: 8 * M, balanceSheetEur: 6 * M } }),
			category: 'important',
			basis: ['R-ANLAGE-MEDIUM']
		});
		expect(v.basis[0]?.legalBasis).toBe('§ 28 Abs. 2 Nr. 3 BSIG');
		const duties = v.duties.map((d) => d.id);
		expect(duties).toEqual(
			expect.arrayContaining(['D-RISK-MEASURES', 'D-INCIDENT-REPORTING', 'D-REGISTRATION', 'D-REGISTRATION-CHANGES', 'D-MANAGEMENT', 'D-SUPERVISION-IMPORTANT', 'D-FINES-IMPORTANT', 'D-FINES-REGISTRATION'])
		);
		expect(duties).not.toContain('D-SUPERVISION-ESSENTIAL');
		expect(duties).not.toContain('D-FINES-ESSENTIAL');
		expect(duties).not.toContain('D-KRITIS-DETECTION');
		expect(duties).not.toContain('D-REGISTRATION-DIGITAL');
		const reporting = v.duties.find((d) => d.id === 'D-INCIDENT-REPORTING');
		expect(reporting?.deadlines.map((d) => d.period)).toEqual(['PT24H', 'PT72H', 'P1M']);
		expect(v.duties.find((d) => d.id === 'D-REGISTRATION')?.deadlines.map((d) => d.period)).toEqual(['P3M']);
		expect(v.duties.find((d) => d.id === 'D-REGISTRATION-CHANGES')?.deadlines.map((d) => d.period)).toEqual(['P2W']);
		expect(v.duties.find((d) => d.id === 'D-FINES-IMPORTANT')?.fine).toMatchObject({ maxEur: 7_000_000, maxTurnoverPercent: 1.4, legalBasis: '§ 65 Abs. 5 Satz 1 Nr. 1 Buchst. b, Abs. 7 und 8 BSIG' });
		expect(v.duties.find((d) => d.id === 'D-RISK-MEASURES')?.measures.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
		expect(v.notes.map((n) => n.id)).not.toContain('N-SUPPLY-CHAIN');
	});

	it.each<[string, Partial<Nis2Profile>]>([
		['row A1-6.1.2 chosen, DNS question not answered yet', { activities: ['A1-6.1.2'], dnsServiceProvider: 'unknown' }],
		['DNS question answered yes, no row chosen', { dnsServiceProvider: 'yes' }],
		['both', { activities: ['A1-6.1.2'], dnsServiceProvider: 'yes' }]
	])('a 3-person web hoster running DNS for its customers is essential (%s)', (_name, changes) => {
		const v = check({ name: 'web hoster', profile: profile({ ...changes, size: { staff: 3, turnoverEur: 300_000, balanceSheetEur: 100_000 } }), category: 'essential', basis: ['R-DNS'] });
		expect(v.basis[0]?.legalBasis).toBe('§ 28 Abs. 1 Nr. 2 BSIG');
		const duties = v.duties.map((d) => d.id);
		expect(duties).toEqual(expect.arrayContaining(['D-SUPERVISION-ESSENTIAL', 'D-FINES-ESSENTIAL', 'D-REGISTRATION-DIGITAL']));
		expect(v.duties.find((d) => d.id === 'D-FINES-ESSENTIAL')?.fine).toMatchObject({ maxEur: 10_000_000, maxTurnoverPercent: 2, legalBasis: '§ 65 Abs. 5 Satz 1 Nr. 1 Buchst. a, Abs. 6 und 8 BSIG' });
	});
});
