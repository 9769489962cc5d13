import { describe, expect, it } from 'vitest';
import { currentNis2Rules as rules } from '$lib/engine';
import { nis2Profile } from '$test-data/factories/nis2-profile';
import { emptyProfile } from './nis2-profile';
import { nis2Complete, nis2Progress } from './nis2-progress';

describe('nis2Progress', () => {
	it('a new check has nothing answered: no activity step, every special question open, all figures open', () => {
		const progress = nis2Progress(rules, emptyProfile());
		expect(progress.activitiesAnswered).toBe(false);
		expect(progress.openSpecial).toEqual(['kritisOperator', 'trustServiceProvider', 'tldRegistry', 'dnsServiceProvider', 'publicTelecom', 'domainRegistrar']);
		expect(progress.openSize).toEqual(['staff', 'turnoverEur', 'balanceSheetEur']);
		expect(progress.itIndependentOpen).toBe(false);
		expect(nis2Complete(progress)).toBe(false);
	});

	it.each([
		['a chosen row', { activities: ['A2-5.4.1'] }],
		['a row marked unsure', { unsureActivities: ['A2-5.4.1'] }],
		['"none of these applies"', { noActivity: true }]
	])('the activity step is answered by %s', (_name, changes) => {
		expect(nis2Progress(rules, { ...emptyProfile(), ...changes }).activitiesAnswered).toBe(true);
	});

	it('rows answered "does not apply" alone do not answer the step (the others are still open)', () => {
		expect(nis2Progress(rules, { ...emptyProfile(), notActivities: ['A2-5.4.1'] }).activitiesAnswered).toBe(false);
	});

	it('"don\'t know" is an answer; IT independence is asked only once other enterprises are entered', () => {
		const p = nis2Profile({ noActivity: true, kritisOperator: 'unknown', size: { itIndependent: undefined } });
		expect(nis2Progress(rules, p).openSpecial).toEqual([]);
		expect(nis2Complete(nis2Progress(rules, p))).toBe(true);
		const withPartner = { ...p, size: { ...p.size, partners: [{ sharePercent: 30, staff: 5, turnoverEur: 0, balanceSheetEur: 0 }] } };
		expect(nis2Progress(rules, withPartner).itIndependentOpen).toBe(true);
		expect(nis2Complete(nis2Progress(rules, withPartner))).toBe(false);
	});
});
