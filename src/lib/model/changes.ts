// Every change a user can make to an open check, as a pure function on the record. A change
// touches one field (its key), so that applied on top of a record another tab has changed
// meanwhile it changes exactly that field and nothing else: that is how two tabs merge.
// `derives` marks the changes after which answers, score and action plan must be derived anew.
import type { PartStatus, YesNoUnknown } from '$lib/engine/din';
import type { ActionTracking, Assessment, Company, Consultation, ConsultationPhase, Participant } from './assessment';
import { banked, elapsedAt } from './interview-clock';
import { NOTE_MAX_LENGTH, REASON_MAX_LENGTH } from './limits';
import { cleanText } from './text';

export interface Change {
	/** the field it changes: a newer change to the same field replaces a pending older one */
	key: string;
	derives?: boolean;
	/** it changes the NIS-2 answers: the NIS-2 result must be derived anew */
	nis2?: boolean;
	apply(assessment: Assessment): void;
	/** the field's value, to tell when another tab changed the same field meanwhile */
	read?(assessment: Assessment): unknown;
}

/** An answer given (again) is no longer "copied from the earlier check, to be confirmed". */
function confirmed(a: Assessment, requirementId: string): void {
	if (a.toConfirm?.includes(requirementId)) a.toConfirm = a.toConfirm.filter((id) => id !== requirementId);
}

/** `reason`: the catalogue's reason to prefill when the answer is "no" and none is stored yet. */
export const setPrecondition = (requirementId: string, value: YesNoUnknown, reason?: string): Change => ({
	key: `pre:${requirementId}`,
	derives: true,
	apply(a) {
		const response = { ...a.responses[requirementId], precondition: value };
		if (value === 'no' && reason && !response.reason) response.reason = cleanText(reason).slice(0, REASON_MAX_LENGTH);
		a.responses[requirementId] = response;
		confirmed(a, requirementId);
	}
});

/** The answer to a part's own condition (2023.2: 25 c applies only where guests or private devices use the WLAN). */
export const setCondition = (requirementId: string, partId: string, value: YesNoUnknown): Change => ({
	key: `condition:${requirementId}:${partId}`,
	derives: true,
	read: (a) => a.responses[requirementId]?.conditions?.[partId],
	apply(a) {
		const response = a.responses[requirementId] ?? {};
		a.responses[requirementId] = { ...response, conditions: { ...response.conditions, [partId]: value } };
		confirmed(a, requirementId);
	}
});

/** Why the requirement does not apply (shown and printed with "not relevant"). */
export const setReason = (requirementId: string, text: string): Change => {
	const reason = cleanText(text).slice(0, REASON_MAX_LENGTH);
	return {
		key: `reason:${requirementId}`,
		read: (a) => a.responses[requirementId]?.reason,
		apply(a) {
			const response = { ...a.responses[requirementId] };
			if (reason.trim() === '') delete response.reason;
			else response.reason = reason;
			a.responses[requirementId] = response;
		}
	};
};

export const setPart = (requirementId: string, partId: string, status: PartStatus): Change => ({
	key: `part:${requirementId}:${partId}`,
	derives: true,
	read: (a) => a.responses[requirementId]?.parts?.[partId],
	apply(a) {
		const response = a.responses[requirementId] ?? {};
		a.responses[requirementId] = { ...response, parts: { ...response.parts, [partId]: status } };
		confirmed(a, requirementId);
	}
});

/** An answer copied from the earlier check is confirmed as it stands. */
export const confirmAnswer = (requirementId: string): Change => ({
	key: `confirm:${requirementId}`,
	apply: (a) => confirmed(a, requirementId)
});

/** Confirms the copied answers of several requirements at once ("all unchanged in this topic"). */
export const confirmAnswers = (requirementIds: string[]): Change => ({
	key: `confirm:${requirementIds.join(',')}`,
	apply: (a) => requirementIds.forEach((id) => confirmed(a, id))
});

/** Marks or unmarks a requirement "to clarify later" in an interview. */
export const setClarify = (requirementId: string, marked: boolean): Change => ({
	key: `clarify:${requirementId}`,
	apply(a) {
		if (!a.consultation) return;
		const rest = a.consultation.clarify.filter((id) => id !== requirementId);
		a.consultation.clarify = marked ? [...rest, requirementId] : rest;
	}
});

