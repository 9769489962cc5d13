// The consultation report's fields in the file contract: participants, interview start and the
// consultant's qualification are optional, limited like the other fields, and come back from an
// export exactly as they went in; files made before them still read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAssessment, exportBackup } from '$lib/files/export';
import { readAssessmentFile } from '$lib/files/read-file';
import { problemOfRecord } from '$lib/files/record-check';
import { fileProblemMessage } from '$lib/i18n/file-problems';
import type { Assessment } from '$lib/model/assessment';
import { PARTICIPANT_NAME_MAX_LENGTH } from '$lib/model/limits';
import { makeAssessment } from '$test-data/factories/assessment';
import { consultationArb, makeConsultation } from '$test-data/factories/consultation';

const consulted = (overrides: Parameters<typeof makeConsultation>[0] = {}): Assessment => makeAssessment({ '01': 'fulfilled' }, { consultation: makeConsultation(overrides) });

describe('participants, interview start and qualification in export files', () => {
	it('round-trip unchanged', async () => {
		const a = consulted();
		const result = await readAssessmentFile(exportAssessment(a, '1.0.0'));
		expect(result).toEqual({ ok: true, kind: 'assessment', assessments: [a], clients: [], refused: [], total: 1 });
		if (result.ok) {
			expect(result.assessments[0]!.consultation!.participants).toEqual([
				{ name: 'Anna Schulz', role: 'management' },
				{ name: 'Tom Beck', role: 'it' }
			]);
			expect(result.assessments[0]!.consultation!.provider.qualification).toBe('Zertifizierte Beraterin DIN SPEC 27076, IHK');
			expect(result.assessments[0]!.consultation!.startedAt).toBe('2026-11-26T09:00:00.000Z');
		}
	});

	it('round-trip for any valid consultation, with or without the new fields (300 backups)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(consultationArb, { minLength: 1, maxLength: 3 }), async (consultations) => {
				const list = consultations.map((consultation) => makeAssessment({}, { consultation }));
				const result = await readAssessmentFile(exportBackup(list, '1.0.0'));
				expect(result).toEqual({ ok: true, kind: 'backup', assessments: list, clients: [], refused: [], total: list.length });
			}),
			{ numRuns: 300 }
		);
	});

	it('still read when made before the fields existed', async () => {
		const older = consulted({ participants: undefined, startedAt: undefined, provider: { company: 'IT-Service Nord GmbH', consultant: 'Jana Berg' } });
		const result = await readAssessmentFile(exportAssessment(older, '0.1.0'));
		expect(result.ok && result.assessments).toEqual([older]);
	});
});

describe('the contract refuses, naming the place', () => {
	const cases: [string, Parameters<typeof makeConsultation>[0], string, string][] = [
		['an over-long participant name', { participants: [{ name: 'x'.repeat(PARTICIPANT_NAME_MAX_LENGTH + 1), role: 'it' }] }, '/consultation/participants/0/name', 'length'],
		['an empty participant name', { participants: [{ name: '', role: 'it' }] }, '/consultation/participants/0/name', 'length'],
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a role no version of the app writes
		['an unknown role', { participants: [{ name: 'Tom', role: 'boss' as any }] }, '/consultation/participants/0/role', 'value'],
		['31 participants', { participants: Array.from({ length: 31 }, (_, i) => ({ name: `P${i}`, role: 'staff' as const })) }, '/consultation/participants', 'length'],
		['an over-long qualification', { provider: { company: 'IT-Service Nord GmbH', consultant: 'Jana Berg', qualification: 'q'.repeat(301) } }, '/consultation/provider/qualification', 'length'],
		['an interview start that is no moment', { startedAt: '2026-02-30T09:00:00.000Z' }, '/consultation/startedAt', 'date']
	];
	it.each(cases)('%s', (_, overrides, path, detail) => {
		const problem = problemOfRecord(consulted(overrides), null);
		expect(problem).toEqual({ code: 'invalid', path, detail });
		expect(fileProblemMessage(problem!).length).toBeGreaterThan(20);
	});

	it('takes a name of exactly the limit', () => {
		expect(problemOfRecord(consulted({ participants: [{ name: 'x'.repeat(PARTICIPANT_NAME_MAX_LENGTH), role: 'it' }] }), null)).toBeNull();
	});
});
