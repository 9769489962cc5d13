import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentCatalogue, prioritiseActions } from '$lib/engine';
import { readAssessmentFile } from '$lib/files/read-file';
import { actionPlanCalendar, actionPlanCsv } from '$lib/files/action-plan-export';
import { exportBackup, exportClient } from '$lib/files/export';
import { fitInto, sniffImageType } from '$lib/files/logo';
import type { Client } from '$lib/model/assessment';
import { newConsultation, newReassessment } from '$lib/model/factories';
import { getAssessment, listAssessments } from '$lib/storage/assessments';
import { sameCompanyName } from '$lib/model/client';
import { getClient, listClients, putClient } from '$lib/storage/clients';
import { applyImport, prepareImport } from '$lib/files/import';
import { allAnswered, makeAssessment } from '$test-data/factories/assessment';
import { freshStore } from '$test-data/fresh-store';

const client: Client = { id: 'client-1', company: { name: 'Tischlerei Holz KG', seat: 'Bremen' }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', revision: 1 };
const provider = { company: 'IT-Service Nord GmbH', consultant: 'Jana Berg' };

describe('re-assessment', () => {
	const previous = makeAssessment(
		{ ...allAnswered('fulfilled'), '10': 'not_fulfilled' },
		{ clientId: client.id, notes: { '01': 'alte Notiz' }, plan: { '10': { owner: 'Herr Weiß', due: '2027-01-31', status: 'in_progress' } } }
	);
	const next = newReassessment(previous, currentCatalogue, { provider, now: new Date('2026-11-26T10:00:00Z') });

	it('copies the answers as a starting point, each marked "to be confirmed"', async () => {
		expect(next.answers).toEqual(previous.answers);
		expect(next.toConfirm?.sort()).toEqual(Object.keys(previous.answers).sort());
		expect(next.summary).toEqual(previous.summary);
	});

	it('is a new check of the same client that points back to the earlier one', async () => {
		expect(next.id).not.toBe(previous.id);
		expect(next).toMatchObject({ previousId: previous.id, clientId: client.id, createdAt: '2026-11-26T10:00:00.000Z', revision: 1 });
	});

	it('carries the action plan over but not the notes, and starts a new consultation', async () => {
		expect(next.plan).toEqual(previous.plan);
		expect(next.notes).toEqual({});
		expect(next.consultation).toEqual(newConsultation(provider));
	});
});

describe('the action plan as CSV and iCalendar', () => {
	const assessment = makeAssessment(
		{ ...allAnswered('fulfilled'), '01': 'not_fulfilled', '10': 'not_fulfilled' },
		{
			company: { name: 'Müller, Söhne & „Partner“' },
			plan: {
				'01': { owner: 'Frau Öztürk; Geschäftsführung', due: '2027-02-15', status: 'open' },
				'10': { owner: 'Herr "IT" Weiß\nund Team', status: 'done', due: '2027-03-01' }
			}
		}
	);
	const actions = prioritiseActions(currentCatalogue, assessment.answers);

	it('round-trips through a CSV parser with umlauts, commas, quotes and line breaks', async () => {
		const rows = parse(actionPlanCsv(assessment, actions), { delimiter: ';', bom: true }) as string[][];
		expect(rows).toHaveLength(3);
		expect(rows[0]![0]).toBe('Nr.');
		const top = rows.find((r) => r[0] === '01')!;
		expect(top[2]).toBe('Ja');
		expect(top[7]).toBe('Frau Öztürk; Geschäftsführung');
		expect(top[8]).toBe('2027-02-15');
		expect(top[9]).toBe('offen');
		expect(top[4]).toContain('\n2. ');
		expect(rows.find((r) => r[0] === '10')![7]).toBe('Herr "IT" Weiß\nund Team');
	});

	it('puts the open due dates into a calendar, leaving done ones out', async () => {
		const { calendar: made, skipped } = actionPlanCalendar(assessment, currentCatalogue, new Date('2026-11-26T10:00:00Z'));
		const calendar = made!;
		expect(skipped).toEqual([]);
		expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(calendar).toContain('DTSTART;VALUE=DATE:20270215');
		expect(calendar.replace(/\r\n /g, '')).toContain('Müller\\, Söhne & „Partner“');
		expect(actionPlanCalendar(makeAssessment(), currentCatalogue).calendar).toBeNull();
	});

	it('leaves out, and names, a due date that is no real day', () => {
		const damaged = makeAssessment({ '01': 'not_fulfilled', '10': 'not_fulfilled' }, { plan: { '01': { due: '2027-02-30', status: 'open' }, '10': { due: '2027-03-01', status: 'open' } } });
		const { calendar, skipped } = actionPlanCalendar(damaged, currentCatalogue, new Date('2026-11-26T10:00:00Z'));
		expect(skipped).toEqual(['01']);
		expect(calendar!.match(/BEGIN:VEVENT/g)).toHaveLength(1);
	});
});

describe('clients in files', () => {
	beforeEach(() => {
		freshStore();
	});

	it('a client with its checks round-trips through a client file', async () => {
		const checks = [makeAssessment({ '01': 'fulfilled' }, { clientId: client.id, consultation: newConsultation(provider) }), makeAssessment({}, { clientId: client.id })];
		const result = await readAssessmentFile(exportClient(client, checks, '1'));
		expect(result).toEqual({ ok: true, kind: 'client', assessments: checks, clients: [client], refused: [], total: checks.length + 1 });
		const { plan } = await prepareImport([{ name: 'c.json', text: exportClient(client, checks, '1'), size: 10 }]);
		await applyImport(plan, new Map(), '(Kopie)');
		expect(await getClient(client.id)).toEqual(client);
		expect((await listAssessments()).map((a) => a.clientId)).toEqual([client.id, client.id]);
	});

	it('keeping both copies of a client moves its imported checks to the copy', async () => {
		await putClient(client);
		const check = makeAssessment({}, { clientId: client.id });
		// Changed in the file as well as here (as many changes, different content): a conflict.
		const theirs = { ...client, company: { ...client.company, seat: 'Hamburg' }, updatedAt: '2027-01-01T10:00:00.000Z' };
		const { plan } = await prepareImport([{ name: 'c.json', text: exportClient(theirs, [check], '1'), size: 10 }]);
		expect(plan.conflicts.map((c) => c.kind)).toEqual(['client']);
		await applyImport(plan, new Map([[`client:${client.id}`, 'keep_both']]), '(Kopie)');
		const clients = await listClients();
		expect(clients.map((c) => c.company.name)).toEqual(['Tischlerei Holz KG', 'Tischlerei Holz KG (Kopie)']);
		expect((await getAssessment(check.id))?.clientId).toBe(clients[1]!.id);
	});

	it('a backup holds the clients too', async () => {
		const result = await readAssessmentFile(exportBackup([makeAssessment({}, { clientId: client.id })], '1', new Date(), [client]));
		expect(result.ok && result.clients).toEqual([client]);
	});

	it('rejects a client file whose checks belong to another client', async () => {
		const result = await readAssessmentFile(exportClient(client, [makeAssessment({}, { clientId: 'someone-else' })], '1'));
		expect(result).toMatchObject({ ok: true, assessments: [], refused: [{ kind: 'assessment', position: 1, problem: { code: 'invalid', path: '/assessments/0/clientId' } }] });
	});

	it('rejects plans and marks for unknown requirements, and plan dates of the wrong form', async () => {
		const bad = makeAssessment({}, { plan: { '99': { status: 'open' } } });
		expect(await readAssessmentFile(exportClient(client, [{ ...bad, clientId: client.id }], '1'))).toMatchObject({ ok: true, refused: [{ problem: { code: 'unknown_requirement' } }] });
		const date = makeAssessment({}, { plan: { '01': { status: 'open', due: '31.01.2027' } } });
		expect(await readAssessmentFile(exportBackup([date], '1'))).toMatchObject({ ok: true, refused: [{ problem: { code: 'invalid', path: '/assessments/0/plan/01/due' } }] });
	});
});

describe('duplicate clients', () => {
	it('are recognised by name, ignoring case, spaces and dots', async () => {
		expect(sameCompanyName('Tischlerei Holz KG', '  tischlerei  holz kg ')).toBe(true);
		expect(sameCompanyName('Müller GmbH & Co. KG', 'müller gmbh & co kg')).toBe(true);
		expect(sameCompanyName('Müller GmbH', 'Müller AG')).toBe(false);
	});
});

describe('logos', () => {
	it('are recognised by their first bytes, never by name: PNG, JPEG and WebP only', async () => {
		const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(16).fill(0)]);
		expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
		expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
		expect(sniffImageType(new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]))).toBe('webp');
		expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
		expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBeNull();
	});

	it('are scaled into 600 × 240, keeping the proportions and never enlarged', async () => {
		expect(fitInto(1200, 240)).toEqual({ width: 600, height: 120 });
		expect(fitInto(300, 600)).toEqual({ width: 120, height: 240 });
		expect(fitInto(100, 50)).toEqual({ width: 100, height: 50 });
	});
});
