// The corrections of rules revision 2, one table row each, against the real rules file. The
// expected duties are read from the law: §28(5)/(6) BSIG (DORA, TKG, EnWG take the place of
// §§30–32, 35, 36, 38, 39), §31 and §39 only for operators of critical installations, §34 for
// DNS, TLD, registrars and the digital services of Anlage 1 no. 6 / Anlage 2 no. 6.
import { describe, expect, it } from 'vitest';
import { classifyNis2, type Nis2Category, type Nis2Profile } from '$lib/engine/nis2';
import { currentNis2Rules as rules } from '$lib/engine';
import { nis2Profile as profile } from '$test-data/factories/nis2-profile';

interface Correction {
	name: string;
	profile: Nis2Profile;
	category: Nis2Category;
	/** duties that must apply (by id) */
	has?: string[];
	/** duties that must not apply */
	hasNot?: string[];
	/** duties that apply only if an open answer goes one way */
	possible?: string[];
	/** duties an overlay takes over, with the overlay */
	removedBy?: Record<string, string>;
	clarify?: string[];
	notes?: string[];
	basis?: string[];
}

/** §§30, 31, 32, 35, 38, 39 BSIG and the fines that go with them (§36 is a BSI order, not a duty of its own). */
const DORA_REMOVED = ['D-RISK-MEASURES', 'D-KRITIS-DETECTION', 'D-INCIDENT-REPORTING', 'D-INFORM-RECIPIENTS', 'D-INFORM-RECIPIENTS-THREATS', 'D-MANAGEMENT', 'D-KRITIS-PROOF'];

