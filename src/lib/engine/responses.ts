// How the questionnaire's detailed responses become one answer per requirement:
// a precondition answered "no" makes the requirement 'not_relevant'; a part whose own condition
// is answered "no" does not apply; otherwise the requirement is fulfilled only when every part
// is, and not fulfilled as soon as one part is not. "Don't know" decides nothing: the
// requirement stays unanswered (it is scored as such) and is listed to clarify.
import type { AnswerStatus, Requirement } from './types';

export type PartStatus = 'fulfilled' | 'not_fulfilled' | 'unknown';
export type YesNoUnknown = 'yes' | 'no' | 'unknown';

export interface RequirementResponse {
	/** the answer to the precondition question, for requirements that have one */
	precondition?: YesNoUnknown;
	/** part id -> status */
	parts?: Record<string, PartStatus>;
	/** part id -> the answer to that part's own condition (catalogue 2023.2: 25 c) */
	conditions?: Record<string, YesNoUnknown>;
	/** why the requirement does not apply (precondition "no"): prefilled from the catalogue, editable */
	reason?: string;
}

/** The parts that apply: all but those whose condition is answered "no". */
export function applicableParts(requirement: Requirement, response: RequirementResponse | undefined): Requirement['parts'] {
	return requirement.parts.filter((part) => !(part.condition && response?.conditions?.[part.id] === 'no'));
}

/** The requirement's status, or undefined while it cannot be decided yet. */
export function deriveStatus(requirement: Requirement, response: RequirementResponse | undefined): AnswerStatus | undefined {
	if (!response) return undefined;
	if (requirement.precondition && response.precondition === 'no') return 'not_relevant';
	if (requirement.precondition && response.precondition !== 'yes') return undefined;
	const statuses = applicableParts(requirement, response).map((part) => response.parts?.[part.id]);
	if (statuses.includes('not_fulfilled')) return 'not_fulfilled';
	if (statuses.every((s) => s === 'fulfilled')) return 'fulfilled';
	return undefined;
}

/**
 * Whether the user said "don't know" somewhere that keeps the requirement open: such a
 * requirement is listed to clarify (with whom to ask), never guessed.
 */
export function isUnknown(requirement: Requirement, response: RequirementResponse | undefined): boolean {
	if (!response || deriveStatus(requirement, response) !== undefined) return false;
	if (requirement.precondition && response.precondition === 'unknown') return true;
	return requirement.parts.some((part) => response.parts?.[part.id] === 'unknown' || (part.condition && response.conditions?.[part.id] === 'unknown'));
}

/** The responses that give an answer, for answers given without part detail (e.g. imported). */
export function responseFor(requirement: Requirement, status: AnswerStatus): RequirementResponse {
	if (status === 'not_relevant') return { precondition: 'no' };
	const parts = Object.fromEntries(requirement.parts.map((p) => [p.id, status]));
	return requirement.precondition ? { precondition: 'yes', parts } : { parts };
}
