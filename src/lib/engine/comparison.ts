import { checkAnswers } from './answers';
import { scoreAssessment, type RiskStatus } from './scoring';
import type { AnswerStatus, Answers, Catalogue } from './types';

/** A topic's fulfilled share in percent (from scoreAssessment) in both checks. */
export interface TopicChange {
	id: string;
	before: number;
	after: number;
	/** after − before, in percentage points */
	delta: number;
}

/** A requirement whose status changed; undefined means unanswered. */
export interface StatusChange {
	id: string;
	before: AnswerStatus | undefined;
	after: AnswerStatus | undefined;
}

export interface ScoreSummary {
	score: number;
	maxScore: number;
	complete: boolean;
}

export interface Comparison {
	before: ScoreSummary;
	after: ScoreSummary;
	/** after.score − before.score (the floored scores the company sees) */
	scoreDelta: number;
	/** every topic, in catalogue order */
	topics: TopicChange[];
	/** was not_fulfilled or unanswered, is fulfilled now */
	newlyFulfilled: string[];
	/** was fulfilled, is not_fulfilled or unanswered now */
	regressed: string[];
	/** every other change of status, e.g. not_fulfilled → not_relevant or unanswered → not_fulfilled */
	otherChanges: StatusChange[];
	/** every requirement whose status differs: the ids of the three lists above together */
	changed: string[];
}

/**
 * Compares two checks of one company answered against the same catalogue (the caller migrates an
 * older check first, so that the same id means the same requirement in both). Both answer sets
 * are validated; an invalid one throws the ValidationError of checkAnswers. Every list follows the
 * catalogue order, so the page can show it next to the catalogue without sorting again.
 */
export function compareAssessments(catalogue: Catalogue, before: unknown, after: unknown): Comparison {
	const answersBefore = checkAnswers(catalogue, before);
	const answersAfter = checkAnswers(catalogue, after);
	const scoredBefore = scoreAssessment(catalogue, answersBefore);
	const scoredAfter = scoreAssessment(catalogue, answersAfter);

	const newlyFulfilled: string[] = [];
	const regressed: string[] = [];
	const otherChanges: StatusChange[] = [];
	const changed: string[] = [];
	for (const { id } of catalogue.requirements) {
		const change = { id, before: statusOf(answersBefore, id), after: statusOf(answersAfter, id) };
		if (change.before === change.after) continue;
		changed.push(id);
		if (isNewlyFulfilled(change)) newlyFulfilled.push(id);
		else if (isRegression(change)) regressed.push(id);
		else otherChanges.push(change);
	}

	return {
		before: summary(scoredBefore),
		after: summary(scoredAfter),
		scoreDelta: scoredAfter.score - scoredBefore.score,
		topics: topicChanges(scoredBefore, scoredAfter),
		newlyFulfilled,
		regressed,
		otherChanges,
		changed
	};
}

// Own keys only: an id such as "constructor" must not pick up something from Object.prototype.
function statusOf(answers: Answers, id: string): AnswerStatus | undefined {
	return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

// A requirement that was declared not relevant and now counts as fulfilled did not become
// fulfilled through work on an open gap, so it is listed with the other changes.
function isNewlyFulfilled({ before, after }: StatusChange): boolean {
	return after === 'fulfilled' && (before === 'not_fulfilled' || before === undefined);
}

// Declaring a fulfilled requirement not relevant is a reassessment, not a step back.
function isRegression({ before, after }: StatusChange): boolean {
	return before === 'fulfilled' && (after === 'not_fulfilled' || after === undefined);
}

function summary({ score, maxScore, complete }: RiskStatus): ScoreSummary {
	return { score, maxScore, complete };
}

// scoreAssessment lists every catalogue topic in catalogue order, so both lists line up by index.
function topicChanges(before: RiskStatus, after: RiskStatus): TopicChange[] {
	return before.topics.map((topic, index) => {
		const percentAfter = after.topics[index]!.percent;
		return { id: topic.id, before: topic.percent, after: percentAfter, delta: percentAfter - topic.percent };
	});
}
