// The changes a user makes in the NIS-2 readiness workspace, one field each (model/changes.ts),
// so that two tabs working on different parts both keep their work. Every key starts with
// "readiness:" and names its field; texts are cleaned and cut to their limits here.
import type { Assessment } from './assessment';
import type { Change } from './changes';
import { NOTE_MAX_LENGTH, OWNER_MAX_LENGTH } from './limits';
import {
	INCIDENT_DRAFT_MAX_LENGTH,
	INCIDENT_LOG_MAX,
	READINESS_TEXT_MAX_LENGTH,
	type Incident,
	type IncidentEvent,
	type IncidentReport,
	type Management,
	type MeasureAnswer,
	type MeasureAnswerValue,
	type Readiness,
	type Registration
} from './readiness';
import { cleanText } from './text';

const text = (raw: string, max: number) => cleanText(raw).slice(0, max);

function readinessOf(a: Assessment): Readiness {
	a.readiness ??= {};
	return a.readiness;
}

function registrationOf(a: Assessment): Registration {
	const r = readinessOf(a);
	r.registration ??= { fields: {}, steps: {} };
	return r.registration;
}

/** One field of the registration checklist; an empty text removes it. */
export const setRegistrationField = (field: string, raw: string): Change => {
	const value = text(raw, READINESS_TEXT_MAX_LENGTH);
	return {
		key: `readiness:registration:field:${field}`,
		read: (a) => a.readiness?.registration?.fields[field],
		apply(a) {
			const fields = { ...registrationOf(a).fields };
			if (value.trim() === '') delete fields[field];
			else fields[field] = value;
			registrationOf(a).fields = fields;
		}
	};
};

export const setRegistrationStep = (step: string, done: boolean): Change => ({
	key: `readiness:registration:step:${step}`,
	read: (a) => a.readiness?.registration?.steps[step],
	apply(a) {
		const steps = { ...registrationOf(a).steps };
		if (done) steps[step] = true;
		else delete steps[step];
		registrationOf(a).steps = steps;
	}
});

/** The day the company fell in scope, or the day it registered (YYYY-MM-DD); undefined removes it. */
export const setRegistrationDay = (field: 'inScopeSince' | 'registeredOn', day: string | undefined): Change => ({
	key: `readiness:registration:${field}`,
	read: (a) => a.readiness?.registration?.[field],
	apply(a) {
		const registration = registrationOf(a);
		if (day) registration[field] = day;
		else delete registration[field];
	}
});

function measuresOf(a: Assessment, version: string) {
	const r = readinessOf(a);
	// Answers given under another version of the measures stay until the workspace carries them over.
	r.measures ??= { version, answers: {} };
	return r.measures;
}

/** The answer to one question of the §30 gap analysis (also: confirming a prefilled one); undefined removes it. */
export const setMeasureAnswer = (version: string, questionId: string, value: MeasureAnswerValue | undefined, now: string): Change => ({
	key: `readiness:measure:${questionId}`,
	read: (a) => a.readiness?.measures?.answers[questionId]?.value,
	apply(a) {
		const measures = measuresOf(a, version);
		const { value: _old, ...rest }: Partial<MeasureAnswer> = measures.answers[questionId] ?? {};
		const next: MeasureAnswer | null = value ? { ...rest, value, at: now } : rest.note ? { ...rest, at: now } : null;
		const answers = { ...measures.answers };
		if (next) answers[questionId] = next;
		else delete answers[questionId];
		measures.answers = answers;
	}
});

/** Confirms several prefilled answers at once ("all as the DIN check says"). */
export const confirmMeasureAnswers = (version: string, values: Record<string, MeasureAnswerValue>, now: string): Change => ({
	key: `readiness:measures:${Object.keys(values).join(',')}`,
	apply(a) {
		const measures = measuresOf(a, version);
		const answers = { ...measures.answers };
		for (const [id, value] of Object.entries(values)) answers[id] = { ...answers[id], value, at: now };
		measures.answers = answers;
	}
});

export const setMeasureNote = (version: string, questionId: string, raw: string, now: string): Change => {
	const note = text(raw, NOTE_MAX_LENGTH);
	return {
		key: `readiness:measure-note:${questionId}`,
		read: (a) => a.readiness?.measures?.answers[questionId]?.note,
		apply(a) {
			const measures = measuresOf(a, version);
			const { note: _old, ...rest }: Partial<MeasureAnswer> = measures.answers[questionId] ?? {};
			const next: MeasureAnswer | null = note.trim() !== '' ? { ...rest, note, at: rest.at ?? now } : rest.value ? { ...rest, at: rest.at ?? now } : null;
			const answers = { ...measures.answers };
			if (next) answers[questionId] = next;
			else delete answers[questionId];
			measures.answers = answers;
		}
	};
};

