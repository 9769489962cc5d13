// What follows from a check's responses, computed by the engine: the answer per requirement
// and the summary the home list shows. Kept apart from assessment.ts so that only pages that
// need the catalogue load it.
import { deriveStatus, scoreAssessment, type AnswerStatus, type Catalogue, type RequirementResponse } from '$lib/engine/din';
import { newId, type Assessment, type AssessmentSummary, type Company } from './assessment';

/** The answers that follow from the responses, one per decided requirement. */
export function answersFrom(catalogue: Catalogue, responses: Record<string, RequirementResponse>): Record<string, AnswerStatus> {
	const answers: Record<string, AnswerStatus> = {};
	for (const requirement of catalogue.requirements) {
		const status = deriveStatus(requirement, responses[requirement.id]);
		if (status) answers[requirement.id] = status;
	}
	return answers;
}

export function summarise(catalogue: Catalogue, answers: Record<string, AnswerStatus>): AssessmentSummary {
	const status = scoreAssessment(catalogue, answers);
	const total = catalogue.requirements.length;
	return {
		answered: total - status.unanswered.length,
		total,
		complete: status.complete,
		score: status.complete ? status.score : null,
		maxScore: status.complete ? status.maxScore : null
	};
}

/** Sets answers and summary from the responses (in place) and returns the record. */
export function withDerived(catalogue: Catalogue, assessment: Assessment): Assessment {
	assessment.answers = answersFrom(catalogue, assessment.responses);
	assessment.summary = summarise(catalogue, assessment.answers);
	return assessment;
}

export function newAssessment(company: Company, catalogue: Catalogue, now = new Date()): Assessment {
	const stamp = now.toISOString();
	return withDerived(catalogue, {
		id: newId(),
		company,
		catalogue: { id: catalogue.id, version: catalogue.version },
		responses: {},
		answers: {},
		notes: {},
		createdAt: stamp,
		updatedAt: stamp,
		revision: 1
	});
}
