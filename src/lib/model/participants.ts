// Who takes part in a consultation's interview. DIN SPEC 27076 requires the management to take
// part; the report says when it did not. Decision: once participants are listed, the list is
// what counts – the checklist item "management takes part" follows from it (a participant with
// the role "management") and cannot be ticked against it. Consultations without a list (older
// records, or none entered) keep the ticked checklist item as their only record of it.
import type { Consultation, Participant } from './assessment';
import { PARTICIPANT_NAME_MAX_LENGTH, PARTICIPANTS_MAX } from './limits';

export type ParticipantProblem = 'empty' | 'too_long' | 'too_many';

/** Why a name cannot be stored (lengths in code points, as the file format counts them), or null. */
export function participantNameProblem(name: string): ParticipantProblem | null {
	const trimmed = name.trim();
	if (!trimmed) return 'empty';
	if ([...trimmed].length > PARTICIPANT_NAME_MAX_LENGTH) return 'too_long';
	return null;
}

/** Why one more participant cannot be added, or null. */
export function addParticipantProblem(list: readonly Participant[], name: string): ParticipantProblem | null {
	if (list.length >= PARTICIPANTS_MAX) return 'too_many';
	return participantNameProblem(name);
}

/** Whether the management takes part: by the participant list once there is one, else by the checklist. */
export function managementAttends(c: Pick<Consultation, 'participants' | 'checklist'>): boolean {
	if (c.participants && c.participants.length > 0) return c.participants.some((p) => p.role === 'management');
	return c.checklist.management === true;
}

/** Whether the checklist item follows from the participant list (and is shown, not ticked). */
export const managementFromParticipants = (c: Pick<Consultation, 'participants'>): boolean => (c.participants?.length ?? 0) > 0;
