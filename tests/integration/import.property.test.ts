// The importer against 1,000+ random and malformed files: each is either rejected with a message
// or, when valid, imported; after every rejection the stored data is exactly as before; and
// whatever the reader accepts is valid against the published JSON Schema.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentCatalogue, type AnswerStatus } from '$lib/engine';
import { readAssessmentFile } from '$lib/files/read-file';
import { exportAssessment, exportBackup } from '$lib/files/export';
import { fileProblemMessage } from '$lib/i18n/file-problems';
import { putAssessments } from '$lib/storage/assessments';
import { applyImport, prepareImport, type Resolution } from '$lib/files/import';
import { makeAssessment } from '$test-data/factories/assessment';
import { dump, freshStore } from '$test-data/fresh-store';

const schema = JSON.parse(readFileSync('questions/schema/assessment-file.schema.json', 'utf8'));
const validateSchema = new Ajv2020({ strict: true, allErrors: false }).compile(schema);

const status = (id: string) => {
	const r = currentCatalogue.requirements.find((q) => q.id === id)!;
	return fc.constantFrom<AnswerStatus>(...(r.precondition ? (['fulfilled', 'not_fulfilled', 'not_relevant'] as const) : (['fulfilled', 'not_fulfilled'] as const)));
};
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const validAssessment = fc
	.record({
		answers: fc.record(Object.fromEntries(currentCatalogue.requirements.map((r) => [r.id, status(r.id)])), { requiredKeys: [] }),
		notes: fc.dictionary(fc.constantFrom(...currentCatalogue.requirements.map((r) => r.id)), anyText, { maxKeys: 3 }),
		name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
	})
	.map(({ answers, notes, name }) => makeAssessment(answers as Record<string, AnswerStatus>, { notes, company: { name } }));
const validFile = fc.oneof(
	validAssessment.map((a) => exportAssessment(a, '0.1.0')),
	fc.array(validAssessment, { minLength: 0, maxLength: 3 }).map((list) => exportBackup(list, '0.1.0'))
);

/** Every path to a value inside a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
	if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
	return [prefix];
}

type Mutation = 'delete' | 'replace' | 'add';
function mutate(text: string, pick: number, kind: Mutation, replacement: unknown): string {
	const data = JSON.parse(text);
	const all = paths(data).filter((p) => p.length > 0);
	const path = all[pick % all.length]!;
	const parent = path.slice(0, -1).reduce((o: Record<string | number, unknown>, k) => o[k] as Record<string | number, unknown>, data);
	const key = path[path.length - 1]!;
	if (kind === 'delete') {
		if (Array.isArray(parent)) parent.splice(Number(key), 1);
		else delete parent[key];
	} else if (kind === 'replace') parent[key] = replacement;
	else if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent[`x${String(key)}`] = replacement;
	return JSON.stringify(data);
}

const malformedFile = fc.oneof(
	{ arbitrary: fc.tuple(validFile, fc.nat(), fc.constantFrom<Mutation>('delete', 'replace', 'add'), fc.jsonValue({ maxDepth: 2 })).map(([t, p, k, r]) => mutate(t, p, k, r)), weight: 6 },
	{ arbitrary: fc.tuple(validFile, fc.nat()).map(([t, n]) => t.slice(0, n % t.length)), weight: 1 },
	{ arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), weight: 1 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 }
);

const anyFile = fc.oneof({ arbitrary: validFile, weight: 1 }, { arbitrary: malformedFile, weight: 3 });

describe('the importer against random and malformed files', () => {
	let existing: ReturnType<typeof makeAssessment>[];
	beforeAll(() => {
		existing = [makeAssessment({ '01': 'fulfilled' }), makeAssessment({ '11': 'not_fulfilled' })];
	});

	it('rejects with a message or imports; a rejection leaves stored data unchanged (1,200 files)', async () => {
		let accepted = 0;
		let rejected = 0;
		await fc.assert(
			fc.asyncProperty(anyFile, async (text) => {
				const store = freshStore();
				await putAssessments(existing);
				const before = await dump(store);

				const { outcomes, plan } = await prepareImport([{ name: 'file.json', size: new TextEncoder().encode(text).length, text }]);
				const outcome = outcomes[0]!;
				if (!outcome.ok) {
					rejected += 1;
					expect(outcome.problem === 'same_check_twice' || fileProblemMessage(outcome.problem).length > 0).toBe(true);
					expect(plan.fresh).toEqual([]);
					expect(await dump(store)).toBe(before);
					return;
				}
				accepted += 1;
				const resolutions: Record<string, Resolution> = Object.fromEntries(plan.conflicts.map((c) => [c.incoming.id, 'keep_both']));
				const stored = await applyImport(plan, resolutions, '(Kopie)');
				expect(stored).toHaveLength(outcome.count);
				// The checks that were there before are untouched.
				const after = JSON.parse(await dump(store)) as [string, unknown][];
				for (const a of existing) expect(after).toContainEqual([`assessment:${a.id}`, a]);
			}),
			{ numRuns: 1200 }
		);
		expect(accepted).toBeGreaterThan(100);
		expect(rejected).toBeGreaterThan(500);
	}, 120_000);

	it('accepts only files that are valid against the published schema', async () => {
		await fc.assert(
			fc.asyncProperty(anyFile, async (text) => {
				const result = await readAssessmentFile(text);
				let parsed: unknown;
				try {
					parsed = JSON.parse(text);
				} catch {
					expect(result.ok).toBe(false);
					return;
				}
				if (result.ok) expect(validateSchema(parsed), JSON.stringify(validateSchema.errors)).toBe(true);
				if (!validateSchema(parsed)) expect(result.ok).toBe(false);
			}),
			{ numRuns: 1000 }
		);
	});

	it('accepts every well-formed export', async () => {
		await fc.assert(
			fc.asyncProperty(validFile, async (text) => {
				expect((await readAssessmentFile(text)).ok).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});
