import { describe, expect, it } from 'vitest';
import { migrateAnswers, MigrationError, parseCatalogue, type RequirementResponse } from '$lib/engine';
import { makeCatalogue } from '$test-data/factories/catalogue';

// Test-only catalogue versions: 2000.1 has 01–04; 2000.2 drops 02, renumbers 03 → 02 and 04 → 03,
// adds a new 04, and changes the meaning of (new) 03; 2000.3 changes nothing but its texts.
const v1 = makeCatalogue([{ id: '01' }, { id: '02' }, { id: '03' }, { id: '04' }], { version: '2000.1' });
const v2 = parseCatalogue(
	makeCatalogue([{ id: '01' }, { id: '02' }, { id: '03' }, { id: '04' }], {
		version: '2000.2',
		migratesFrom: [{ version: '2000.1', requirements: { '02': null, '03': '02', '04': '03' }, reanswer: ['03'] }]
	})
);
const v3 = parseCatalogue(
	makeCatalogue([{ id: '01' }, { id: '02' }, { id: '03' }, { id: '04' }], {
		version: '2000.3',
		migratesFrom: [{ version: '2000.2', requirements: {} }]
	})
);
const all = [v1, v2, v3];
const yes: RequirementResponse = { parts: { a: 'fulfilled' } };
const no: RequirementResponse = { parts: { a: 'not_fulfilled' } };

describe('migrateAnswers', () => {
	it('maps, drops and asks again exactly as the newer catalogue declares', () => {
		const { data, report } = migrateAnswers(all, '2000.1', v2, {
			responses: { '01': yes, '02': no, '03': yes, '04': no },
			notes: { '02': 'gone', '03': 'moved', '04': 'kept for re-answer' }
		});
		expect(data.responses).toEqual({ '01': yes, '02': yes });
		expect(data.notes).toEqual({ '02': 'moved', '03': 'kept for re-answer' });
		expect(report).toEqual({ from: '2000.1', to: '2000.2', dropped: ['02'], reanswer: ['03'], renumbered: { '03': '02', '04': '03' } });
	});

	it('steps through every version in between and reports against the original numbers', () => {
		const { data, report } = migrateAnswers(all, '2000.1', v3, { responses: { '03': yes }, notes: {} });
		expect(data.responses).toEqual({ '02': yes });
		expect(report.renumbered).toEqual({ '03': '02' });
		expect(report.to).toBe('2000.3');
	});

	it('changes nothing when the check already uses the target version', () => {
		const input = { responses: { '01': yes }, notes: { '01': 'n' } };
		const { data, report } = migrateAnswers(all, '2000.3', v3, input);
		expect(data).toEqual(input);
		expect(report).toEqual({ from: '2000.3', to: '2000.3', dropped: [], reanswer: [], renumbered: {} });
	});

	it('refuses a check from a newer catalogue than the app knows', () => {
		expect(() => migrateAnswers(all, '2001.1', v3, { responses: {}, notes: {} })).toThrow(MigrationError);
	});

	it('refuses a step that declares no mapping', () => {
		const orphan = makeCatalogue([{ id: '01' }], { version: '2000.4' });
		expect(() => migrateAnswers([...all, orphan], '2000.1', orphan, { responses: {}, notes: {} })).toThrow(
			'Catalogue 2000.4 declares no migration from 2000.3.'
		);
	});

	it('refuses a mapping that puts two requirements onto one', () => {
		const clash = makeCatalogue([{ id: '01' }, { id: '02' }], {
			version: '2000.2',
			migratesFrom: [{ version: '2000.1', requirements: { '03': '01' } }]
		});
		expect(() => migrateAnswers([v1, clash], '2000.1', clash, { responses: { '01': yes, '03': no }, notes: {} })).toThrow(
			/maps two requirements onto 01/
		);
	});
});
