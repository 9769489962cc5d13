// The list indexes: a page of the newest checks or of clients by name is read without reading
// the rest, stays right through every kind of write, and is built for data stored without it.
import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { newClient } from '$lib/model/factories';
import { makeAssessment } from '$test-data/factories/assessment';
import { freshStore } from '$test-data/fresh-store';
import { listingOf } from '$lib/model/listing';
import { changeAssessment, countConsultations, deleteAssessment, ensureCheckIndex, listingsOfClient, putAssessment, putRecords, recentListings } from './assessments';
import { changeClient, firstClients, putClient } from './clients';
import { countWithPrefix } from './records';

let store: ReturnType<typeof freshStore>;
beforeEach(() => {
	store = freshStore();
});

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('the index of checks by their last change', () => {
	it('gives the newest first, a page at a time, with the total', async () => {
		const checks = [3, 1, 7, 5].map((day) => makeAssessment({}, { updatedAt: at(day) }));
		await putRecords(checks, []);
		const { listings, total } = await recentListings(2);
		expect(total).toBe(4);
		expect(listings.map((l) => l.updatedAt)).toEqual([at(7), at(5)]);
	});

	it('moves a changed check to the top and drops a deleted one, leaving no stale entry', async () => {
		const [a, b] = [makeAssessment({}, { updatedAt: at(1) }), makeAssessment({}, { updatedAt: at(2) })];
		await putRecords([a!, b!], []);
		await changeAssessment(a!.id, (x) => ({ ...x, notes: { '01': 'neu' } }), 1, new Date(at(9)));
		expect((await recentListings(10)).listings.map((l) => l.id)).toEqual([a!.id, b!.id]);
		await deleteAssessment(b!.id);
		expect((await recentListings(10)).listings.map((l) => l.id)).toEqual([a!.id]);
		expect(await countWithPrefix(store, 'recent:')).toBe(1);
	});

	it('replaces the entry of a check imported again instead of adding a second one', async () => {
		const a = makeAssessment({}, { updatedAt: at(1) });
		await putAssessment(a);
		await putAssessment({ ...a, updatedAt: at(4), revision: 2 });
		expect(await countWithPrefix(store, 'recent:')).toBe(1);
		expect((await recentListings(5)).listings[0]?.updatedAt).toBe(at(4));
	});

	it('indexes checks stored without entries (an older version) once, when a list reads it', async () => {
		const old = [makeAssessment({}, { updatedAt: at(2) }), makeAssessment({}, { updatedAt: at(6) })];
		for (const a of old) await set(`assessment:${a.id}`, a, store);
		expect(await countWithPrefix(store, 'recent:')).toBe(0);
		expect(await ensureCheckIndex()).toEqual({ total: 2, rebuilt: true });
		expect(await ensureCheckIndex()).toEqual({ total: 2, rebuilt: false });
		const { listings, total } = await recentListings(20);
		expect(total).toBe(2);
		expect(listings.map((l) => l.id)).toEqual([old[1]!.id, old[0]!.id]);
		expect(await countWithPrefix(store, 'recent:')).toBe(2);
	});
});

describe('the index of clients by name and of their checks', () => {
	it('lists clients by name, case and accents aside, and follows a rename', async () => {
		const names = ['Zahnarzt Kurz', 'Ärztehaus Nord', 'bäckerei Sonne'];
		const clients = names.map((name) => newClient({ name }));
		for (const c of clients) await putClient(c);
		expect((await firstClients(10)).clients.map((c) => c.company.name)).toEqual(['Ärztehaus Nord', 'bäckerei Sonne', 'Zahnarzt Kurz']);
		await changeClient(clients[0]!.id, (c) => ({ ...c, company: { name: 'Apotheke am Markt' } }));
		const { clients: renamed, total } = await firstClients(2);
		expect(total).toBe(3);
		expect(renamed.map((c) => c.company.name)).toEqual(['Apotheke am Markt', 'Ärztehaus Nord']);
	});

	it('reads the checks of one client, oldest first, without the others', async () => {
		const client = newClient({ name: 'Kunde' });
		const first = makeAssessment({}, { clientId: client.id, createdAt: at(1) });
		const second = makeAssessment({}, { clientId: client.id, createdAt: at(5) });
		await putRecords([second, makeAssessment(), first], [client]);
		expect((await listingsOfClient(client.id)).map((l) => l.id)).toEqual([first.id, second.id]);
	});

	it('lists a consultation once, under its client, never among the self-checks', async () => {
		const client = newClient({ name: 'Kunde' });
		const own = makeAssessment({}, { updatedAt: at(2) });
		const consultation = makeAssessment({}, { clientId: client.id, updatedAt: at(3) });
		await putRecords([own, consultation], [client]);
		expect((await recentListings(10)).listings.map((l) => l.id)).toEqual([own.id]);
		expect((await recentListings(10)).total).toBe(1);
		expect((await listingsOfClient(client.id)).map((l) => l.id)).toEqual([consultation.id]);
		expect(await countConsultations()).toBe(1);
		expect(await ensureCheckIndex()).toEqual({ total: 2, rebuilt: false });
	});

	it('moves consultations an older version listed among the self-checks to their client alone', async () => {
		const client = newClient({ name: 'Kunde' });
		const consultation = makeAssessment({}, { clientId: client.id, updatedAt: at(3) });
		await putRecords([consultation], [client]);
		// What an older version wrote: the same entry in the recent index as well.
		const inverted = String(9_999_999_999_999 - Date.parse(at(3))).padStart(13, '0');
		await set(`recent:${inverted}:${consultation.id}`, { ...listingOf(consultation) }, store);
		expect((await recentListings(10)).total).toBe(1);
		expect(await ensureCheckIndex()).toEqual({ total: 1, rebuilt: true });
		expect((await recentListings(10)).total).toBe(0);
		expect((await listingsOfClient(client.id)).map((l) => l.id)).toEqual([consultation.id]);
		expect(await ensureCheckIndex()).toEqual({ total: 1, rebuilt: false });
	});
});
