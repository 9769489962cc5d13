// What follows from a check's responses, computed by the engine once per change: the answer
// per requirement, the risk status, the action plan and the summary the lists show. The
// session, the results page, the report and the embed summary all read this one result.
import { deriveStatus, prioritiseActions, scoreAssessment, type Action, type AnswerStatus, type Catalogue, type RequirementResponse, type RiskStatus } from '$lib/engine/din';
import type { Assessment, AssessmentSummary } from './assessment';

export interface Derived {
	answers: Record<string, AnswerStatus>;
	status: RiskStatus;
	actions: Action[];
	summary: AssessmentSummary;
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

function summaryOf(catalogue: Catalogue, status: RiskStatus): AssessmentSummary {
	const total = catalogue.requirements.length;
	return {
		answered: total - status.unanswered.length,
		total,
		complete: status.complete,
		score: status.complete ? status.score : null,
		maxScore: status.complete ? status.maxScore : null
	};
}

export function summarise(catalogue: Catalogue, answers: Record<string, AnswerStatus>): AssessmentSummary {
	return summaryOf(catalogue, scoreAssessment(catalogue, answers));
}

/** Everything derived from the responses, computed once. */
export function derive(catalogue: Catalogue, responses: Record<string, RequirementResponse>): Derived {
	const answers = answersFrom(catalogue, responses);
	const status = scoreAssessment(catalogue, answers);
	return { answers, status, actions: prioritiseActions(catalogue, answers), summary: summaryOf(catalogue, status) };
}

/** Sets answers and summary from the responses (in place) and returns the record. */
export function withDerived(catalogue: Catalogue, assessment: Assessment): Assessment {
	const { answers, summary } = derive(catalogue, assessment.responses);
	assessment.answers = answers;
	assessment.summary = summary;
	return assessment;
}
