import { beforeEach, describe, expect, it } from 'vitest';
import { exportAssessment, exportBackup, exportClient } from '$lib/files/export';
import type { Client } from '$lib/model/assessment';
import { newId } from '$lib/model/ids';
import { getAssessment, listAssessments, putAssessment, putRecords } from '$lib/storage/assessments';
import { getClient, listClients } from '$lib/storage/clients';
import { applyImport, prepareImport } from '$lib/files/import';
import { makeAssessment } from '$test-data/factories/assessment';
import { freshStore } from '$test-data/fresh-store';

beforeEach(() => {
	freshStore();
});

const makeClient = (overrides: Partial<Client> = {}): Client => ({
	id: newId(),
	company: { name: 'Tischlerei Holz KG' },
	createdAt: '2026-01-01T10:00:00.000Z',
	updatedAt: '2026-01-01T10:00:00.000Z',
	revision: 1,
	...overrides
});

const asFile = (name: string, text: string) => ({ name, text, size: text.length });

describe('importing checks that already exist', () => {
	it('keeps both: the imported one becomes a copy with a new id and a marked name', async () => {
		const mine = makeAssessment({ '01': 'fulfilled' }, { revision: 4 });
		await putAssessment(mine);
		// Changed apart from each other: as many changes, the file's later.
		const theirs = makeAssessment({}, { id: mine.id, revision: 4, updatedAt: '2026-01-03T10:00:00.000Z' });
		const { plan } = await prepareImport([asFile('a.json', exportAssessment(theirs, '1'))]);
		expect(plan.conflicts.map((c) => c.existing.id)).toEqual([mine.id]);
		const [copy] = await applyImport(plan, new Map([[`assessment:${mine.id}`, 'keep_both']]), '(Kopie)');
		expect(copy!.id).not.toBe(mine.id);
		expect(copy!.company.name).toBe(`${theirs.company.name} (Kopie)`);
		expect(await getAssessment(mine.id)).toEqual(mine);
		expect(await listAssessments()).toHaveLength(2);
	});

	it('replaces: the stored check takes the imported content with a higher revision', async () => {
		const mine = makeAssessment({ '01': 'fulfilled' }, { revision: 4 });
		await putAssessment(mine);
		// More changes here, later ones in the file: a conflict, replaced on request.
		const theirs = makeAssessment({ '02': 'not_fulfilled' }, { id: mine.id, revision: 2, updatedAt: '2026-01-03T10:00:00.000Z' });
		const { plan } = await prepareImport([asFile('a.json', exportAssessment(theirs, '1'))]);
		await applyImport(plan, new Map([[`assessment:${mine.id}`, 'replace']]), '(Kopie)');
		expect(await getAssessment(mine.id)).toEqual({ ...theirs, revision: 5 });
	});

	it('skips when asked, and reads several files at once', async () => {
		const mine = makeAssessment();
		await putAssessment(mine);
		const other = makeAssessment();
		const { outcomes, plan } = await prepareImport([
			asFile('mine.json', exportAssessment(mine, '1')),
			asFile('backup.json', exportBackup([other], '1')),
			asFile('broken.json', '{')
		]);
		expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
		const stored = await applyImport(plan, new Map([[`assessment:${mine.id}`, 'skip']]), '(Kopie)');
		expect(stored.map((a) => a.id)).toEqual([other.id]);
	});

	it('refuses the same check from two chosen files', async () => {
		const a = makeAssessment();
		const text = exportAssessment(a, '1');
		const { outcomes } = await prepareImport([asFile('one.json', text), asFile('two.json', text)]);
		expect(outcomes[1]).toEqual({ file: 'two.json', ok: false, problem: 'same_check_twice' });
	});
});

