import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { currentCatalogue, currentMeasures, measureActions } from '$lib/engine';
import { actionPlanCalendar, actionPlanCsv } from './action-plan-export';
import { allAnswered, makeAssessment } from '$test-data/factories/assessment';

describe('the action plan exports with the §30 actions', () => {
	const measures = currentMeasures('de');
	const assessment = makeAssessment(allAnswered('fulfilled'), {
		company: { name: 'Beispiel GmbH' },
		readiness: { measures: { version: measures.version, answers: { c4: { value: 'no', at: '2026-11-30T10:00:00.000Z' } } } },
		plan: { 'nis2-c4': { owner: 'Frau Berg', due: '2027-01-31', status: 'in_progress' } }
	});
	const gaps = measureActions(measures.measures, assessment.readiness!.measures!.answers, {}, []);

	it('adds one CSV row per NIS-2 action, with its paragraph, steps and tracking', () => {
		const rows = parse(actionPlanCsv(assessment, [], gaps), { delimiter: ';', bom: true }) as string[][];
		expect(rows).toHaveLength(2);
		expect(rows[1]).toEqual([
			'NIS-2 c4',
			'§ 30 Abs. 2 Nr. 3 BSIG – Aufrechterhaltung des Betriebs: Backup, Wiederherstellung, Krisenmanagement',
			'Nein',
			'Notfallplan für Betrieb und Wiederherstellung erstellen',
			'1. Für die wichtigsten Abläufe festlegen, wie lange sie ausfallen dürfen\n2. Ersatzlösungen und Reihenfolge der Wiederherstellung festhalten\n3. Den Plan auf Papier griffbereit halten und einmal im Jahr durchspielen',
			'',
			'',
			'Frau Berg',
			'2027-01-31',
			'in Arbeit'
		]);
	});

	it('names a NIS-2 due date in the calendar by its action, with or without the measures loaded', () => {
		const named = actionPlanCalendar(assessment, currentCatalogue, new Date('2026-12-01T10:00:00Z'), measures).calendar!.replace(/\r\n /g, '');
		expect(named).toContain('DTSTART;VALUE=DATE:20270131');
		expect(named).toContain('SUMMARY:Fällig: NIS-2 c4 Notfallplan für Betrieb und Wiederherstellung erstellen (Beispiel GmbH)');
		const bare = actionPlanCalendar(assessment, currentCatalogue, new Date('2026-12-01T10:00:00Z')).calendar!.replace(/\r\n /g, '');
		expect(bare).toContain('SUMMARY:Fällig: NIS-2 c4 Maßnahmen nach §30 (Beispiel GmbH)');
	});
});
