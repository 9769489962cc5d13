// How the questionnaire's detailed responses become one answer per requirement:
// a precondition answered "no" makes the requirement 'not_relevant'; otherwise the
// requirement is fulfilled only when every part is, and not fulfilled as soon as one part is not.
import type { AnswerStatus, Requirement } from './types';

export type PartStatus = 'fulfilled' | 'not_fulfilled';

export interface RequirementResponse {
	/** the answer to the precondition question, for requirements that have one */
	precondition?: 'yes' | 'no';
	/** part id -> status */
	parts?: Record<string, PartStatus>;
}

/** The requirement's status, or undefined while it cannot be decided yet. */
export function deriveStatus(requirement: Requirement, response: RequirementResponse | undefined): AnswerStatus | undefined {
	if (!response) return undefined;
	if (requirement.precondition && response.precondition === 'no') return 'not_relevant';
	if (requirement.precondition && response.precondition !== 'yes') return undefined;
	const statuses = requirement.parts.map((part) => response.parts?.[part.id]);
	if (statuses.includes('not_fulfilled')) return 'not_fulfilled';
	if (statuses.every((s) => s === 'fulfilled')) return 'fulfilled';
	return undefined;
}

/** The responses that give an answer, for answers given without part detail (e.g. imported). */
export function responseFor(requirement: Requirement, status: AnswerStatus): RequirementResponse {
	if (status === 'not_relevant') return { precondition: 'no' };
	const parts = Object.fromEntries(requirement.parts.map((p) => [p.id, status]));
	return requirement.precondition ? { precondition: 'yes', parts } : { parts };
}
