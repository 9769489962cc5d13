// What the app stores, it restores: any sequence of what a user can do – answers, notes,
// company data, NIS-2 answers including cleared and extreme numbers, a consultation whose clock
// runs for months, action tracking, the NIS-2 readiness workspace, re-assessments, client changes – ends in a state whose
// backup imports into an empty store completely and identically. The real state classes run
// on fake-indexeddb; every input is the kind the fields let through, bad ones included, since
// the contract must refuse those before they are stored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCatalogue, currentNis2Rules, SPECIAL_TYPE_IDS } from '$lib/engine';
import { makeBackup } from '$lib/files/backup';
import { applyImport, conflictKey, prepareImport } from '$lib/files/import';
import { startConsultation, startReassessment } from '$lib/consultation/start';
import { PARTICIPANT_ROLES, type Assessment, type ActionStatus, type Company } from '$lib/model/assessment';
import * as change from '$lib/model/changes';
import { INCIDENT_REPORTS, MEASURE_ANSWERS, measureActionId } from '$lib/model/readiness';
import * as readiness from '$lib/model/readiness-changes';
import { newAssessment } from '$lib/model/factories';
import { AssessmentSession } from '$lib/state/assessment-session.svelte';
import { ClientList } from '$lib/state/client-list.svelte';
import { Nis2Form } from '$lib/state/nis2-form.svelte';
import { getAssessment, listRecords, putAssessment } from '$lib/storage/assessments';
import { freshStore } from '$test-data/fresh-store';

const requirements = currentCatalogue.requirements;
const rows = currentNis2Rules.rows.map((r) => r.id);
const START = Date.parse('2026-12-01T09:00:00.000Z');

