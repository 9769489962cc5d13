// The NIS-2 applicability decision (§28 BSIG) for one legal entity, in four steps: check the
// answers (profile-check.ts), see them as the decision does (normalise.ts), decide over every
// combination of the open answers (evaluate.ts), and explain the result (explain.ts).
// The interpretations where the law leaves room are written down for legal review in
// questions/nis2/README.md; the engine follows them.
import { evaluate } from './evaluate';
import { basisRulesOf, clarifyOf, dutiesOf, notesOf, toBasis } from './explain';
import { normalise } from './normalise';
import { checkProfile } from './profile-check';
import { indexOf } from './rules-index';
import type { Nis2Category, Nis2Profile, Nis2Rules, Nis2Verdict } from './types';

/**
 * Classifies a company under the given rules. Throws a ValidationError for malformed input
 * (unknown activity ids, negative or non-finite figures, shares outside (0, 100]); reports
 * contradictory but well-formed input as warnings.
 */
export function classifyNis2(rules: Nis2Rules, profile: Nis2Profile): Nis2Verdict {
	const index = indexOf(rules);
	checkProfile(profile, index);
	const normalised = normalise(rules, index, profile);
	const evaluation = evaluate(rules, index, normalised);
	const possibleCategories = evaluation.possibleRanks.map((r) => index.byRank.get(r)).filter((c): c is Nis2Category => c !== undefined);
	const decided = possibleCategories.length === 1 ? possibleCategories[0] : undefined;
	const basis = basisRulesOf(rules, evaluation, decided);
	const notes = notesOf(rules, index, normalised, possibleCategories);
	return {
		category: decided ?? 'uncertain',
		possibleCategories,
		basis: basis.map(toBasis),
		clarify: clarifyOf(rules, evaluation),
		notes,
		...dutiesOf(rules, evaluation, decided, notes),
		warnings: normalised.warnings.list,
		sizeClasses: (['large', 'medium', 'small'] as const).filter((c) => evaluation.sizeClasses.has(c)),
		rulesId: rules.id,
		legalState: rules.legalState,
		disclaimer: rules.disclaimer
	};
}

/** The rank of a category in these rules (higher = more duties); for comparisons in the UI and tests. */
export function categoryRank(rules: Nis2Rules, category: Nis2Category): number {
	return indexOf(rules).rank.get(category) ?? -1;
}
