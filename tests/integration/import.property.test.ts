// The importer against 1,000+ random and malformed files: each is either rejected with a message
// or, when valid, imported; after every rejection the stored data is exactly as before; and
// whatever the reader accepts is valid against the published JSON Schema.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentCatalogue, type AnswerStatus } from '$lib/engine';
import { readAssessmentFile } from '$lib/files/read-file';
import { exportAssessment, exportBackup, forFile } from '$lib/files/export';
import type { Assessment } from '$lib/model/assessment';
import { fileProblemMessage } from '$lib/i18n/file-problems';
import { getAssessment, putAssessments } from '$lib/storage/assessments';
import { putClient } from '$lib/storage/clients';
import { applyImport, conflictKey, prepareImport, type Resolution } from '$lib/files/import';
import { makeAssessment } from '$test-data/factories/assessment';
import { consultationArb } from '$test-data/factories/consultation';
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
		name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
		// a consultation with participants, interview start and qualification, or none
		consultation: fc.option(consultationArb, { nil: undefined })
	})
	.map(({ answers, notes, name, consultation }) =>
		makeAssessment(answers as Record<string, AnswerStatus>, { notes, company: { name }, ...(consultation ? { consultation } : {}) })
	);
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
				const resolutions = new Map<string, Resolution>(plan.conflicts.map((c) => [conflictKey(c), 'keep_both']));
				const stored = await applyImport(plan, resolutions, '(Kopie)');
				// Every record is restored or named with its problem.
				expect(outcome.count + outcome.refused.length).toBe(outcome.total);
				for (const r of outcome.refused) expect(fileProblemMessage(r.problem).length).toBeGreaterThan(10);
				expect(stored).toHaveLength(plan.fresh.length + plan.conflicts.filter((c) => c.kind === 'assessment').length);
				// The checks that were there before are untouched.
				const after = JSON.parse(await dump(store)) as [string, unknown][];
				for (const a of existing) expect(after).toContainEqual([`assessment:${a.id}`, a]);
			}),
			{ numRuns: 1200 }
		);
		expect(accepted).toBeGreaterThan(100);
		expect(rejected).toBeGreaterThan(500);
	}, 120_000);

	it('restores only records that are valid against the published schema, and names the others', async () => {
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
				const valid = validateSchema(parsed);
				// A file that is valid as a whole has nothing refused for its form, and one that is not
				// is either refused whole or has its invalid records named.
				if (result.ok && result.refused.length === 0) expect(valid, JSON.stringify(validateSchema.errors)).toBe(true);
				if (!valid) expect(!result.ok || result.refused.length > 0).toBe(true);
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

describe('crafted files', () => {
	const stamp = '2026-11-01T09:00:00.000Z';
	const client = (id: string, extra: Record<string, unknown> = {}) => ({ id, company: { name: `Kunde ${id}` }, createdAt: stamp, updatedAt: stamp, revision: 1, ...extra });
	const backup = (assessments: object[], clients: unknown[] = []) =>
		JSON.stringify({ format: 'kmu-cyber-check/backup', formatVersion: 1, exportedAt: stamp, assessments: assessments.map((a) => forFile(a as Assessment)), clients });

	/** Imports the file into a store holding two checks; the refused records and whether storage stayed as it was. */
	async function importCrafted(text: string) {
		const store = freshStore();
		const existing = [makeAssessment({ '01': 'fulfilled' }), makeAssessment()];
		await putAssessments(existing);
		const before = await dump(store);
		const { outcomes, plan } = await prepareImport([{ name: 'crafted.json', size: text.length, text }]);
		const outcome = outcomes[0]!;
		await applyImport(plan, new Map(plan.conflicts.map((c) => [conflictKey(c), 'replace'])), '(Kopie)');
		const after = JSON.parse(await dump(store)) as [string, unknown][];
		return { outcome, plan, untouched: existing.every((a) => after.some(([k, v]) => k === `assessment:${a.id}` && JSON.stringify(v) === JSON.stringify(a))), before };
	}

	it('a client and a check with the same id: the second is refused by name, the first restored', async () => {
		const check = { ...makeAssessment(), id: 'same-id' };
		const { outcome, plan } = await importCrafted(backup([check], [client('same-id')]));
		expect(outcome).toMatchObject({ ok: true, count: 1, total: 2, refused: [{ kind: 'assessment', problem: { code: 'duplicate_id', detail: 'same-id' } }] });
		expect(fileProblemMessage((outcome as { refused: { problem: Parameters<typeof fileProblemMessage>[0] }[] }).refused[0]!.problem)).toMatch(/„same-id“ kommt in der Datei mehrmals vor/);
		expect(plan.freshClients.map((c) => c.id)).toEqual(['same-id']);
	});

	it('a check with the id __proto__ is an ordinary id: imported, and replaced when asked', async () => {
		const first = { ...makeAssessment({ '01': 'fulfilled' }), id: '__proto__' };
		const { outcome } = await importCrafted(backup([first]));
		expect(outcome).toMatchObject({ ok: true, count: 1, refused: [] });
		const { plan } = await prepareImport([{ name: 'again.json', size: 0, text: backup([{ ...first, notes: { '01': 'neu' } }]) }]);
		expect(plan.conflicts.map((c) => c.incoming.id)).toEqual(['__proto__']);
		await applyImport(plan, new Map([[conflictKey(plan.conflicts[0]!), 'replace']]), '(Kopie)');
		expect((await getAssessment('__proto__'))?.notes).toEqual({ '01': 'neu' });
	});

	it('a revision of 2^53 is refused with its place; storage is unchanged', async () => {
		const huge = { ...makeAssessment(), revision: 2 ** 53 };
		const { outcome, untouched } = await importCrafted(backup([huge]));
		expect(outcome).toMatchObject({ ok: true, count: 0, refused: [{ problem: { code: 'invalid', path: '/assessments/0/revision', detail: 'number' } }] });
		expect(untouched).toBe(true);
	});

	it.each([
		['a follow-up date 2026-99-99', backup([], [client('k1', { followUp: '2026-99-99' })]), '/clients/0/followUp'],
		['a due date 2027-02-30', backup([{ ...makeAssessment({ '01': 'not_fulfilled' }), plan: { '01': { status: 'open', due: '2027-02-30' } } }]), '/assessments/0/plan/01/due'],
		['a due date 0000-00-00', backup([{ ...makeAssessment(), plan: { '02': { status: 'open', due: '0000-00-00' } } }]), '/assessments/0/plan/02/due'],
		['a timestamp on 30 February', backup([{ ...makeAssessment(), createdAt: '2026-02-30T10:00:00.000Z' }]), '/assessments/0/createdAt']
	])('%s is refused with a message; storage is unchanged', async (_name, text, path) => {
		const { outcome, untouched } = await importCrafted(text);
		expect(outcome).toMatchObject({ ok: true, count: 0, refused: [{ problem: { code: 'invalid', path, detail: 'date' } }] });
		const refused = (outcome as { refused: { problem: Parameters<typeof fileProblemMessage>[0] }[] }).refused[0]!;
		expect(fileProblemMessage(refused.problem)).toContain(path);
		expect(untouched).toBe(true);
	});

	it('a check naming a client this device has is attached only when the user confirms', async () => {
		freshStore();
		const mine = client('mine');
		await putClient(mine as never);
		const check = { ...makeAssessment(), clientId: 'mine' };
		const text = JSON.stringify({ format: 'kmu-cyber-check/assessment', formatVersion: 1, exportedAt: stamp, assessment: forFile(check) });
		const { plan } = await prepareImport([{ name: 'one.json', size: text.length, text }]);
		expect(plan.attachments.map((a) => [a.check.id, a.client.id])).toEqual([[check.id, 'mine']]);
		await applyImport(plan, new Map(), '(Kopie)');
		expect((await getAssessment(check.id))?.clientId).toBeUndefined();
		await applyImport(plan, new Map(plan.conflicts.map((c) => [conflictKey(c), 'replace'])), '(Kopie)', new Set([check.id]));
		expect((await getAssessment(check.id))?.clientId).toBe('mine');
	});
});
