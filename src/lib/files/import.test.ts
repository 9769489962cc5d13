import { beforeEach, describe, expect, it } from 'vitest';
import { exportAssessment, exportBackup } from '$lib/files/export';
import { getAssessment, listAssessments, putAssessment } from '$lib/storage/assessments';
import { applyImport, prepareImport } from '$lib/files/import';
import { makeAssessment } from '$test-data/factories/assessment';
import { freshStore } from '$test-data/fresh-store';

beforeEach(() => {
	freshStore();
});

const asFile = (name: string, text: string) => ({ name, text, size: text.length });

describe('importing checks that already exist', () => {
	it('keeps both: the imported one becomes a copy with a new id and a marked name', async () => {
		const mine = makeAssessment({ '01': 'fulfilled' }, { revision: 4 });
		await putAssessment(mine);
		const theirs = makeAssessment({}, { id: mine.id });
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
		const theirs = makeAssessment({ '02': 'not_fulfilled' }, { id: mine.id, revision: 2 });
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
