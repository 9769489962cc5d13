import { ValidationError } from './errors';
import { ANSWER_STATUSES, type AnswerStatus, type Answers, type Catalogue, type Requirement } from './types';

/**
 * Checks answers against a catalogue: every key a requirement id, every value a known status,
 * 'not_relevant' only where the catalogue declares a precondition (so nobody can raise a score
 * by declaring things irrelevant). Throws a ValidationError naming every offending id.
 */
export function checkAnswers(catalogue: Catalogue, answers: unknown): Answers {
	if (!answers || typeof answers !== 'object' || Array.isArray(answers)) {
		throw new ValidationError('answers', ['must be an object mapping requirement ids to statuses']);
	}
	const byId = new Map(catalogue.requirements.map((r) => [r.id, r]));
	const problems: string[] = [];
	for (const [id, status] of Object.entries(answers)) {
		const requirement = byId.get(id);
		if (!requirement) {
			problems.push(`unknown requirement id "${id}"`);
		} else if (!ANSWER_STATUSES.includes(status as AnswerStatus)) {
			problems.push(`unknown status "${String(status)}" for requirement ${id}`);
		} else if (status === 'not_relevant' && !requirement.precondition) {
			problems.push(`requirement ${id} cannot be "not_relevant": it has no precondition`);
		}
	}
	if (problems.length > 0) throw new ValidationError('answers', problems);
	return answers as Answers;
}

export function pointsFor(catalogue: Catalogue, requirement: Requirement) {
	return requirement.top ? catalogue.scoring.points.top : catalogue.scoring.points.regular;
}