describe('importing a newer, the same or an older version', () => {
	it('the same check again: nothing to ask, nothing stored, no copy', async () => {
		const mine = makeAssessment({ '01': 'fulfilled' }, { revision: 3 });
		await putAssessment(mine);
		const { plan } = await prepareImport([asFile('a.json', exportAssessment(mine, '1'))]);
		expect(plan.conflicts).toEqual([]);
		expect(plan.current.map((c) => c.existing.id)).toEqual([mine.id]);
		expect(await applyImport(plan, new Map(), '(Kopie)')).toEqual([]);
		expect(await listAssessments()).toEqual([mine]);
	});

	it('a newer version in the file updates the check here, above both revisions', async () => {
		const mine = makeAssessment({ '01': 'fulfilled' }, { revision: 3, updatedAt: '2026-03-01T10:00:00.000Z' });
		await putAssessment(mine);
		const theirs = makeAssessment({ '01': 'not_fulfilled' }, { id: mine.id, revision: 5, updatedAt: '2026-03-02T10:00:00.000Z' });
		const { plan } = await prepareImport([asFile('a.json', exportAssessment(theirs, '1'))]);
		expect([plan.conflicts.length, plan.updates.length]).toEqual([0, 1]);
		await applyImport(plan, new Map(), '(Kopie)');
		// revision: max(5, 3) + 1 = 6
		expect(await getAssessment(mine.id)).toEqual({ ...theirs, revision: 6 });
		expect(await listAssessments()).toHaveLength(1);
	});

	it('an older version in the file leaves the newer one here as it is', async () => {
		const mine = makeAssessment({ '01': 'fulfilled' }, { revision: 5, updatedAt: '2026-03-02T10:00:00.000Z' });
		await putAssessment(mine);
		const theirs = makeAssessment({ '01': 'not_fulfilled' }, { id: mine.id, revision: 3, updatedAt: '2026-03-01T10:00:00.000Z' });
		const { plan } = await prepareImport([asFile('a.json', exportAssessment(theirs, '1'))]);
		expect([plan.conflicts.length, plan.current.length]).toEqual([0, 1]);
		await applyImport(plan, new Map(), '(Kopie)');
		expect(await getAssessment(mine.id)).toEqual(mine);
	});

	it('changed on both sides apart from each other is a conflict: same revision, different content', async () => {
		const mine = makeAssessment({ '01': 'fulfilled' }, { revision: 4, updatedAt: '2026-03-02T10:00:00.000Z' });
		await putAssessment(mine);
		const theirs = makeAssessment({ '01': 'not_fulfilled' }, { id: mine.id, revision: 4, updatedAt: '2026-03-02T11:00:00.000Z' });
		const { plan } = await prepareImport([asFile('a.json', exportAssessment(theirs, '1'))]);
		expect(plan.conflicts.map((c) => c.existing.id)).toEqual([mine.id]);
		expect(plan.updates).toEqual([]);
	});

	it('more changes on one side but later ones on the other is a conflict too', async () => {
		const mine = makeAssessment({ '01': 'fulfilled' }, { revision: 6, updatedAt: '2026-03-02T10:00:00.000Z' });
		await putAssessment(mine);
		const theirs = makeAssessment({ '01': 'not_fulfilled' }, { id: mine.id, revision: 4, updatedAt: '2026-03-02T11:00:00.000Z' });
		const { plan } = await prepareImport([asFile('a.json', exportAssessment(theirs, '1'))]);
		expect(plan.conflicts).toHaveLength(1);
	});

	it('a client that is newer in the file is updated; its check stays with it', async () => {
		const client = makeClient({ revision: 2, updatedAt: '2026-03-01T10:00:00.000Z' });
		const check = makeAssessment({ '01': 'fulfilled' }, { clientId: client.id });
		await putRecords([check], [client]);
		const newer = { ...client, company: { ...client.company, seat: 'Bremen' }, revision: 3, updatedAt: '2026-03-02T10:00:00.000Z' };
		const { plan } = await prepareImport([asFile('k.json', exportClient(newer, [check], '1'))]);
		expect([plan.conflicts.length, plan.updates.length, plan.current.length]).toEqual([0, 1, 1]);
		await applyImport(plan, new Map(), '(Kopie)');
		expect(await getClient(client.id)).toEqual({ ...newer, revision: 4 });
		expect(await listClients()).toHaveLength(1);
		expect(await getAssessment(check.id)).toEqual(check);
	});
});
