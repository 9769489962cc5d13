// The stored record of one check of one company (an Assessment). This module holds only types
// and constants, so pages that list checks need not load the catalogue or the engine.
import type { AnswerStatus, RequirementResponse } from '$lib/engine/din';
import type { Nis2Category, Nis2Profile, Nis2ResultCategory } from '$lib/engine/nis2';

export interface Company {
	name: string;
	seat?: string;
	legalForm?: string;
	registerNumber?: string;
	industry?: string;
	employees?: number | null;
}

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
	/** what the engine decided; derived, recomputed on import, not part of export files */
	result?: { category: Nis2ResultCategory; possibleCategories: Nis2Category[] };
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
}

export const NOTE_MAX_LENGTH = 5000;
export const COMPANY_NAME_MAX_LENGTH = 300;

export function newId(): string {
	return crypto.randomUUID();
}
