// What follows from a check's responses, computed by the engine: the answer per requirement
// and the summary the home list shows. Kept apart from assessment.ts so that only pages that
// need the catalogue load it.
import { catalogues, deriveStatus, migrateAnswers, scoreAssessment, type AnswerStatus, type Catalogue, type RequirementResponse } from '$lib/engine/din';
import { newId, type Assessment, type AssessmentSummary, type Company, type ProviderSnapshot } from './assessment';

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

/** A consultation starts in its information phase with the interview clock at zero. */
export function newConsultation(provider: ProviderSnapshot): NonNullable<Assessment['consultation']> {
	return { provider, phase: 'information', checklist: {}, elapsedMs: 0, runningSince: null, clarify: [] };
}

/**
 * A re-assessment: a new check that starts from an earlier one. Its answers are copied as a
 * starting point and marked "to be confirmed"; the action plan is carried over; notes are not,
 * since they describe the earlier state.
 */
export function newReassessment(
	previous: Assessment,
	catalogue: Catalogue,
	options: { provider?: ProviderSnapshot; now?: Date } = {}
): Assessment {
	const stamp = (options.now ?? new Date()).toISOString();
	// An earlier check from an older catalogue version is carried over through its mapping first.
	const responses =
		previous.catalogue.version === catalogue.version
			? structuredClone(previous.responses)
			: migrateAnswers(catalogues, previous.catalogue.version, catalogue, { responses: previous.responses, notes: {} }).data.responses;
	const copy: Assessment = {
		id: newId(),
		company: structuredClone(previous.company),
		catalogue: { id: catalogue.id, version: catalogue.version },
		responses,
		answers: {},
		notes: {},
		createdAt: stamp,
		updatedAt: stamp,
		revision: 1,
		previousId: previous.id,
		...(previous.clientId ? { clientId: previous.clientId } : {}),
		...(previous.plan ? { plan: structuredClone(previous.plan) } : {}),
		...(previous.nis2 ? { nis2: structuredClone(previous.nis2) } : {}),
		...(options.provider ? { consultation: newConsultation(options.provider) } : {})
	};
	const derived = withDerived(catalogue, copy);
	derived.toConfirm = Object.keys(derived.answers);
	return derived;
}