export const setNote = (requirementId: string, text: string): Change => {
	const note = cleanText(text).slice(0, NOTE_MAX_LENGTH);
	return {
		key: `note:${requirementId}`,
		read: (a) => a.notes[requirementId],
		apply(a) {
			if (note.trim() === '') delete a.notes[requirementId];
			else a.notes[requirementId] = note;
		}
	};
};

export const setPosition = (topic: string): Change => ({
	key: 'position',
	apply(a) {
		a.position = { topic };
	}
});

type CompanyField = keyof Company;

/** One field of the company data; an empty value removes an optional field. */
export const setCompanyField = <K extends CompanyField>(field: K, raw: Company[K] | undefined): Change => {
	const value = (typeof raw === 'string' ? cleanText(raw) : raw) as Company[K] | undefined;
	return {
		key: `company:${field}`,
		read: (a) => a.company[field],
		apply(a) {
			const company: Company = { ...a.company };
			if (value === undefined || value === '') delete company[field];
			else company[field] = value as Company[K];
			a.company = company;
		}
	};
};

type TrackingField = keyof ActionTracking;

/** One field of an action's tracking (owner, due date, status); undefined removes it. */
export const setTracking = <K extends TrackingField>(requirementId: string, field: K, raw: ActionTracking[K] | undefined): Change => {
	const value = (typeof raw === 'string' ? cleanText(raw) : raw) as ActionTracking[K] | undefined;
	return {
		key: `plan:${requirementId}:${field}`,
		read: (a) => a.plan?.[requirementId]?.[field],
		apply(a) {
			const tracking: ActionTracking = { status: 'open', ...a.plan?.[requirementId] };
			if (value === undefined) delete tracking[field];
			else tracking[field] = value as ActionTracking[K];
			a.plan = { ...a.plan, [requirementId]: tracking };
		}
	};
};

/** Interview time until `now` (an ISO timestamp). */
const elapsedUntil = (c: Consultation, now: string): number => elapsedAt(c, Date.parse(now));

/** Moves the consultation to a phase; leaving the interview stops its clock. */
export const setPhase = (phase: ConsultationPhase, now: string): Change => ({
	key: 'consultation:phase',
	apply(a) {
		const c = a.consultation;
		if (!c) return;
		if (phase !== 'interview' && c.runningSince) {
			c.elapsedMs = elapsedUntil(c, now);
			c.runningSince = null;
		}
		c.phase = phase;
	}
});

/** Starts the interview: its phase, and the clock if it is not running. The first start is the interview's date. */
export const startInterview = (now: string): Change => ({
	key: 'consultation:clock',
	apply(a) {
		const c = a.consultation;
		if (!c) return;
		c.phase = 'interview';
		c.runningSince ??= now;
		c.startedAt ??= now;
	}
});

/** Pauses or resumes the interview clock. */
export const setClock = (running: boolean, now: string): Change => ({
	key: 'consultation:clock',
	apply(a) {
		const c = a.consultation;
		if (!c || running === (c.runningSince !== null)) return;
		if (running) {
			c.runningSince = now;
			c.startedAt ??= now;
		} else {
			c.elapsedMs = elapsedUntil(c, now);
			c.runningSince = null;
		}
	}
});

export const setChecklistItem = (item: string, done: boolean): Change => ({
	key: `consultation:check:${item}`,
	apply(a) {
		if (a.consultation) a.consultation.checklist = { ...a.consultation.checklist, [item]: done };
	}
});

/**
 * Stops the clock at `until` and banks the running stretch: when the page is hidden or left,
 * and – with the record's last save as `until` – for a stretch a closed tab left running.
 */
export const stopClockAt = (until: string): Change => ({
	key: 'consultation:clock',
	apply(a) {
		const c = a.consultation;
		if (!c?.runningSince) return;
		Object.assign(c, banked(c, Date.parse(until)));
	}
});

/** The participants of the consultation, as a whole list (names cleaned; empty names left out). */
export const setParticipants = (participants: Participant[]): Change => ({
	key: 'consultation:participants',
	read: (a) => a.consultation?.participants,
	apply(a) {
		if (!a.consultation) return;
		const list = participants.map((p) => ({ name: cleanText(p.name).trim(), role: p.role })).filter((p) => p.name);
		if (list.length > 0) a.consultation.participants = list;
		else delete a.consultation.participants;
	}
});
