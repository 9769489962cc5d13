// Entering participants: what the field refuses (with its message), how a list is stored, and
// how "management takes part" follows from it.
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { makeAssessment } from '$test-data/factories/assessment';
import { makeConsultation } from '$test-data/factories/consultation';
import type { Participant } from './assessment';
import { setChecklistItem, setClock, setParticipants, startInterview } from './changes';
import { newConsultation } from './factories';
import { PARTICIPANT_NAME_MAX_LENGTH, PARTICIPANTS_MAX } from './limits';
import { addParticipantProblem, managementAttends, managementFromParticipants, participantNameProblem } from './participants';

describe('a participant name', () => {
	it('is refused when over-long, counted in characters as the file format counts them', () => {
		expect(participantNameProblem('x'.repeat(PARTICIPANT_NAME_MAX_LENGTH + 1))).toBe('too_long');
		expect(participantNameProblem('x'.repeat(PARTICIPANT_NAME_MAX_LENGTH))).toBeNull();
		// 200 emoji are 200 characters (400 UTF-16 units): still allowed.
		expect(participantNameProblem('😀'.repeat(PARTICIPANT_NAME_MAX_LENGTH))).toBeNull();
		// Spaces around the name are not counted: they are not stored.
		expect(participantNameProblem(`  ${'x'.repeat(PARTICIPANT_NAME_MAX_LENGTH)}  `)).toBeNull();
		// The message the field shows for it names the limit.
		expect(m.consultation_participant_too_long({ max: PARTICIPANT_NAME_MAX_LENGTH })).toBe('Der Name ist zu lang: höchstens 200 Zeichen. Er wurde nicht gespeichert.');
	});

	it('is refused when empty or blank', () => {
		expect(participantNameProblem('')).toBe('empty');
		expect(participantNameProblem('   ')).toBe('empty');
		expect(participantNameProblem('Anna Schulz')).toBeNull();
	});

	it('cannot be added beyond the list limit', () => {
		const full: Participant[] = Array.from({ length: PARTICIPANTS_MAX }, (_, i) => ({ name: `P${i}`, role: 'staff' }));
		expect(addParticipantProblem(full, 'Anna')).toBe('too_many');
		expect(addParticipantProblem(full.slice(1), 'Anna')).toBeNull();
		expect(addParticipantProblem([], 'x'.repeat(PARTICIPANT_NAME_MAX_LENGTH + 1))).toBe('too_long');
	});
});

describe('the participant list in a consultation', () => {
	it('is stored cleaned, and removed when it becomes empty', () => {
		const a = makeAssessment({}, { consultation: newConsultation({ company: 'IT-Service Nord', consultant: 'Jana Berg' }) });
		setParticipants([
			{ name: ' Anna\u202E Schulz ', role: 'management' },
			{ name: '  ', role: 'it' }
		]).apply(a);
		expect(a.consultation!.participants).toEqual([{ name: 'Anna Schulz', role: 'management' }]);
		setParticipants([]).apply(a);
		expect(a.consultation).not.toHaveProperty('participants');
	});

	it('decides whether the management takes part once it lists anyone; the checklist only before', () => {
		const c = makeConsultation();
		expect(managementAttends(c)).toBe(true);
		expect(managementFromParticipants(c)).toBe(true);
		// The IT lead alone: no management, whatever the checklist says.
		expect(managementAttends({ ...c, participants: [{ name: 'Tom Beck', role: 'it' }], checklist: { management: true } })).toBe(false);
		// No list: the ticked checklist item is the record.
		const older = makeConsultation({ participants: undefined, checklist: {} });
		expect(managementFromParticipants(older)).toBe(false);
		expect(managementAttends(older)).toBe(false);
		const a = makeAssessment({}, { consultation: older });
		setChecklistItem('management', true).apply(a);
		expect(managementAttends(a.consultation!)).toBe(true);
	});
});

describe('the interview date', () => {
	it('is the first start of the interview and stays when it is resumed later', () => {
		const a = makeAssessment({}, { consultation: newConsultation({ company: 'IT-Service Nord', consultant: 'Jana Berg' }) });
		startInterview('2026-11-26T09:00:00.000Z').apply(a);
		expect(a.consultation!.startedAt).toBe('2026-11-26T09:00:00.000Z');
		setClock(false, '2026-11-26T10:00:00.000Z').apply(a);
		setClock(true, '2026-11-27T09:00:00.000Z').apply(a);
		startInterview('2026-11-28T09:00:00.000Z').apply(a);
		expect(a.consultation!.startedAt).toBe('2026-11-26T09:00:00.000Z');
	});

	it('is set when a clock is started on a consultation that has none (older records)', () => {
		const a = makeAssessment({}, { consultation: makeConsultation({ startedAt: undefined }) });
		setClock(true, '2026-11-27T09:00:00.000Z').apply(a);
		expect(a.consultation!.startedAt).toBe('2026-11-27T09:00:00.000Z');
	});
});
