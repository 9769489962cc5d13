// The NIS-2 readiness workspace of a company that is (or may be) affected, saved with its check:
// the registration checklist (§§ 33, 34 BSIG), the gap analysis of the §30 measures, the
// management's duties (§38) and the incident log (§32). Types and limits only.

/** The answers of the §30 gap analysis. */
export const MEASURE_ANSWERS = ['yes', 'partly', 'no', 'unknown'] as const;
export type MeasureAnswerValue = (typeof MEASURE_ANSWERS)[number];

export interface MeasureAnswer {
	/** missing while only a note is written */
	value?: MeasureAnswerValue;
	note?: string;
	/** when it was given or confirmed */
	at: string;
}

export interface Registration {
	/** checklist field id → what the company gathered (name, legal form, IP ranges …) */
	fields: Record<string, string>;
	/** step id → done (organisation certificate, portal account, registered …) */
	steps: Record<string, boolean>;
	/** YYYY-MM-DD: the day the company first fell in scope; the law's first day when not given */
	inScopeSince?: string;
	/** YYYY-MM-DD: the day the registration was completed in the BSI portal */
	registeredOn?: string;
}

export interface Management {
	/** who approved the §30 measures, and when (YYYY-MM-DD) */
	approvedBy?: string;
	approvedOn?: string;
	/** the last time the management reviewed how the measures are carried out (YYYY-MM-DD) */
	reviewedOn?: string;
	/** the last management training (YYYY-MM-DD) and who attended */
	lastTrainingOn?: string;
	trainingAttendees?: string;
}

/** The reports §32 BSIG asks for, in their order. */
export const INCIDENT_REPORTS = ['early_warning', 'notification', 'progress', 'final'] as const;
export type IncidentReport = (typeof INCIDENT_REPORTS)[number];

export const INCIDENT_EVENTS = ['started', 'aware_changed', 'sent', 'unsent', 'closed', 'reopened'] as const;
export type IncidentEvent = (typeof INCIDENT_EVENTS)[number];

export interface IncidentLogEntry {
	at: string;
	event: IncidentEvent;
	/** the report concerned, or the earlier awareness time (aware_changed) */
	detail?: string;
}

export interface Incident {
	id: string;
	/** a short name the company gives it ("Verschlüsselte Dateien im Büro") */
	title?: string;
	/** the moment the company became aware of the incident (ISO, UTC): the deadlines count from it */
	awareAt: string;
	createdAt: string;
	/** report → field id → text of the draft */
	drafts: Partial<Record<IncidentReport, Record<string, string>>>;
	/** report → when it was sent (ISO, UTC); notification's is the start of the final report's month */
	sent: Partial<Record<IncidentReport, string>>;
	/** what happened when, oldest first */
	log: IncidentLogEntry[];
	/** when its handling was finished */
	closedAt?: string;
}

export interface Readiness {
	registration?: Registration;
	/** answers under one version of questions/nis2-measures, by question id */
	measures?: { version: string; answers: Record<string, MeasureAnswer> };
	management?: Management;
	incidents?: Incident[];
}

/** The action of a §30 measure question in the check's action plan (`plan`) is keyed like this. */
export const MEASURE_ACTION_PREFIX = 'nis2-';
export const measureActionId = (questionId: string) => `${MEASURE_ACTION_PREFIX}${questionId}`;
export const isMeasureActionId = (id: string) => id.startsWith(MEASURE_ACTION_PREFIX);

export const READINESS_TEXT_MAX_LENGTH = 2000;
export const INCIDENT_DRAFT_MAX_LENGTH = 10_000;
export const INCIDENTS_MAX = 200;
export const INCIDENT_LOG_MAX = 500;
