import { describe, expect, it } from 'vitest';
import { carryOverNis2Profile, classifyNis2, currentNis2Rules, type Nis2Profile } from '$lib/engine';
import { readAssessmentFile } from '$lib/files/read-file';
import { exportAssessment } from '$lib/files/export';
import type { StoredNis2 } from '$lib/model/assessment';
import { makeAssessment } from '$test-data/factories/assessment';
import { nis2Profile } from '$test-data/factories/nis2-profile';

const machineryMaker: Nis2Profile = nis2Profile({ activities: ['A2-5.4.1'], size: { staff: 60, turnoverEur: 8_000_000, balanceSheetEur: 6_000_000 } });

function stored(profile: Nis2Profile, overrides: Partial<StoredNis2> = {}): StoredNis2 {
	const verdict = classifyNis2(currentNis2Rules, profile);
	return {
		rulesId: currentNis2Rules.id,
		legalState: currentNis2Rules.legalState,
		profile,
		updatedAt: '2026-11-26T10:00:00.000Z',
		result: { category: verdict.category, possibleCategories: verdict.possibleCategories },
		...overrides
	};
}

describe('NIS-2 answers in export files', () => {
	it('round-trip with the check; the result is recomputed, not taken from the file', async () => {
		const a = makeAssessment({}, { nis2: stored(machineryMaker) });
		const file = JSON.parse(exportAssessment(a, '1'));
		expect(file.assessment.nis2.result).toBeUndefined();
		const result = await readAssessmentFile(JSON.stringify(file));
		expect(result).toEqual({ ok: true, kind: 'assessment', assessments: [a], clients: [], refused: [], total: 1 });
		if (result.ok) expect(result.assessments[0]!.nis2!.result!.category).toBe('important');
	});

	it('carry answers from an older legal state over, marked for re-checking', async () => {
		const a = makeAssessment({}, { nis2: stored(machineryMaker, { rulesId: 'bsig-2024-01', legalState: '2024-01-01' }) });
		const result = await readAssessmentFile(exportAssessment(a, '1'));
		if (!result.ok) throw new Error(JSON.stringify(result.problem));
		expect(result.assessments[0]!.nis2).toMatchObject({ rulesId: currentNis2Rules.id, recheckFrom: '2024-01-01', result: { category: 'important' } });
	});

	it('recompute a result stored under an earlier revision of the same legal state, and keep what it said', async () => {
		// Revision 1 gave a large bank the BSIG risk-management duty; under DORA it does not apply.
		const bank = nis2Profile({ activities: ['A1-3.1.1'], size: { staff: 300 } });
		const a = makeAssessment({}, { nis2: stored(bank, { rulesId: 'bsig-2025-12', result: { category: 'essential', possibleCategories: ['essential'] } }) });
		const result = await readAssessmentFile(exportAssessment(a, '1'));
		if (!result.ok) throw new Error(JSON.stringify(result.problem));
		const nis2 = result.assessments[0]!.nis2!;
		expect(nis2).toMatchObject({ rulesId: 'bsig-2025-12-r2', result: { category: 'essential' }, revisedFrom: { rulesId: 'bsig-2025-12', category: 'essential' } });
		expect(nis2.revisedFrom!.duties).toContain('D-RISK-MEASURES');
		expect(nis2.recheckFrom).toBeUndefined();
		expect(classifyNis2(currentNis2Rules, nis2.profile).duties.map((d) => d.id)).not.toContain('D-RISK-MEASURES');
	});

	it('give no result for answers of revision 1 that never answered the activity step', async () => {
		// Revision 1 pre-answered every activity with "no"; revision 2 asks instead of assuming.
		const untouched = nis2Profile();
		const a = makeAssessment({}, { nis2: stored(untouched, { rulesId: 'bsig-2025-12', result: { category: 'not_affected', possibleCategories: ['not_affected'] } }) });
		const result = await readAssessmentFile(exportAssessment(a, '1'));
		if (!result.ok) throw new Error(JSON.stringify(result.problem));
		const nis2 = result.assessments[0]!.nis2!;
		expect(nis2.result).toBeUndefined();
		expect(nis2.revisedFrom).toEqual({ rulesId: 'bsig-2025-12', category: 'not_affected', duties: ['D-DOCUMENT-RESULT'] });
	});

	it('refuse answers under a newer legal state than the app knows', async () => {
		const a = makeAssessment({}, { nis2: stored(machineryMaker, { rulesId: 'bsig-2099-01', legalState: '2099-01-01' }) });
		expect(await readAssessmentFile(exportAssessment(a, '1'))).toMatchObject({ ok: false, problem: { code: 'newer_nis2_rules', detail: '2099-01-01' } });
	});

	it('refuse answers the engine cannot classify, and malformed ones', async () => {
		const unknownRow = makeAssessment({}, { nis2: stored(machineryMaker, { profile: { ...machineryMaker, activities: ['A9-9.9.9'] } }) });
		expect(await readAssessmentFile(exportAssessment(unknownRow, '1'))).toMatchObject({ ok: false, problem: { code: 'invalid' } });
		const file = JSON.parse(exportAssessment(makeAssessment({}, { nis2: stored(machineryMaker) }), '1'));
		file.assessment.nis2.profile.size.staff = -3;
		expect(await readAssessmentFile(JSON.stringify(file))).toMatchObject({ ok: false, problem: { code: 'invalid', path: '/assessment/nis2/profile/size/staff' } });
	});
});

describe('carryOverNis2Profile', () => {
	it('keeps known rows and drops the ones the new rules no longer have', async () => {
		const old = { ...machineryMaker, activities: ['A2-5.4.1', 'A2-9.9.9'], unsureActivities: ['A1-0.0.1'] };
		const { profile, droppedRows } = carryOverNis2Profile(old, currentNis2Rules);
		expect(profile.activities).toEqual(['A2-5.4.1']);
		expect(profile.unsureActivities).toEqual([]);
		expect(droppedRows).toEqual(['A2-9.9.9', 'A1-0.0.1']);
	});
});
