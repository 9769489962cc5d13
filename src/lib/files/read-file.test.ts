import { describe, expect, it } from 'vitest';
import { readAssessmentFile, type FileProblemCode } from '$lib/files/read-file';
import { exportAssessment, exportBackup } from '$lib/files/export';
import { fileProblemMessage } from '$lib/i18n/file-problems';
import { allAnswered, makeAssessment } from '$test-data/factories/assessment';

const sample = () => makeAssessment({ ...allAnswered('fulfilled'), '01': 'not_fulfilled', '07': 'not_relevant' }, { notes: { '05': 'Schulung „Phishing“ im März – 5 €' } });

/** The problem of the file, or of its first refused record. */
async function problemOf(text: string, size?: number): Promise<FileProblemCode | undefined> {
	const result = await readAssessmentFile(text, size);
	return result.ok ? result.refused[0]?.problem.code : result.problem.code;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary places of the file
function edited(change: (file: Record<string, any>) => void): string {
	const file = JSON.parse(exportAssessment(sample(), '1.0.0'));
	change(file);
	return JSON.stringify(file);
}

describe('export files', () => {
	it('round-trip a check unchanged', async () => {
		const a = sample();
		const result = await readAssessmentFile(exportAssessment(a, '1.0.0'));
		expect(result).toEqual({ ok: true, kind: 'assessment', assessments: [a], clients: [], refused: [], total: 1 });
	});

	it('round-trip a backup of several checks', async () => {
		const list = [sample(), makeAssessment(), makeAssessment({ '11': 'fulfilled' })];
		const result = await readAssessmentFile(exportBackup(list, '1.0.0'));
		expect(result).toEqual({ ok: true, kind: 'backup', assessments: list, clients: [], refused: [], total: 3 });
	});

	it('say what they are', async () => {
		const file = JSON.parse(exportAssessment(sample(), '1.2.3', new Date('2026-11-26T12:00:00Z')));
		expect(file).toMatchObject({
			format: 'kmu-cyber-check/assessment',
			formatVersion: 1,
			exportedAt: '2026-11-26T12:00:00.000Z',
			app: { name: 'KMU Cyber-Check', version: '1.2.3' },
			assessment: { catalogue: { id: 'din-spec-27076', version: '2023.2' } }
		});
	});
});

describe('reading a file rejects, naming the problem', () => {
	const cases: [string, string, number | undefined, FileProblemCode][] = [
		['a file over 5 MB', '{}', 5 * 1024 * 1024 + 1, 'too_large'],
		['an empty file', '  ', undefined, 'empty'],
		['text that is not JSON', 'Hallo Welt', undefined, 'not_json'],
		['JSON of another format', '{"format":"something-else","formatVersion":1}', undefined, 'wrong_format'],
		['a bare JSON array', '[1,2,3]', undefined, 'wrong_format'],
		['an unknown future format version', edited((f) => (f.formatVersion = 2)), undefined, 'future_version'],
		['an unknown requirement id', edited((f) => (f.assessment.answers['99'] = 'fulfilled')), undefined, 'unknown_requirement'],
		['a note for an unknown requirement', edited((f) => (f.assessment.notes['42'] = 'x')), undefined, 'unknown_requirement'],
		['an unknown status', edited((f) => (f.assessment.answers['02'] = 'maybe')), undefined, 'invalid'],
		['answers that do not follow from the responses', edited((f) => (f.assessment.answers['01'] = 'fulfilled')), undefined, 'inconsistent'],
		['not_relevant where no precondition exists', edited((f) => { f.assessment.responses['01'] = { precondition: 'no' }; f.assessment.answers['01'] = 'not_relevant'; }), undefined, 'inconsistent'],
		['a newer catalogue version', edited((f) => (f.assessment.catalogue.version = '2999.1')), undefined, 'newer_catalogue'],
		['an unknown catalogue', edited((f) => (f.assessment.catalogue.id = 'iso-27001')), undefined, 'unknown_catalogue'],
		['a note over 5,000 characters', edited((f) => (f.assessment.notes['03'] = 'x'.repeat(5001))), undefined, 'invalid'],
		['an unexpected field', edited((f) => (f.assessment.extra = true)), undefined, 'invalid'],
		['a missing company name', edited((f) => delete f.assessment.company.name), undefined, 'invalid'],
		['a broken date', edited((f) => (f.assessment.createdAt = 'yesterday')), undefined, 'invalid'],
		['a backup with the same check twice', exportBackup([sample(), sample()].map((a, _, all) => ({ ...a, id: all[0]!.id })), '1'), undefined, 'duplicate_id']
	];
	it.each(cases)('%s', async (_, text, size, code) => {
		expect(await problemOf(text, size)).toBe(code);
	});

	it('gives a message in the user language for every problem', async () => {
		for (const [, text, size] of cases) {
			const result = await readAssessmentFile(text, size);
			const problem = result.ok ? result.refused[0]?.problem : result.problem;
			if (!problem) throw new Error('expected a problem');
			expect(fileProblemMessage(problem).length).toBeGreaterThan(10);
		}
	});

	it('names the place of the problem', async () => {
		const result = await readAssessmentFile(edited((f) => (f.assessment.answers['99'] = 'fulfilled')));
		expect(result).toEqual({ ok: false, problem: { code: 'unknown_requirement', path: '/assessment/answers/99', detail: '99' } });
		if (result.ok) throw new Error('expected a problem');
		expect(fileProblemMessage(result.problem)).toContain('99');
	});
});
