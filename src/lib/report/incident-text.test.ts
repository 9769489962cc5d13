// One incident in words and the text pasted into the BSI portal, worked out by hand. Aware
// Tuesday 12 May 2026, 08:15 CEST (06:15Z): early warning by Wednesday 13 May 08:15, notification
// by Friday 15 May 08:15, final report by the end of Monday 15 June (shown as Tuesday 16 June 00:00).
import { describe, expect, it } from 'vitest';
import type { Incident } from '$lib/model/readiness';
import { formatDuration, formatInstant, incidentSummary, reportText } from './incident-text';

const incident: Incident = {
	id: 'i1',
	title: 'Verschlüsselte Dateien',
	awareAt: '2026-05-12T06:15:00.000Z',
	createdAt: '2026-05-12T06:16:00.000Z',
	drafts: { early_warning: { summary: 'Dateien auf dem Server verschlüsselt', malicious: 'yes' } },
	sent: { early_warning: '2026-05-12T12:00:00.000Z' },
	log: [
		{ at: '2026-05-12T06:16:00.000Z', event: 'started' },
		{ at: '2026-05-12T06:20:00.000Z', event: 'aware_changed', detail: '2026-05-12T06:16:00.000Z' },
		{ at: '2026-05-12T12:00:05.000Z', event: 'sent', detail: 'early_warning' }
	]
};

describe('formatInstant and formatDuration', () => {
	it('German time with weekday and zone', () => {
		expect(formatInstant('2026-05-13T06:15:00.000Z', 'de')).toBe('Mi., 13. Mai 2026 um 08:15 MESZ');
		expect(formatInstant('2026-12-03T06:15:00.000Z', 'en')).toBe('Thu, 3 December 2026 at 07:15 CET');
	});
	it('durations rounded down to the minute', () => {
		expect(formatDuration((2 * 24 * 60 + 3 * 60 + 5) * 60_000 + 59_000, 'de')).toBe('2 Tg. 3 Std. 5 Min.');
		expect(formatDuration((3 * 60 + 5) * 60_000, 'en')).toBe('3 h 5 min');
		expect(formatDuration(59_000, 'en')).toBe('0 min');
	});
});

describe('incidentSummary', () => {
	const s = incidentSummary(incident, '2026-05-12T13:00:00.000Z', 'de', 'Bäckerei Müller GmbH');
	it('has the four reports in order with their deadlines and states', () => {
		expect(s.reports.map((r) => [r.name, r.dueText, r.state])).toEqual([
			['Frühe Erstmeldung', 'Frist: Mi., 13. Mai 2026 um 08:15 MESZ', 'sent'],
			['Meldung über den Sicherheitsvorfall', 'Frist: Fr., 15. Mai 2026 um 08:15 MESZ', 'open'],
			['Abschlussmeldung', 'Frist: Di., 16. Juni 2026 um 00:00 MESZ', 'open'],
			['Fortschrittsmeldung', 'Frist: Di., 16. Juni 2026 um 00:00 MESZ', 'open']
		]);
		expect(s.reports[0]!.sentText).toBe('Gesendet am Di., 12. Mai 2026 um 14:00 MESZ');
		expect(s.reports[2]!.period).toMatch(/^einen Monat nach der Meldung\. Solange sie nicht gesendet ist, zählt die Karte sicherheitshalber ab deren Frist von 72 Stunden/);
	});
	it('has the log in words, oldest first', () => {
		expect(s.log.map((e) => `${e.atText}: ${e.text}`)).toEqual([
			'Di., 12. Mai 2026 um 08:16 MESZ: Vorfall erfasst',
			'Di., 12. Mai 2026 um 08:20 MESZ: Zeitpunkt der Kenntnis geändert (vorher: Di., 12. Mai 2026 um 08:16 MESZ)',
			'Di., 12. Mai 2026 um 14:00 MESZ: „Frühe Erstmeldung“ als gesendet markiert'
		]);
	});
	it('is in English when asked, whatever the page shows', () => {
		const en = incidentSummary(incident, '2026-05-12T13:00:00.000Z', 'en', 'Bäckerei Müller GmbH');
		expect(en.reports[1]!.dueText).toBe('Due: Fri, 15 May 2026 at 08:15 CEST');
		expect(en.reports[0]!.fields[1]).toEqual({ id: 'malicious', label: 'Is the incident suspected to be caused by an unlawful or malicious act?', value: 'Yes' });
	});
});

describe('reportText', () => {
	it('the early warning as pasted into the portal', () => {
		const s = incidentSummary(incident, '2026-05-12T13:00:00.000Z', 'de', 'Bäckerei Müller GmbH');
		expect(reportText(s, 'early_warning', '2026-05-12T10:20:00.000Z')).toBe(
			[
				'Frühe Erstmeldung nach §32 BSIG',
				'',
				'Unternehmen: Bäckerei Müller GmbH',
				'Vorfall: Verschlüsselte Dateien',
				'Kenntnis seit: Di., 12. Mai 2026 um 08:15 MESZ',
				'Frist: Mi., 13. Mai 2026 um 08:15 MESZ – spätestens 24 Stunden nach Kenntnis (§32 Abs. 1 Nr. 1 BSIG)',
				'Gesendet am Di., 12. Mai 2026 um 14:00 MESZ',
				'',
				'Was ist passiert? (kurz)',
				'Dateien auf dem Server verschlüsselt',
				'',
				'Besteht der Verdacht, dass der Vorfall auf eine rechtswidrige oder böswillige Handlung zurückgeht?',
				'Ja',
				'',
				'Könnte der Vorfall Auswirkungen in anderen EU-Staaten haben?',
				'(noch nicht ausgefüllt)',
				'',
				'--',
				'Entwurf aus dem KMU Cyber-Check, Di., 12. Mai 2026 um 12:20 MESZ',
				''
			].join('\n')
		);
	});
});
