// The stored record of one check of one company (an Assessment).
import type { AnswerStatus, Catalogue, RequirementResponse } from '$lib/engine';
import { deriveStatus } from '$lib/engine';

export interface Company {
	name: string;
	seat?: string;
	legalForm?: string;
	registerNumber?: string;
	industry?: string;
	employees?: number | null;
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
}

export const NOTE_MAX_LENGTH = 5000;
export const COMPANY_NAME_MAX_LENGTH = 300;

export function newId(): string {
	return crypto.randomUUID();
}

export function newAssessment(company: Company, catalogue: Catalogue, now = new Date()): Assessment {
	const stamp = now.toISOString();
	return {
		id: newId(),
		company,
		catalogue: { id: catalogue.id, version: catalogue.version },
		responses: {},
		answers: {},
		notes: {},
		createdAt: stamp,
		updatedAt: stamp,
		revision: 1
	};
}

/** The answers that follow from the responses, one per decided requirement. */
export function answersFrom(catalogue: Catalogue, responses: Record<string, RequirementResponse>): Record<string, AnswerStatus> {
	const answers: Record<string, AnswerStatus> = {};
	for (const requirement of catalogue.requirements) {
		const status = deriveStatus(requirement, responses[requirement.id]);
		if (status) answers[requirement.id] = status;
	}
	return answers;
}
