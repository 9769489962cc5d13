// The domain record of one check of one company (an Assessment) and of a client. Types only,
// so pages that list checks need not load the catalogue or the engine.
import type { AnswerStatus, RequirementResponse } from '$lib/engine/din';
import type { Nis2Category, Nis2Profile, Nis2ResultCategory } from '$lib/engine/nis2';
import type { Readiness } from './readiness';

export interface Company {
	name: string;
	seat?: string;
	legalForm?: string;
	registerNumber?: string;
	industry?: string;
	employees?: number | null;
	/** the federal state (ISO 3166-2, e.g. DE-NW): which regional funding the report lists */
	state?: FederalState;
	/** works mainly with cloud services such as Microsoft 365: hints and guidance follow, never scoring */
	cloudFirst?: boolean;
}

export const FEDERAL_STATES = ['DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV', 'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH'] as const;
export type FederalState = (typeof FEDERAL_STATES)[number];

/** What the home list shows, computed by the engine whenever the answers change. */
export interface AssessmentSummary {
	answered: number;
	total: number;
	complete: boolean;
	/** the risk status; null until every requirement is answered */
	score: number | null;
	maxScore: number | null;
}

/** The NIS-2 applicability check of the company, with the legal state it was answered under. */
export interface StoredNis2 {
	rulesId: string;
	legalState: string;
	profile: Nis2Profile;
	updatedAt: string;
	/** carried over from an older legal state (its date): the result must be checked again */
	recheckFrom?: string;
	/**
	 * Recomputed under a corrected revision of the same legal state, and the category or the
	 * duties changed: what they were, kept until the user has seen the change.
	 */
	revisedFrom?: { rulesId: string; category?: Nis2ResultCategory; duties: string[] };
	/** what the engine decided; derived, recomputed on import, not part of export files */
	result?: { category: Nis2ResultCategory; possibleCategories: Nis2Category[] };
}

export type ActionStatus = 'open' | 'in_progress' | 'done';

/** Who does what by when, for one action of the plan (keyed by requirement id). */
export interface ActionTracking {
	owner?: string;
	/** YYYY-MM-DD */
	due?: string;
	status: ActionStatus;
}

/** The IT service provider as recorded when a consultation started. */
export interface ProviderSnapshot {
	company: string;
	consultant: string;
	contact?: string;
	/** the consultant's qualification, e.g. "Zertifizierte/r DIN SPEC 27076-Berater/in, IHK" */
	qualification?: string;
}

/** Who takes part in the interview, by role (the report lists them; management must attend). */
export const PARTICIPANT_ROLES = ['management', 'it', 'data_protection', 'staff', 'it_provider', 'other'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Participant {
	name: string;
	role: ParticipantRole;
}

export const CONSULTATION_PHASES = ['information', 'interview', 'evaluation', 'report', 'follow_up'] as const;
export type ConsultationPhase = (typeof CONSULTATION_PHASES)[number];

/** A check done as a consultation by an IT service provider (DIN SPEC 27076's process). */
export interface Consultation {
	provider: ProviderSnapshot;
	phase: ConsultationPhase;
	/** information phase: what the company has been told and who attends (item id -> done) */
	checklist: Record<string, boolean>;
	/** interview time so far, and when the current stretch started (null while paused) */
	elapsedMs: number;
	runningSince: string | null;
	/** requirement ids marked "to clarify later" during the interview */
	clarify: string[];
	/** when the interview was first started (the report's interview date); missing in older records */
	startedAt?: string;
	/** who takes part, entered in the information phase; missing in older records */
	participants?: Participant[];
}

export interface Assessment {
	id: string;
	company: Company;
	/** the catalogue version the answers were given against */
	catalogue: { id: string; version: string };
	/** the questionnaire's detailed responses: preconditions and parts */
	responses: Record<string, RequirementResponse>;
	/** one status per requirement, derived from responses (kept for lists, exports, readers) */
	answers: Record<string, AnswerStatus>;
	notes: Record<string, string>;
	/** where the user left the questionnaire */
	position?: { topic: string };
	createdAt: string;
	updatedAt: string;
	/** increases with every stored change; lets a tab notice changes made elsewhere */
	revision: number;
	/** derived from the answers; not part of export files (recomputed on import) */
	summary?: AssessmentSummary;
	nis2?: StoredNis2;
	/** the client (company) this check belongs to, in consultation mode */
	clientId?: string;
	consultation?: Consultation;
	/** the earlier check this re-assessment started from */
	previousId?: string;
	/** requirement ids whose answers were copied from the earlier check and not yet confirmed */
	toConfirm?: string[];
	/** owner, due date and status per action (requirement id, or nis2-<question> for a §30 measure) */
	plan?: Record<string, ActionTracking>;
	/** the NIS-2 readiness workspace, once the company has started it */
	readiness?: Readiness;
}

/** A company an IT service provider advises, with its checks over time. */
export interface Client {
	id: string;
	company: Company;
	/** YYYY-MM-DD of the next consultation */
	followUp?: string;
	createdAt: string;
	updatedAt: string;
	revision: number;
}