/** What the fields let through: ordinary text, markup, emoji, bidi controls, and too long. */
const text = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom('Müller & Söhne „GmbH“', '<b>x</b>', '\u202Eevil', '=1+1', '👩‍💻 Büro', ''),
	fc.string({ minLength: 290, maxLength: 320 }),
	fc.string({ minLength: 4990, maxLength: 5010 })
);
/** What a number field may pass on, including what it must refuse. */
const amount = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 2e15, noNaN: true }), fc.constantFrom(0, 1e15, 2e18, -1));
const day = fc.oneof(fc.constantFrom('2027-02-28', '2027-02-30', '2026-99-99', '0000-00-00', '2028-02-29'), fc.date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

interface World {
	session: AssessmentSession;
	form: Nis2Form;
	clients: ClientList;
	/** minutes since START, advanced by the commands */
	clock: number;
	log: string[];
}

const now = (w: World) => new Date(START + w.clock * 60_000).toISOString();

type Command = (w: World) => Promise<void> | void;

const requirement = fc.integer({ min: 0, max: requirements.length - 1 }).map((i) => requirements[i]!);

/** A moment around the world's clock: before the check, now, later, or not a moment at all. */
const moment = fc.oneof(
	fc.integer({ min: -100_000, max: 200_000 }).map((minutes) => new Date(START + minutes * 60_000).toISOString()),
	fc.constantFrom('2027-02-30T10:00:00.000Z', '2026-12-01T25:00:00Z', 'yesterday')
);
const fieldId = fc.constantFrom('name', 'legal_form', 'ip_ranges', 'member_states', 'contact_email');
const questionId = fc.constantFrom('a-policy', 'c-backup', 'c-restore-test', 'j-mfa');

// The readiness workspace: registration, the §30 answers and their actions, §38, incidents.
const readinessCommands: fc.Arbitrary<Command>[] = [
	fc.tuple(fieldId, text).map(([field, value]): Command => (w) => void w.session.change(readiness.setRegistrationField(field, value))),
	fc.tuple(fieldId, fc.boolean()).map(([step, done]): Command => (w) => void w.session.change(readiness.setRegistrationStep(step, done))),
	fc.tuple(fc.constantFrom('inScopeSince', 'registeredOn') as fc.Arbitrary<'inScopeSince'>, fc.option(day)).map(
		([field, value]): Command =>
			(w) =>
				void w.session.change(readiness.setRegistrationDay(field, value ?? undefined))
	),
	fc.tuple(questionId, fc.option(fc.constantFrom(...MEASURE_ANSWERS)), text).map(
		([id, value, note]): Command =>
			(w) => {
				w.session.change(readiness.setMeasureAnswer('bsig-2025-12-m1', id, value ?? undefined, now(w)));
				w.session.change(readiness.setMeasureNote('bsig-2025-12-m1', id, note, now(w)));
			}
	),
	fc.tuple(questionId, text, day).map(
		([id, owner, due]): Command =>
			(w) => {
				w.session.change(change.setTracking(measureActionId(id), 'owner', owner.trim() ? owner : undefined));
				w.session.change(change.setTracking(measureActionId(id), 'due', due));
			}
	),
	fc.tuple(fc.constantFrom('approvedBy', 'approvedOn', 'reviewedOn', 'lastTrainingOn', 'trainingAttendees') as fc.Arbitrary<'approvedBy'>, fc.oneof(text, day)).map(
		([field, value]): Command =>
			(w) =>
				void w.session.change(readiness.setManagementField(field, value))
	),
	fc.tuple(fc.constantFrom('i1', 'i2'), moment).map(
		([id, awareAt]): Command =>
			(w) => {
				w.session.change(readiness.startIncident(id, awareAt, now(w)));
				w.session.change(readiness.setIncidentAwareAt(id, awareAt, now(w)));
			}
	),
	fc.tuple(fc.constantFrom('i1', 'i2'), fc.constantFrom(...INCIDENT_REPORTS), fieldId, text, fc.option(moment)).map(
		([id, report, field, value, sentAt]): Command =>
			(w) => {
				w.session.change(readiness.setIncidentTitle(id, value));
				w.session.change(readiness.setIncidentDraft(id, report, field, value));
				w.session.change(readiness.setIncidentSent(id, report, sentAt ?? undefined, now(w)));
				w.session.change(readiness.setIncidentClosed(id, sentAt ?? undefined, now(w)));
			}
	)
];

const commands: fc.Arbitrary<Command>[] = [
	fc.tuple(requirement, fc.nat(5), fc.constantFrom('fulfilled', 'not_fulfilled') as fc.Arbitrary<'fulfilled' | 'not_fulfilled'>).map(
		([r, p, status]): Command =>
			(w) => {
				w.session.change(change.setPart(r.id, r.parts[p % r.parts.length]!.id, status));
			}
	),
	fc.tuple(requirement, fc.boolean()).map(
		([r, yes]): Command =>
			(w) => {
				if (r.precondition) w.session.change(change.setPrecondition(r.id, yes ? 'yes' : 'no'));
			}
	),
	fc.tuple(requirement, text).map(([r, value]): Command => (w) => void w.session.change(change.setNote(r.id, value))),
	fc.tuple(fc.constantFrom<keyof Company>('name', 'seat', 'legalForm', 'registerNumber', 'industry'), text).map(
		([field, value]): Command =>
			(w) => {
				if (field !== 'name' || value.trim()) w.session.change(change.setCompanyField(field, value));
			}
	),
	fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 20_000_000 })).map((employees): Command => (w) => void w.session.change(change.setCompanyField('employees', employees))),
	fc.tuple(requirement, text, day, fc.constantFrom<ActionStatus>('open', 'in_progress', 'done')).map(
		([r, owner, due, status]): Command =>
			(w) => {
				w.session.change(change.setTracking(r.id, 'owner', owner.trim() ? owner : undefined));
				w.session.change(change.setTracking(r.id, 'due', due));
				w.session.change(change.setTracking(r.id, 'status', status));
			}
	),
	fc.tuple(fc.constantFrom(...rows), fc.constantFrom('yes', 'no', 'unsure') as fc.Arbitrary<'yes' | 'no' | 'unsure'>).map(([row, answer]): Command => (w) => void w.form.setActivity(row, answer)),
	fc.tuple(fc.constantFrom(...rows), fc.constantFrom('yes', 'no', 'unsure') as fc.Arbitrary<'yes' | 'no' | 'unsure'>).map(([row, answer]): Command => (w) => void w.form.setNegligible(row, answer)),
	fc.tuple(fc.constantFrom(...SPECIAL_TYPE_IDS), fc.constantFrom('yes', 'no', 'unknown')).map(
		([id, value]): Command =>
			(w) =>
				void w.form.setSpecial(id, id === 'trustServiceProvider' && value === 'yes' ? 'qualified' : (value as 'yes' | 'no' | 'unknown'))
	),
	fc.tuple(fc.constantFrom('staff', 'turnoverEur', 'balanceSheetEur') as fc.Arbitrary<'staff' | 'turnoverEur' | 'balanceSheetEur'>, amount).map(([field, value]): Command => (w) => void w.form.setSize(field, value)),
	fc.tuple(fc.nat(3), fc.oneof(fc.constantFrom(0, 25, 100, 150, -3), fc.double({ min: 0, max: 100, noNaN: true }))).map(
		([i, share]): Command =>
			(w) => {
				if (w.form.profile.size.partners.length <= i) w.form.addPartner();
				else w.form.setPartner(i, 'sharePercent', share);
			}
	),
	fc.tuple(fc.nat(3), amount).map(
		([i, value]): Command =>
			(w) => {
				if (w.form.profile.size.linked.length <= i) w.form.addLinked();
				else w.form.setLinked(i, 'turnoverEur', value ?? 0);
			}
	),
	fc.nat(3).map((i): Command => (w) => void w.form.removePartner(i)),
	// The interview clock, with the device's time moving on by up to three months.
	fc.tuple(fc.constantFrom('interview', 'evaluation', 'report', 'follow_up', 'information') as fc.Arbitrary<'interview'>, fc.integer({ min: 0, max: 131_400 })).map(
		([phase, minutes]): Command =>
			(w) => {
				w.clock += minutes;
				w.session.change(phase === 'interview' ? change.startInterview(now(w)) : change.setPhase(phase, now(w)));
			}
	),
	fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 131_400 })).map(
		([running, minutes]): Command =>
			(w) => {
				w.clock += minutes;
				w.session.change(change.setClock(running, now(w)));
			}
	),
	fc.tuple(requirement, fc.boolean()).map(([r, marked]): Command => (w) => void w.session.change(change.setClarify(r.id, marked))),
	// The participants of the consultation, names of every kind the field lets through.
	fc
		.array(fc.record({ name: text, role: fc.constantFrom(...PARTICIPANT_ROLES) }), { maxLength: 4 })
		.map((list): Command => (w) => void w.session.change(change.setParticipants(list))),
	...readinessCommands,
	// A re-assessment: a new check from the current one, which the next commands work on.
	fc.constant<Command>(async (w) => {
		await w.session.settled();
		const current = await getAssessment(w.session.assessment!.id);
		if (!current) return;
		const next = await startReassessment(current, 'de', current.consultation?.provider);
		await open(w, next.id);
	}),
	// A client with a consultation for it.
	fc.tuple(text, day).map(
		([name, followUp]): Command =>
			async (w) => {
				const client = await w.clients.create({ name: name.trim() || 'Kunde' });
				if (!client) return;
				await w.clients.update(client.id, (c) => ({ ...c, followUp }));
				const check = await startConsultation(client, { company: 'IT-Service Nord', consultant: 'Jana Berg', qualification: 'Zertifizierte Beraterin, IHK' }, 'de');
				await open(w, check.id);
			}
	)
];