const cases: Correction[] = [
	{
		// 300 staff -> large; credit institution is Anlage 1 -> essential; DORA takes §§30–39.
		name: 'a large bank (DORA): essential, registration stays, the §§30, 31, 32, 35, 38, 39 duties go to DORA',
		profile: profile({ activities: ['A1-3.1.1'], kritisOperator: 'yes', size: { staff: 300 } }),
		category: 'essential',
		has: ['D-REGISTRATION', 'D-REGISTRATION-CHANGES', 'D-SUPERVISION-ESSENTIAL', 'D-FINES-REGISTRATION'],
		hasNot: [...DORA_REMOVED, 'D-FINES-ESSENTIAL', 'D-FINES-KRITIS-PROOF'],
		removedBy: Object.fromEntries(DORA_REMOVED.map((id) => [id, 'N-DORA'])),
		notes: ['N-DORA']
	},
	{
		// Large hospital: essential by size (R-ANLAGE1-LARGE) whatever the KRITIS answer, but §31/§39 hang on it.
		name: 'a 300-person hospital, KRITIS unknown: essential, KRITIS to clarify because §31 and §39 depend on it',
		profile: profile({ activities: ['A1-4.1.1'], kritisOperator: 'unknown', size: { staff: 300 } }),
		category: 'essential',
		basis: ['R-ANLAGE1-LARGE'],
		has: ['D-RISK-MEASURES', 'D-INCIDENT-REPORTING', 'D-REGISTRATION', 'D-MANAGEMENT'],
		hasNot: ['D-KRITIS-DETECTION', 'D-KRITIS-PROOF'],
		possible: ['D-KRITIS-DETECTION', 'D-KRITIS-PROOF', 'D-FINES-KRITIS-PROOF'],
		clarify: ['C-KRITIS']
	},
	{
		name: 'a 300-person hospital operating a critical installation: §31 attack detection and §39 proof',
		profile: profile({ activities: ['A1-4.1.1'], kritisOperator: 'yes', size: { staff: 300 } }),
		category: 'essential',
		has: ['D-KRITIS-DETECTION', 'D-KRITIS-PROOF', 'D-FINES-KRITIS-PROOF', 'D-RISK-MEASURES']
	},
	{
		// Non-qualified trust services are at least important (§28(2) Nr. 1), large ones essential by §28(1) Nr. 4.
		name: 'a large non-qualified trust service provider is essential',
		profile: profile({ activities: ['A1-6.1.7'], trustServiceProvider: 'non_qualified', size: { staff: 300 } }),
		category: 'essential',
		basis: ['R-ANLAGE1-LARGE'],
		has: ['D-SUPERVISION-ESSENTIAL', 'D-FINES-ESSENTIAL']
	},
	{
		name: 'a small non-qualified trust service provider is important',
		profile: profile({ activities: ['A1-6.1.7'], trustServiceProvider: 'non_qualified', size: { staff: 10 } }),
		category: 'important',
		basis: ['R-NQTSP']
	},
	{
		// 60 staff -> medium; Anlage 1 -> important; §5c EnWG for an installation connected to the grid.
		name: 'a medium electricity producer: important, with the EnWG note, the BSIG security duties taken by §§5c–5e EnWG',
		profile: profile({ activities: ['A1-1.1.4'], size: { staff: 60 } }),
		category: 'important',
		has: ['D-REGISTRATION'],
		hasNot: ['D-RISK-MEASURES', 'D-INCIDENT-REPORTING', 'D-MANAGEMENT'],
		removedBy: { 'D-RISK-MEASURES': 'N-ENWG', 'D-INCIDENT-REPORTING': 'N-ENWG', 'D-MANAGEMENT': 'N-ENWG' },
		notes: ['N-ENWG']
	},
	{
		// §28(5) sentence 2 ("soweit"): a data centre beside the power plant keeps the BSIG duties.
		name: 'an electricity producer that also runs a data centre keeps the BSIG duties (EnWG only covers the plant)',
		profile: profile({ activities: ['A1-1.1.4', 'A1-6.1.5'], size: { staff: 60 } }),
		category: 'important',
		has: ['D-RISK-MEASURES', 'D-INCIDENT-REPORTING', 'D-MANAGEMENT'],
		notes: ['N-ENWG']
	},
	{
		name: 'an aggregator gets the note to check whether §5c EnWG applies, and keeps the BSIG duties meanwhile',
		profile: profile({ activities: ['A1-1.1.6'], size: { staff: 60 } }),
		category: 'important',
		has: ['D-RISK-MEASURES', 'D-INCIDENT-REPORTING'],
		notes: ['N-ENWG-CHECK']
	},
	{
		name: 'a domain registrar: registration with the §34 data and the §§49–51 duties',
		profile: profile({ domainRegistrar: 'yes' }),
		category: 'registration_only',
		has: ['D-REGISTRATION', 'D-REGISTRATION-DIGITAL', 'D-DOMAIN-DATA'],
		hasNot: ['D-RISK-MEASURES', 'D-INCIDENT-REPORTING']
	},
	{
		// 60 staff -> medium; MSP is Anlage 1 no. 6 -> important.
		name: 'a medium managed service provider: §30, §32, §33, §34, §35, §38',
		profile: profile({ activities: ['A1-6.1.10'], size: { staff: 60 } }),
		category: 'important',
		has: ['D-RISK-MEASURES', 'D-INCIDENT-REPORTING', 'D-REGISTRATION', 'D-REGISTRATION-DIGITAL', 'D-INFORM-RECIPIENTS', 'D-INFORM-RECIPIENTS-THREATS', 'D-MANAGEMENT', 'D-FINES-IMPORTANT'],
		hasNot: ['D-KRITIS-DETECTION', 'D-SUPERVISION-ESSENTIAL']
	},
	{
		// Public telecom: TKG takes §§30–39, 61, 62 for that activity.
		name: 'a small public telecom provider: important, TKG instead of the BSIG security duties',
		profile: profile({ publicTelecom: 'yes', activities: ['A1-6.1.9'] }),
		category: 'important',
		has: ['D-REGISTRATION'],
		hasNot: ['D-RISK-MEASURES', 'D-SUPERVISION-IMPORTANT'],
		removedBy: { 'D-RISK-MEASURES': 'N-TKG', 'D-SUPERVISION-IMPORTANT': 'N-TKG' },
		notes: ['N-TKG']
	},
	{
		// Unsure whether it is a bank: category decided (large, Anlage 1 either way), duties are not.
		name: 'unsure whether one activity is banking: the DORA duties to clarify, the row is named',
		profile: profile({ activities: ['A1-6.1.5'], unsureActivities: ['A1-3.1.1'], size: { staff: 300 } }),
		category: 'essential',
		possible: ['D-RISK-MEASURES', 'D-INCIDENT-REPORTING'],
		clarify: ['C-ACTIVITY']
	}
];

