import { set, setMany, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getAssessment, putAssessment } from '$lib/storage/assessments';
import { useAssessmentStore } from '$lib/storage/db';
import { setNote, setPart, setPrecondition } from '$lib/model/changes';
import { AssessmentSession } from '$lib/state/assessment-session.svelte';
import { OpenCheck } from '$lib/state/open-check.svelte';
import { makeAssessment } from '$test-data/factories/assessment';
import { freshStore } from '$test-data/fresh-store';

let store: UseStore;
beforeEach(() => {
	store = freshStore();
});

async function open(id: string) {
	const session = new AssessmentSession();
	await session.load(id, 'de');
	await session.requireCatalogue();
	return session;
}

describe('AssessmentSession saves every answer as it is given', () => {
	it('stores a part answer and derives the requirement status', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		const session = await open(a.id);
		session.change(setPart('10', 'a', 'fulfilled'));
		await session.settled();
		expect(session.save.state).toBe('saved');
		expect((await getAssessment(a.id))?.answers).toEqual({ '10': 'fulfilled' });
	});

	it('counts a multi-part requirement as fulfilled only when every part is', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		const session = await open(a.id);
		const requirement = session.catalogue!.requirements.find((r) => r.parts.length > 1)!;
		const [first, second] = requirement.parts;
		session.change(setPart(requirement.id, first!.id, 'fulfilled'));
		expect(session.assessment?.answers[requirement.id]).toBeUndefined();
		session.change(setPart(requirement.id, second!.id, 'not_fulfilled'));
		expect(session.assessment?.answers[requirement.id]).toBe('not_fulfilled');
		session.change(setPart(requirement.id, second!.id, 'fulfilled'));
		await session.settled();
		const allParts = requirement.parts.length === 2 ? 'fulfilled' : undefined;
		expect((await getAssessment(a.id))?.answers[requirement.id]).toBe(allParts);
	});

	it('records not_relevant when the precondition is answered "no", and asks the parts after "yes"', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		const session = await open(a.id);
		session.change(setPrecondition('07', 'no'));
		await session.settled();
		expect((await getAssessment(a.id))?.answers['07']).toBe('not_relevant');
		session.change(setPrecondition('07', 'yes'));
		await session.settled();
		expect((await getAssessment(a.id))?.answers['07']).toBeUndefined();
	});

	it('stores notes, limited to 5,000 characters, and removes empty ones', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		const session = await open(a.id);
		session.change(setNote('03', 'x'.repeat(6000)));
		session.change(setNote('04', '<script>alert(1)</script>'));
		await session.settled();
		const stored = await getAssessment(a.id);
		expect(stored?.notes['03']).toHaveLength(5000);
		expect(stored?.notes['04']).toBe('<script>alert(1)</script>');
		session.change(setNote('03', '   '));
		await session.settled();
		expect((await getAssessment(a.id))?.notes['03']).toBeUndefined();
	});

	it('keeps the last value when the same field changes quickly several times', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		const session = await open(a.id);
		for (const status of ['fulfilled', 'not_fulfilled', 'fulfilled', 'not_fulfilled'] as const) session.change(setPart('02', 'a', status));
		await session.settled();
		expect((await getAssessment(a.id))?.responses['02']?.parts?.a).toBe('not_fulfilled');
	});
});

describe('the open check moving from page to page in the same tab', () => {
	it('keeps one session, so the results never miss the last answer', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		const open = new OpenCheck();
		const questionnaire = open.open(a.id, 'de')!;
		await questionnaire.settled();
		await vi.waitFor(() => expect(questionnaire.assessment).not.toBeNull());
		await questionnaire.requireCatalogue();
		questionnaire.change(setPart('10', 'a', 'fulfilled'));
		// A second answer while the first is being written goes into the next transaction.
		questionnaire.change(setPart('03', 'a', 'fulfilled'));
		// No waiting: the results page opens while the answers are still being written.
		const results = open.open(a.id, 'de')!;
		expect(results).toBe(questionnaire);
		expect(results.assessment?.answers).toEqual({ '10': 'fulfilled', '03': 'fulfilled' });
		await results.settled();
		expect((await getAssessment(a.id))?.answers).toEqual({ '10': 'fulfilled', '03': 'fulfilled' });
		open.close();
	});
});

describe('AssessmentSession with two tabs', () => {
	it('merges changes made in another tab and points them out', async () => {
		const a = makeAssessment();
		await putAssessment(a);
		const tabA = await open(a.id);
		const tabB = await open(a.id);
		tabA.change(setPart('10', 'a', 'fulfilled'));
		await tabA.settled();
		tabB.change(setNote('02', 'from B'));
		await tabB.settled();
		const stored = await getAssessment(a.id);
		expect(stored?.answers['10']).toBe('fulfilled');
		expect(stored?.notes['02']).toBe('from B');
		expect(tabB.assessment?.answers['10']).toBe('fulfilled');
		expect(tabB.externalChanges).toEqual(['10']);
	});
});

describe('AssessmentSession when storing fails', () => {
	it('shows the quota problem, keeps the answer on screen, and stores it on retry', async () => {
		const a = makeAssessment({ '10': 'fulfilled' });
		await putAssessment(a);
		const session = await open(a.id);
		// A store whose writes fail like a full disk.
		const full: UseStore = (mode, callback) =>
			mode === 'readwrite' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : store(mode, callback);
		useAssessmentStore(full);
		session.change(setPart('03', 'a', 'fulfilled'));
		await session.settled();
		expect(session.save).toEqual({ state: 'error', problem: 'quota' });
		expect(session.assessment?.answers['03']).toBe('fulfilled');
		// Nothing stored was lost or changed.
		useAssessmentStore(store);
		expect((await getAssessment(a.id))?.answers).toEqual({ '10': 'fulfilled' });
		session.retry();
		await session.settled();
		expect(session.save.state).toBe('saved');
		expect((await getAssessment(a.id))?.answers).toEqual({ '10': 'fulfilled', '03': 'fulfilled' });
	});
});

describe('AssessmentSession opening checks', () => {
	it('reports a check that does not exist', async () => {
		const session = await open('nope');
		expect(session.loadProblem).toBe('not_found');
	});

	it('refuses a check from a newer catalogue version and leaves it unchanged', async () => {
		const a = makeAssessment({}, { catalogue: { id: 'din-spec-27076', version: '2999.1' } });
		await set(`assessment:${a.id}`, a, store);
		const session = await open(a.id);
		expect(session.loadProblem).toBe('newer_catalogue');
		expect(await getAssessment(a.id)).toEqual(a);
	});

	it('leaves a check from an unknown older version unchanged when no migration is declared', async () => {
		const a = makeAssessment({}, { catalogue: { id: 'din-spec-27076', version: '2022.1' } });
		await setMany([[`assessment:${a.id}`, a]], store);
		const session = await open(a.id);
		expect(session.loadProblem).toBe('migration_failed');
		expect(await getAssessment(a.id)).toEqual(a);
	});
});
