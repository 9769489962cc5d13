// The report's consultation section, its texts worked out by hand from the consultation in
// $test-data/factories/consultation.ts (interview on 26 November 2026, 1 h 25 min).
import { afterEach, describe, expect, it } from 'vitest';
import { currentCatalogue } from '$lib/engine';
import { locale } from '$lib/i18n/locale.svelte';
import type { Assessment } from '$lib/model/assessment';
import { derive } from '$lib/model/derive';
import { buildReportData } from '$lib/report/report-data';
import { makeAssessment } from '$test-data/factories/assessment';
import { makeConsultation, PROVIDER } from '$test-data/factories/consultation';

const NOW = new Date('2026-11-26T12:00:00Z');
const report = (assessment: Assessment, followUp?: string) =>
	buildReportData(
		{ assessment, catalogue: currentCatalogue, derived: derive(currentCatalogue, assessment.responses) },
		{ appVersion: '9.9.9', now: NOW, provider: assessment.consultation ? PROVIDER : undefined, followUp }
	);

afterEach(() => {
	locale.current = 'de';
});

describe('the consultation section of the report', () => {
	it('states date, duration, participants with roles, consultant, qualification, catalogue and follow-up', () => {
		const section = report(makeAssessment({}, { consultation: makeConsultation() }), '2027-03-15').consultation!;
		expect(section.heading).toBe('Beratung');
		expect(section.rows).toEqual([
			['Datum des Interviews', '26. November 2026'],
			['Dauer des Interviews', '1:25 Std.'],
			['Geschäftsführung hat teilgenommen', 'Ja'],
			['Beraterin oder Berater', 'Jana Berg'],
			['Qualifikation', 'Zertifizierte Beraterin DIN SPEC 27076, IHK'],
			['Fragenkatalog', 'DIN SPEC 27076:2023-05, Version 2023.2'],
			['Nächster Beratungstermin', '15. März 2027']
		]);
		expect(section.participantColumns).toEqual(['Name', 'Rolle']);
		expect(section.participants).toEqual([
			['Anna Schulz', 'Geschäftsführung'],
			['Tom Beck', 'IT-Verantwortliche/r']
		]);
		expect(section.managementAbsent).toBeNull();
		expect(section.noParticipants).toBeNull();
	});

	it('says when the management did not take part, even if the checklist was ticked before', () => {
		const consultation = makeConsultation({ participants: [{ name: 'Tom Beck', role: 'it' }], checklist: { management: true } });
		const section = report(makeAssessment({}, { consultation })).consultation!;
		expect(section.rows[2]).toEqual(['Geschäftsführung hat teilgenommen', 'Nein']);
		expect(section.managementAbsent).toBe('Die Geschäftsführung hat nicht teilgenommen.');
		// No follow-up date set: no row for it.
		expect(section.rows.map(([label]) => label)).not.toContain('Nächster Beratungstermin');
	});

	it('goes by the checklist for a consultation without participants (older records)', () => {
		const ticked = report(makeAssessment({}, { consultation: makeConsultation({ participants: undefined, checklist: { management: true } }) })).consultation!;
		expect(ticked.managementAbsent).toBeNull();
		expect(ticked.participants).toEqual([]);
		expect(ticked.noParticipants).toBe('Es sind keine Teilnehmenden eingetragen.');
		const unticked = report(makeAssessment({}, { consultation: makeConsultation({ participants: undefined, checklist: {} }) })).consultation!;
		expect(unticked.managementAbsent).toBe('Die Geschäftsführung hat nicht teilgenommen.');
	});

	it('counts a clock still running up to the report: 1:00 so far + 25 min since 11:35 = 1:25', () => {
		const consultation = makeConsultation({ elapsedMs: 3_600_000, runningSince: '2026-11-26T11:35:00.000Z' });
		expect(report(makeAssessment({}, { consultation })).consultation!.rows[1]).toEqual(['Dauer des Interviews', '1:25 Std.']);
	});

	it('says "not recorded" for an interview that was never started, and leaves out a missing qualification', () => {
		const consultation = makeConsultation({ elapsedMs: 0, startedAt: undefined, provider: { company: 'IT-Service Nord GmbH', consultant: 'Jana Berg' } });
		const assessment = makeAssessment({}, { consultation });
		const data = buildReportData(
			{ assessment, catalogue: currentCatalogue, derived: derive(currentCatalogue, assessment.responses) },
			{ appVersion: '1', now: NOW, provider: consultation.provider }
		);
		expect(data.consultation!.rows.slice(0, 2)).toEqual([
			['Datum des Interviews', 'nicht erfasst'],
			['Dauer des Interviews', 'nicht erfasst']
		]);
		expect(data.consultation!.rows.map(([label]) => label)).not.toContain('Qualifikation');
	});

	it('is left out of a self-assessment', () => {
		expect(report(makeAssessment({})).consultation).toBeNull();
	});

	it('comes in English', () => {
		locale.current = 'en';
		const section = report(makeAssessment({}, { consultation: makeConsultation({ participants: [{ name: 'Tom Beck', role: 'it_provider' }] }) }), '2027-03-15').consultation!;
		expect(section.heading).toBe('Consultation');
		expect(section.rows).toContainEqual(['Duration of the interview', '1:25 h']);
		expect(section.rows).toContainEqual(['Date of the interview', '26 November 2026']);
		expect(section.rows).toContainEqual(['Next consultation', '15 March 2027']);
		expect(section.participants).toEqual([['Tom Beck', 'External IT service provider']]);
		expect(section.managementAbsent).toBe('The management did not take part.');
	});
});
