import { beforeEach, describe, expect, it } from 'vitest';
import { changeAssessment, getAssessment, listAssessments, putAssessment, putRecords, deleteAssessment } from '$lib/storage/assessments';
import { useAssessmentStore } from '$lib/storage/db';
import { memoryStore } from '$lib/storage/memory-store';
import { setPart } from '$lib/model/changes';
import { AssessmentSession } from '$lib/state/assessment-session.svelte';
import { makeAssessment } from '$test-data/factories/assessment';

// The in-memory store stands in for IndexedDB when a browser refuses it: the same repository
// operations must behave the same way.
beforeEach(() => {
	useAssessmentStore(memoryStore());
});

describe('the in-memory store', () => {
	it('stores, lists, changes and deletes checks like IndexedDB', async () => {
		const a = makeAssessment({ '10': 'fulfilled' }, { updatedAt: '2026-01-01T00:00:00.000Z' });
		const b = makeAssessment({}, { updatedAt: '2026-02-01T00:00:00.000Z' });
		await putRecords([a, b], []);
		expect((await listAssessments()).map((x) => x.id)).toEqual([b.id, a.id]);
		const { stored, external } = await changeAssessment(a.id, (x) => ({ ...x, notes: { '10': 'n' } }), 1);
		expect(external).toBeUndefined();
		expect(stored.revision).toBe(2);
		expect(await getAssessment(a.id)).toEqual(stored);
		await deleteAssessment(b.id);
		expect(await listAssessments()).toHaveLength(1);
	});

	it('keeps copies, not the objects it was given', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		a.company.name = 'changed afterwards';
		expect((await getAssessment(a.id))?.company.name).not.toBe('changed afterwards');
	});

	it('carries a questionnaire session: answers are saved and read back', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		const session = new AssessmentSession();
		await session.load(a.id, 'de');
		await session.requireCatalogue();
		session.change(setPart('10', 'a', 'fulfilled'));
		session.change(setPart('03', 'a', 'not_fulfilled'));
		await session.settled();
		expect(session.save.state).toBe('saved');
		expect((await getAssessment(a.id))?.answers).toEqual({ '10': 'fulfilled', '03': 'not_fulfilled' });
	});

	it('reports a change to a missing check', async () => {
		await expect(changeAssessment('nope', (x) => x, 1)).rejects.toThrow(/Nothing stored/);
	});
});
