// The duties, notes and metadata of a verdict, against the real rules file.
import { describe, expect, it } from 'vitest';
import { classifyNis2, type Nis2Profile } from '$lib/engine/nis2';
import { currentNis2Rules as rules } from '$lib/engine';
import { nis2Profile as profile } from '$test-data/factories/nis2-profile';

describe('duties, notes and metadata', () => {
	it('KRITIS operators get §31 and §39 duties, others do not', () => {
		const kritis = classifyNis2(rules, profile({ kritisOperator: 'yes' })).duties.map((d) => d.id);
		expect(kritis).toEqual(expect.arrayContaining(['D-KRITIS-DETECTION', 'D-KRITIS-PROOF']));
		const large = classifyNis2(rules, profile({ activities: ['A1-1.1.1'], size: { staff: 300 } })).duties.map((d) => d.id);
		expect(large).not.toContain('D-KRITIS-DETECTION');
	});

	it('registration only: §33 registration and §§49–51 duties, no risk-management duties', () => {
		const duties = classifyNis2(rules, profile({ domainRegistrar: 'yes' })).duties;
		expect(duties.map((d) => d.id)).toEqual(expect.arrayContaining(['D-REGISTRATION', 'D-DOMAIN-DATA']));
		expect(duties.map((d) => d.id)).not.toContain('D-RISK-MEASURES');
		expect(duties.find((d) => d.id === 'D-DOMAIN-DATA')?.legalBasis).toBe('§§ 49–51 BSIG');
	});

	it.each<[string, Partial<Nis2Profile>, string]>([
		['DORA for a credit institution', { activities: ['A1-3.1.1'] }, 'N-DORA'],
		['DORA for a trading venue', { activities: ['A1-3.2.1'] }, 'N-DORA'],
		['TKG for public telecom answered yes', { publicTelecom: 'yes' }, 'N-TKG'],
		['TKG for the telecom service row', { activities: ['A1-6.1.9'] }, 'N-TKG'],
		['EnWG for an electricity distribution network', { activities: ['A1-1.1.2'] }, 'N-ENWG'],
		['EnWG for a gas distribution network', { activities: ['A1-1.4.1'] }, 'N-ENWG'],
		['per legal entity, always', {}, 'N-PER-ENTITY'],
		['indirect supply-chain effect when not affected', {}, 'N-SUPPLY-CHAIN'],
		['negligible activities need reasons', { activities: ['A2-5.4.1'], negligibleActivities: ['A2-5.4.1'] }, 'N-NEGLIGIBLE']
	])('note: %s', (_name, changes, note) => {
		expect(classifyNis2(rules, profile(changes)).notes.map((n) => n.id)).toContain(note);
	});

	it('no overlay note without a reason: an electricity supplier gets no EnWG note', () => {
		const notes = classifyNis2(rules, profile({ activities: ['A1-1.1.1'] })).notes.map((n) => n.id);
		expect(notes).not.toContain('N-ENWG');
		expect(notes).not.toContain('N-DORA');
		expect(notes).not.toContain('N-TKG');
	});

	it('two-consecutive-years note near a threshold (48 staff), not far from it (20 staff)', () => {
		expect(classifyNis2(rules, profile({ size: { staff: 48 } })).notes.map((n) => n.id)).toContain('N-SIZE-TWO-YEARS');
		expect(classifyNis2(rules, profile({ size: { staff: 20 } })).notes.map((n) => n.id)).not.toContain('N-SIZE-TWO-YEARS');
		// 9.5m turnover is within 10 % of 10m.
		expect(classifyNis2(rules, profile({ size: { turnoverEur: 9_500_000 } })).notes.map((n) => n.id)).toContain('N-SIZE-TWO-YEARS');
	});

	it('the verdict names the legal state, the rules id and the disclaimer', () => {
		const v = classifyNis2(rules, profile());
		expect(v.legalState).toBe('2025-12-06');
		expect(v.rulesId).toBe('bsig-2025-12-r2');
		expect(v.disclaimer.de).toMatch(/keine Rechtsberatung/);
		expect(v.disclaimer.en).toMatch(/not legal advice/);
		expect(v.sizeClasses).toEqual(['small']);
	});

	it('sizeClasses lists what is still possible', () => {
		expect(classifyNis2(rules, profile({ size: { staff: null } })).sizeClasses).toEqual(['large', 'medium', 'small']);
		expect(classifyNis2(rules, profile({ size: { staff: 60 } })).sizeClasses).toEqual(['medium']);
	});

	it('does not modify the profile or the rules', () => {
		const p = profile({ activities: ['A1-6.1.2'], dnsServiceProvider: 'no', negligibleActivities: ['A1-6.1.2'], size: { staff: null } });
		const before = JSON.stringify(p);
		const rulesBefore = JSON.stringify(rules);
		classifyNis2(rules, p);
		expect(JSON.stringify(p)).toBe(before);
		expect(JSON.stringify(rules)).toBe(rulesBefore);
	});
});
