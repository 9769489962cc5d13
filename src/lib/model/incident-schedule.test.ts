// The schedule of one incident, worked out by hand. Berlin is UTC+2 (CEST) from 29 March to
// 25 October 2026. "The end of day D" is the Berlin midnight after D, as a UTC instant.
import { describe, expect, it } from 'vitest';
import { incidentSchedule } from './incident-schedule';
import type { Incident } from './readiness';

// Aware Tuesday 12 May 2026, 08:15 CEST.
const base: Incident = { id: 'i1', awareAt: '2026-05-12T06:15:00.000Z', createdAt: '2026-05-12T06:15:00.000Z', drafts: {}, sent: {}, log: [] };
const incident = (changes: Partial<Incident>): Incident => ({ ...base, ...changes });

describe('incidentSchedule', () => {
	it('not yet notified: the final report counts from the 72-hour deadline, a progress report only maybe', () => {
		// +24 h = 13 May 06:15Z; +72 h = 15 May 06:15Z (08:15 CEST, 15 May) → end of 15 June = 15 June 22:00Z.
		const s = incidentSchedule(base, '2026-05-12T10:00:00.000Z');
		expect(s.finalBasis).toBe('pending');
		expect(s.progress).toBe('maybe');
		expect(s.reports.early_warning).toEqual({ report: 'early_warning', due: '2026-05-13T06:15:00.000Z', sent: undefined, state: 'open' });
		expect(s.reports.notification.due).toBe('2026-05-15T06:15:00.000Z');
		expect(s.reports.final).toMatchObject({ due: '2026-06-15T22:00:00.000Z', state: 'open' });
		expect(s.reports.progress).toMatchObject({ due: '2026-06-15T22:00:00.000Z', state: 'open' });
	});

	it('an early warning overdue; one sent after its deadline is marked late', () => {
		expect(incidentSchedule(base, '2026-05-13T06:15:00.000Z').reports.early_warning.state).toBe('overdue');
		const late = incident({ sent: { early_warning: '2026-05-13T07:00:00.000Z' } });
		expect(incidentSchedule(late, '2026-05-13T08:00:00.000Z').reports.early_warning.state).toBe('sent_late');
		const inTime = incident({ sent: { early_warning: '2026-05-12T09:00:00.000Z' } });
		expect(incidentSchedule(inTime, '2026-05-13T08:00:00.000Z').reports.early_warning.state).toBe('sent');
	});

	it('notified on 14 May (16:00 CEST): the final report by the end of 14 June', () => {
		const s = incidentSchedule(incident({ sent: { notification: '2026-05-14T14:00:00.000Z' } }), '2026-05-20T10:00:00.000Z');
		expect(s.finalBasis).toBe('notified');
		expect(s.reports.final.due).toBe('2026-06-14T22:00:00.000Z');
		expect(s.reports.notification.state).toBe('sent');
	});

	it('closed before the month ran out: no progress report', () => {
		const s = incidentSchedule(incident({ sent: { notification: '2026-05-14T14:00:00.000Z' }, closedAt: '2026-05-20T10:00:00.000Z' }), '2026-05-21T10:00:00.000Z');
		expect(s.progress).toBe('none');
		expect(s.reports.progress.state).toBe('not_needed');
		expect(s.reports.final.due).toBe('2026-06-14T22:00:00.000Z');
	});

	it('still ongoing after the month: the progress report was due then, the final report waits for the end of the handling', () => {
		const s = incidentSchedule(incident({ sent: { notification: '2026-05-14T14:00:00.000Z' } }), '2026-06-20T10:00:00.000Z');
		expect(s.progress).toBe('due');
		expect(s.reports.progress).toMatchObject({ due: '2026-06-14T22:00:00.000Z', state: 'overdue' });
		expect(s.finalBasis).toBe('open');
		expect(s.reports.final).toMatchObject({ due: null, state: 'unknown' });
	});

	it('closed on 3 July after the month: the final report one month after, by the end of 3 August (§ 32 Abs. 2)', () => {
		// Closed 3 July 12:00 CEST → 3 August is over at 4 August 00:00 CEST = 3 August 22:00Z.
		const s = incidentSchedule(incident({ sent: { notification: '2026-05-14T14:00:00.000Z' }, closedAt: '2026-07-03T10:00:00.000Z' }), '2026-07-04T10:00:00.000Z');
		expect(s.progress).toBe('due');
		expect(s.finalBasis).toBe('closed');
		expect(s.reports.final).toMatchObject({ due: '2026-08-03T22:00:00.000Z', state: 'open' });
	});
});
