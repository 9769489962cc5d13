import { checkAnswers } from './answers';
import type { Catalogue, CostLevel, Effort, Requirement } from './types';

export interface Action {
	requirementId: string;
	topic: string;
	top: boolean;
	title: Requirement['title'];
	recommendation: Requirement['recommendation'];
	effort: Effort;
	cost: Requirement['cost'];
}

// The natural order of the hint scales, cheapest first.
const EFFORT_RANK: Record<Effort, number> = { low: 0, medium: 1, high: 2 };
const COST_RANK: Record<CostLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

/**
 * One action per requirement answered 'not_fulfilled'. Order: TOP requirements first (the
 * specification says to implement them immediately); inside each class quick wins first —
 * lower effort, then lower cost — and the catalogue order where both are equal.
 */
export function prioritiseActions(catalogue: Catalogue, answers: unknown): Action[] {
	const checked = checkAnswers(catalogue, answers);
	return catalogue.requirements
		.map((requirement, index) => ({ requirement, index }))
		.filter(({ requirement }) => checked[requirement.id] === 'not_fulfilled')
		.sort(
			(a, b) =>
				Number(b.requirement.top) - Number(a.requirement.top) ||
				EFFORT_RANK[a.requirement.effort] - EFFORT_RANK[b.requirement.effort] ||
				COST_RANK[a.requirement.cost.level] - COST_RANK[b.requirement.cost.level] ||
				a.index - b.index
		)
		.map(({ requirement: r }) => ({
			requirementId: r.id,
			topic: r.topic,
			top: r.top,
			title: r.title,
			recommendation: r.recommendation,
			effort: r.effort,
			cost: r.cost
		}));
}
