import { checkAnswers, pointsFor } from './answers';
import type { Catalogue } from './types';

export type StatementKey = 'maximum' | 'allTop' | 'topOpen';

export interface TopicScore {
	id: string;
	/** requirements answered 'fulfilled' */
	fulfilled: number;
	/** requirements not declared 'not_relevant' (unanswered ones count: they may still apply) */
	relevant: number;
	/** requirements with any answer */
	answered: number;
	/** fulfilled / relevant × 100; 100 when nothing in the topic is relevant */
	percent: number;
}

export interface RiskStatus {
	/** rawScore, but never below the catalogue's floor */
	score: number;
	rawScore: number;
	/** the points reachable with every relevant requirement fulfilled */
	maxScore: number;
	/** every requirement has an answer */
	complete: boolean;
	/** ids of requirements without an answer, in catalogue order */
	unanswered: string[];
	topics: TopicScore[];
	/** which of the catalogue's three result statements applies */
	statement: StatementKey;
}

/**
 * The Risiko-Status of DIN SPEC 27076: points per requirement class from the catalogue,
 * 'not_relevant' leaves score and maximum, the total is floored, topics give fulfilled/relevant.
 */
export function scoreAssessment(catalogue: Catalogue, answers: unknown): RiskStatus {
	const checked = checkAnswers(catalogue, answers);
	let rawScore = 0;
	let maxScore = 0;
	let allRelevantFulfilled = true;
	let allTopFulfilled = true;
	const unanswered: string[] = [];
	const topics = new Map<string, TopicScore>(
		catalogue.topics.map((t) => [t.id, { id: t.id, fulfilled: 0, relevant: 0, answered: 0, percent: 100 }])
	);

	for (const requirement of catalogue.requirements) {
		const status = checked[requirement.id];
		const topic = topics.get(requirement.topic)!;
		if (status !== undefined) topic.answered += 1;
		if (status === 'not_relevant') continue;
		const points = pointsFor(catalogue, requirement);
		maxScore += points.fulfilled;
		topic.relevant += 1;
		if (status === 'fulfilled') {
			rawScore += points.fulfilled;
			topic.fulfilled += 1;
			continue;
		}
		if (status === 'not_fulfilled') rawScore += points.notFulfilled;
		else unanswered.push(requirement.id);
		allRelevantFulfilled = false;
		if (requirement.top) allTopFulfilled = false;
	}

	for (const topic of topics.values()) {
		topic.percent = topic.relevant === 0 ? 100 : (topic.fulfilled / topic.relevant) * 100;
	}

	return {
		score: Math.max(catalogue.scoring.floor, rawScore),
		rawScore,
		maxScore,
		complete: unanswered.length === 0,
		unanswered,
		topics: [...topics.values()],
		statement: allRelevantFulfilled ? 'maximum' : allTopFulfilled ? 'allTop' : 'topOpen'
	};
}
