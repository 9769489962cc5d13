import { beforeEach, describe, expect, it } from 'vitest';
import { changeAssessment, deleteAssessment, getAssessment, listAssessments, putAssessment, putAssessments } from '$lib/storage/assessments';
import { classifyStorageError, NotFoundError, StorageError } from '$lib/storage/db';
import { makeAssessment } from '$test-data/factories/assessment';
import { freshStore } from '$test-data/fresh-store';

beforeEach(() => {
	freshStore();
});

describe('the check repository', () => {
	it('stores, lists newest first, and deletes', async () => {
		const older = makeAssessment({}, { updatedAt: '2026-01-01T00:00:00.000Z' });
		const newer = makeAssessment({}, { updatedAt: '2026-03-01T00:00:00.000Z' });
		await putAssessments([older, newer]);
		expect((await listAssessments()).map((a) => a.id)).toEqual([newer.id, older.id]);
		await deleteAssessment(older.id);
		expect(await getAssessment(older.id)).toBeUndefined();
	});

	it('applies a change on the stored record and bumps the revision', async () => {
		const a = makeAssessment({ '01': 'fulfilled' });
		await putAssessment(a);
		const { stored, external } = await changeAssessment(a.id, (x) => ({ ...x, notes: { '01': 'n' } }), 1, new Date('2026-05-05T05:05:05Z'));
		expect(external).toBeUndefined();
		expect(stored).toMatchObject({ revision: 2, updatedAt: '2026-05-05T05:05:05.000Z', notes: { '01': 'n' }, answers: { '01': 'fulfilled' } });
		expect(await getAssessment(a.id)).toEqual(stored);
	});

	it('tells a writer with a stale revision, and applies its change on top of the newer record', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		await changeAssessment(a.id, (x) => ({ ...x, notes: { ...x.notes, '01': 'from tab A' } }), 1);
		const { stored, external } = await changeAssessment(a.id, (x) => ({ ...x, notes: { ...x.notes, '02': 'from tab B' } }), 1);
		expect(external?.revision).toBe(2);
		expect(stored.notes).toEqual({ '01': 'from tab A', '02': 'from tab B' });
		expect(stored.revision).toBe(3);
	});

	it('reports a change to a check that no longer exists', async () => {
		await expect(changeAssessment('missing', (x) => x, 1)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('classifies storage errors so the user gets the right advice', () => {
		expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
		expect(classifyStorageError(new DOMException('no', 'InvalidStateError'))).toBe('blocked');
		expect(classifyStorageError(new Error('boom'))).toBe('unknown');
		expect(new StorageError('quota', new Error('x')).problem).toBe('quota');
	});
});