async function open(w: World, id: string): Promise<void> {
	w.session.close();
	w.session = new AssessmentSession();
	await w.session.load(id, 'de');
	await w.session.prepare();
	w.form = new Nis2Form(w.session, currentNis2Rules);
	// As the page does once there is something to decide; the result follows each answer then.
	await w.form.loadDecision('de');
	// What was done, to read a failing sequence by.
	const session = w.session;
	const original = session.change.bind(session);
	session.change = (c) => {
		const done = original(c);
		w.log.push(`${c.key}${done ? '' : ' (refused)'}`);
		return done;
	};
	w.log.push(`open ${id}`);
}

/** Every stored check and client, in a fixed order, as a backup reads them. */
async function everything() {
	const { assessments, clients } = await listRecords();
	const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
	return { assessments: [...assessments].sort(byId), clients: [...clients].sort(byId) };
}

describe('a backup of whatever a user did', () => {
	it('imports into an empty store completely and identically (1,000 sequences)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.oneof(...commands), { minLength: 1, maxLength: 12 }), async (sequence) => {
				freshStore();
				const first: Assessment = newAssessment({ name: 'Bäckerei Sonnenschein' }, currentCatalogue, new Date(START));
				await putAssessment(first);
				const w: World = { session: new AssessmentSession(), form: undefined as unknown as Nis2Form, clients: new ClientList(), clock: 0, log: [] };
				await open(w, first.id);
				for (const command of sequence) {
					await command(w);
					await w.session.settled();
				}
				if (w.session.save.state === 'error') {
					const { problemOfRecord } = await import('$lib/files/record-check');
					expect({ save: w.session.save, problem: problemOfRecord(JSON.parse(JSON.stringify(w.session.assessment)), null), log: w.log }).toBeNull();
				}
				w.session.close();
				const before = await everything();
				const backup = await makeBackup('de', '1.0.0');
				expect(backup.unreadable).toBeNull();

				freshStore();
				const { outcomes, plan } = await prepareImport([{ name: backup.fileName, text: backup.text, size: backup.text.length }]);
				expect(outcomes[0]).toMatchObject({ ok: true, refused: [] });
				expect(plan.conflicts).toEqual([]);
				await applyImport(plan, new Map(plan.conflicts.map((c) => [conflictKey(c), 'skip'])), '(Kopie)');
				expect(await everything()).toEqual(before);
			}),
			{ numRuns: Number(process.env.BACKUP_RUNS ?? 1000) }
		);
	}, 600_000);
});