type ManagementField = keyof Management;

/** One field of the management's record (§38): a name, a list of names or a day; empty removes it. */
export const setManagementField = (field: ManagementField, raw: string | undefined): Change => {
	const max = field === 'approvedBy' ? OWNER_MAX_LENGTH : READINESS_TEXT_MAX_LENGTH;
	const value = raw === undefined ? '' : text(raw, max);
	return {
		key: `readiness:management:${field}`,
		read: (a) => a.readiness?.management?.[field],
		apply(a) {
			const management: Management = { ...readinessOf(a).management };
			if (value.trim() === '') delete management[field];
			else management[field] = value;
			readinessOf(a).management = management;
		}
	};
};

function incidentOf(a: Assessment, id: string): Incident | undefined {
	return a.readiness?.incidents?.find((i) => i.id === id);
}

function log(incident: Incident, at: string, event: IncidentEvent, detail?: string): void {
	incident.log = [...incident.log, { at, event, ...(detail ? { detail } : {}) }].slice(-INCIDENT_LOG_MAX);
}

const incidentChange = (id: string, field: string, change: (incident: Incident) => void, read?: (incident: Incident) => unknown): Change => ({
	key: `readiness:incident:${id}:${field}`,
	...(read ? { read: (a: Assessment) => { const found = incidentOf(a, id); return found && read(found); } } : {}),
	apply(a) {
		const incident = incidentOf(a, id);
		if (incident) change(incident);
	}
});

/** "Wir haben einen Sicherheitsvorfall": a new incident, aware since `awareAt` (validated by the caller). */
export const startIncident = (id: string, awareAt: string, now: string): Change => ({
	key: `readiness:incident:${id}`,
	apply(a) {
		const r = readinessOf(a);
		if (r.incidents?.some((i) => i.id === id)) return;
		r.incidents = [...(r.incidents ?? []), { id, awareAt, createdAt: now, drafts: {}, sent: {}, log: [{ at: now, event: 'started' }] }];
	}
});

/** A corrected awareness time (validated by the caller); the earlier one stays in the log. */
export const setIncidentAwareAt = (id: string, awareAt: string, now: string) =>
	incidentChange(
		id,
		'awareAt',
		(incident) => {
			if (incident.awareAt === awareAt) return;
			log(incident, now, 'aware_changed', incident.awareAt);
			incident.awareAt = awareAt;
		},
		(incident) => incident.awareAt
	);

export const setIncidentTitle = (id: string, raw: string) => {
	const title = text(raw, 300);
	return incidentChange(
		id,
		'title',
		(incident) => {
			if (title.trim() === '') delete incident.title;
			else incident.title = title;
		},
		(incident) => incident.title
	);
};

/** One field of the draft of one report; an empty text removes it. */
export const setIncidentDraft = (id: string, report: IncidentReport, field: string, raw: string) => {
	const value = text(raw, INCIDENT_DRAFT_MAX_LENGTH);
	return incidentChange(
		id,
		`draft:${report}:${field}`,
		(incident) => {
			const draft = { ...incident.drafts[report] };
			if (value.trim() === '') delete draft[field];
			else draft[field] = value;
			incident.drafts = { ...incident.drafts, [report]: draft };
		},
		(incident) => incident.drafts[report]?.[field]
	);
};

/** When a report was sent (validated by the caller), or undefined: not sent after all. */
export const setIncidentSent = (id: string, report: IncidentReport, at: string | undefined, now: string) =>
	incidentChange(
		id,
		`sent:${report}`,
		(incident) => {
			const sent = { ...incident.sent };
			if (at) sent[report] = at;
			else delete sent[report];
			incident.sent = sent;
			log(incident, now, at ? 'sent' : 'unsent', report);
		},
		(incident) => incident.sent[report]
	);

/** The handling is finished (at), or goes on again (undefined). */
export const setIncidentClosed = (id: string, at: string | undefined, now: string) =>
	incidentChange(
		id,
		'closed',
		(incident) => {
			if (at) incident.closedAt = at;
			else delete incident.closedAt;
			log(incident, now, at ? 'closed' : 'reopened');
		},
		(incident) => incident.closedAt
	);
