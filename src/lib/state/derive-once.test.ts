// A change is applied once and derived once: the score is computed once per answer, and the
// results, the report and the embed summary all read that one result.
import { describe, expect, it, vi } from 'vitest';
import { setNote, setPart } from '$lib/model/changes';
import { getAssessment, putAssessment } from '$lib/storage/assessments';
import { makeAssessment } from '$test-data/factories/assessment';
import { freshStore } from '$test-data/fresh-store';
import { AssessmentSession } from './assessment-session.svelte';

const scoring = vi.hoisted(() => ({ calls: 0 }));
vi.mock('$lib/engine/scoring', async (importOriginal) => {
	const original = await importOriginal<typeof import('$lib/engine/scoring')>();
	return {
		...original,
		scoreAssessment: (...args: Parameters<typeof original.scoreAssessment>) => {
			scoring.calls += 1;
			return original.scoreAssessment(...args);
		}
	};
});

describe('a change to the open check', () => {
	it('is scored once per answer, however it is stored; a note is not scored at all', async () => {
		freshStore();
		const a = makeAssessment();
		await putAssessment(a);
		const session = new AssessmentSession();
		await session.load(a.id, 'de');
		await session.requireCatalogue();
		scoring.calls = 0;
		session.change(setPart('10', 'a', 'fulfilled'));
		expect(scoring.calls).toBe(1);
		await session.settled();
		expect(scoring.calls).toBe(1);
		session.change(setNote('10', 'eine Notiz'));
		await session.settled();
		expect(scoring.calls).toBe(1);
		expect((await getAssessment(a.id))?.summary?.answered).toBe(1);
		expect(session.derived?.status.unanswered).not.toContain('10');
	});
});
