// Every change a user can make to an open check, as a pure function on the record. A change
// touches one field (its key), so that applied on top of a record another tab has changed
// meanwhile it changes exactly that field and nothing else: that is how two tabs merge.
// `derives` marks the changes after which answers, score and action plan must be derived anew.
import type { PartStatus } from '$lib/engine/din';
import type { ActionTracking, Assessment, Company, Consultation, ConsultationPhase, StoredNis2 } from './assessment';
import { NOTE_MAX_LENGTH } from './limits';

export interface Change {
	/** the field it changes: a newer change to the same field replaces a pending older one */
	key: string;
	derives?: boolean;
	apply(assessment: Assessment): void;
}

/** An answer given (again) is no longer "copied from the earlier check, to be confirmed". */
function confirmed(a: Assessment, requirementId: string): void {
	if (a.toConfirm?.includes(requirementId)) a.toConfirm = a.toConfirm.filter((id) => id !== requirementId);
}

export const setPrecondition = (requirementId: string, value: 'yes' | 'no'): Change => ({
	key: `pre:${requirementId}`,
	derives: true,
	apply(a) {
		a.responses[requirementId] = { ...a.responses[requirementId], precondition: value };
		confirmed(a, requirementId);
	}
});

export const setPart = (requirementId: string, partId: string, status: PartStatus): Change => ({
	key: `part:${requirementId}:${partId}`,
	derives: true,
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
	const note = text.slice(0, NOTE_MAX_LENGTH);
	return {
		key: `note:${requirementId}`,
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
export const setCompanyField = <K extends CompanyField>(field: K, value: Company[K] | undefined): Change => ({
	key: `company:${field}`,
	apply(a) {
		const company: Company = { ...a.company };
		if (value === undefined || value === '') delete company[field];
		else company[field] = value as Company[K];
		a.company = company;
	}
});

type TrackingField = keyof ActionTracking;

/** One field of an action's tracking (owner, due date, status); undefined removes it. */
export const setTracking = <K extends TrackingField>(requirementId: string, field: K, value: ActionTracking[K] | undefined): Change => ({
	key: `plan:${requirementId}:${field}`,
	apply(a) {
		const tracking: ActionTracking = { status: 'open', ...a.plan?.[requirementId] };
		if (value === undefined) delete tracking[field];
		else tracking[field] = value as ActionTracking[K];
		a.plan = { ...a.plan, [requirementId]: tracking };
	}
});

export const setNis2 = (nis2: StoredNis2): Change => ({
	key: 'nis2',
	apply(a) {
		a.nis2 = structuredClone(nis2);
	}
});

function elapsedUntil(c: Consultation, now: string): number {
	return c.runningSince ? c.elapsedMs + Math.max(0, Date.parse(now) - Date.parse(c.runningSince)) : c.elapsedMs;
}

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

/** Starts the interview: its phase, and the clock if it is not running. */
export const startInterview = (now: string): Change => ({
	key: 'consultation:clock',
	apply(a) {
		const c = a.consultation;
		if (!c) return;
		c.phase = 'interview';
		c.runningSince ??= now;
	}
});

/** Pauses or resumes the interview clock. */
export const setClock = (running: boolean, now: string): Change => ({
	key: 'consultation:clock',
	apply(a) {
		const c = a.consultation;
		if (!c || running === (c.runningSince !== null)) return;
		if (running) c.runningSince = now;
		else {
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
