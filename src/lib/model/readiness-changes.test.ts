import { describe, expect, it } from 'vitest';
import { currentCatalogue } from '$lib/engine';
import { problemOfRecord } from '$lib/files/record-check';
import { makeAssessment } from '$test-data/factories/assessment';
import type { Assessment } from './assessment';
import type { Change } from './changes';
import { setTracking } from './changes';
import { measureActionId } from './readiness';
import * as r from './readiness-changes';

const V = 'bsig-2025-12-m1';
const T1 = '2026-12-01T08:00:00.000Z';
const T2 = '2026-12-01T09:30:00.000Z';

function applied(...changes: Change[]): Assessment {
	const a = makeAssessment();
	for (const c of changes) c.apply(a);
	return a;
}

describe('the readiness workspace changes', () => {
	it('gather the registration data field by field; an empty text removes the field', () => {
		const a = applied(r.setRegistrationField('ip_ranges', ' 192.0.2.0/24 '), r.setRegistrationField('name', 'Muster GmbH'), r.setRegistrationField('name', '  '), r.setRegistrationStep('certificate', true));
		expect(a.readiness?.registration).toEqual({ fields: { ip_ranges: ' 192.0.2.0/24 ' }, steps: { certificate: true } });
		const undone = applied(r.setRegistrationStep('certificate', true), r.setRegistrationStep('certificate', false), r.setRegistrationDay('inScopeSince', '2026-03-01'));
		expect(undone.readiness?.registration).toEqual({ fields: {}, steps: {}, inScopeSince: '2026-03-01' });
	});

	it('keep a note when the answer is taken back, and drop the entry when both are gone', () => {
		const a = applied(r.setMeasureAnswer(V, 'c-backup', 'partly', T1), r.setMeasureNote(V, 'c-backup', 'NAS only', T2));
		expect(a.readiness?.measures).toEqual({ version: V, answers: { 'c-backup': { value: 'partly', note: 'NAS only', at: T1 } } });
		r.setMeasureAnswer(V, 'c-backup', undefined, T2).apply(a);
		expect(a.readiness?.measures?.answers).toEqual({ 'c-backup': { note: 'NAS only', at: T2 } });
		r.setMeasureNote(V, 'c-backup', '', T2).apply(a);
		expect(a.readiness?.measures?.answers).toEqual({});
	});

	it('confirm prefilled answers at once, keeping their notes', () => {
		const a = applied(r.setMeasureNote(V, 'a-policy', 'signed 2025', T1), r.confirmMeasureAnswers(V, { 'a-policy': 'yes', 'j-mfa': 'no' }, T2));
		expect(a.readiness?.measures?.answers).toEqual({ 'a-policy': { note: 'signed 2025', value: 'yes', at: T2 }, 'j-mfa': { value: 'no', at: T2 } });
	});

	it('log an incident: started, the corrected awareness time with the earlier one, what was sent and when', () => {
		const a = applied(
			r.startIncident('i1', T1, T1),
			r.startIncident('i1', T2, T2),
			r.setIncidentAwareAt('i1', '2026-12-01T07:15:00.000Z', T2),
			r.setIncidentDraft('i1', 'early_warning', 'malicious', 'yes, ransomware note'),
			r.setIncidentSent('i1', 'early_warning', T2, T2),
			r.setIncidentClosed('i1', T2, T2)
		);
		expect(a.readiness?.incidents).toEqual([
			{
				id: 'i1',
				awareAt: '2026-12-01T07:15:00.000Z',
				createdAt: T1,
				drafts: { early_warning: { malicious: 'yes, ransomware note' } },
				sent: { early_warning: T2 },
				closedAt: T2,
				log: [
					{ at: T1, event: 'started' },
					{ at: T2, event: 'aware_changed', detail: T1 },
					{ at: T2, event: 'sent', detail: 'early_warning' },
					{ at: T2, event: 'closed' }
				]
			}
		]);
	});

	it('write only what the importer reads back: a workspace full of data passes, an impossible day does not', () => {
		const full = applied(
			r.setRegistrationField('name', 'Muster GmbH'),
			r.setRegistrationDay('registeredOn', '2026-02-28'),
			r.setMeasureAnswer(V, 'c-backup', 'no', T1),
			setTracking(measureActionId('c-backup'), 'owner', 'IT'),
			r.setManagementField('approvedOn', '2026-11-30'),
			r.startIncident('i1', T1, T1),
			r.setIncidentDraft('i1', 'final', 'root_cause', 'phishing')
		);
		expect(problemOfRecord(full, currentCatalogue)).toBeNull();
		expect(problemOfRecord(applied(r.setManagementField('lastTrainingOn', '2026-02-30')), null)).toMatchObject({ path: '/readiness/management/lastTrainingOn' });
		expect(problemOfRecord(applied(r.startIncident('i1', '2026-12-01T25:00:00.000Z', T1)), null)).toMatchObject({ path: '/readiness/incidents/0/awareAt' });
	});
});