describe('rules revision 2: duties follow the law', () => {
	it.each(cases)('$name', (c) => {
		const v = classifyNis2(rules, c.profile);
		const ids = v.duties.map((d) => d.id);
		expect(v.category).toBe(c.category);
		if (c.basis) expect(v.basis.map((b) => b.ruleId)).toEqual(c.basis);
		expect(ids).toEqual(expect.arrayContaining(c.has ?? []));
		for (const id of c.hasNot ?? []) expect(ids).not.toContain(id);
		if (c.possible) expect(v.possibleDuties.map((d) => d.id)).toEqual(expect.arrayContaining(c.possible));
		else expect(v.possibleDuties).toEqual([]);
		for (const [id, by] of Object.entries(c.removedBy ?? {})) expect(v.removedDuties.find((r) => r.duty.id === id)?.by, id).toBe(by);
		if (!c.removedBy) expect(v.removedDuties).toEqual([]);
		expect(v.clarify.map((q) => q.id)).toEqual(c.clarify ?? []);
		for (const note of c.notes ?? []) expect(v.notes.map((n) => n.id)).toContain(note);
	});

	it.each<[string, Nis2Profile, string[]]>([
		['a medium MSP: register, set up reporting, then risk management and the management duties', profile({ activities: ['A1-6.1.10'], size: { staff: 60 } }), ['D-REGISTRATION', 'D-INCIDENT-REPORTING', 'D-RISK-MEASURES', 'D-MANAGEMENT', 'D-DOCUMENT-RESULT']],
		['a large bank: only registration (DORA takes the rest)', profile({ activities: ['A1-3.1.1'], size: { staff: 300 } }), ['D-REGISTRATION', 'D-DOCUMENT-RESULT']],
		['not affected: document the result', profile(), ['D-DOCUMENT-RESULT']],
		['uncertain: nothing yet (clarify comes first)', profile({ kritisOperator: 'unknown' }), []]
	])('what to do first – %s', (_name, p, expected) => {
		expect(classifyNis2(rules, p).firstSteps.map((d) => d.id)).toEqual(expected);
	});

	it('the unsure banking row is named in the question to clarify', () => {
		const v = classifyNis2(rules, profile({ activities: ['A1-6.1.5'], unsureActivities: ['A1-3.1.1'], size: { staff: 300 } }));
		expect(v.clarify[0]?.rowId).toBe('A1-3.1.1');
	});

	it('shows every fine once, with the paragraph of its maximum and the breaches it is for', () => {
		const v = classifyNis2(rules, profile({ activities: ['A1-6.1.10'], size: { staff: 60 } }));
		const fines = v.duties.filter((d) => d.fine);
		expect(fines.map((d) => d.id)).toEqual(['D-FINES-IMPORTANT', 'D-FINES-REGISTRATION']);
		for (const d of fines) expect(d.fine?.breaches?.de).toBeTruthy();
	});

	it('row texts no longer state what the engine contradicts', () => {
		const row = (id: string) => rules.rows.find((r) => r.id === id)!;
		expect(row('A1-6.1.7').explanation.de).not.toMatch(/immer wichtige/);
		expect(row('A1-6.1.7').explanation.de).toMatch(/große Anbieter/i);
		expect(row('A1-6.1.4').explanation.de).not.toMatch(/die diese selbst verwalten/);
		expect(row('A1-4.1.1').explanation.de).toMatch(/Apotheken/);
		expect(row('A1-4.1.1').explanation.de).toMatch(/Langzeitpflege[^.]*nicht/);
		// Interpretations are marked as such, not stated as fact.
		expect(row('A2-3.1.1').explanation.de).toMatch(/Hinweis zur Einschätzung: .*in der Regel/);
		expect(row('A2-4.1.1').explanation.de).toMatch(/Hinweis zur Einschätzung: .*in der Regel/);
		expect(row('A2-4.1.1').explanation.en).toMatch(/Assessment hint: .*usually/);
		const activity = rules.clarify.find((c) => c.id === 'C-ACTIVITY')!;
		expect(activity.question.de).toMatch(/entgeltlich|gegen Entgelt/);
	});

	it('every special-type question is a full sentence of its own in both languages', () => {
		for (const t of rules.specialTypes) {
			for (const lang of ['de', 'en'] as const) {
				const q = t.question?.[lang] ?? '';
				expect(q, `${t.id} ${lang}`).toMatch(/^[A-ZÄÖÜ].{20,}\?$/s);
				// Not the old template that glued a name into "Sind Sie …?" / "Are you a …?".
				expect(q).not.toMatch(/^(Sind Sie|Are you an? )/);
				expect(q).not.toMatch(/\{/);
			}
		}
	});
});
