// The NIS-2 applicability check of the open check: the answers as the session holds them, the
// engine's verdict derived from them, and one change per answer. Answers from an older legal
// state were carried over when the check was opened (model/upgrade.ts); here they are only
// shown as such until the user has reviewed them.
import {
	classifyNis2,
	type Nis2EnterpriseFigures,
	type Nis2PartnerFigures,
	type Nis2Profile,
	type Nis2Rules,
	type Nis2Verdict,
	type SpecialTypeId,
	type Tri,
	type TrustServiceAnswer
} from '$lib/engine/nis2';
import type { Assessment } from '$lib/model/assessment';
import type { Change } from '$lib/model/changes';
import * as changes from '$lib/model/nis2-changes';
import { emptyProfile } from '$lib/model/nis2-profile';
import type { AssessmentSession } from './assessment-session.svelte';

export type { ActivityAnswer, SizeField } from '$lib/model/nis2-changes';

type Outcome = { verdict: Nis2Verdict } | { error: string };

function classify(rules: Nis2Rules, profile: Nis2Profile): Outcome {
	try {
		return { verdict: classifyNis2(rules, profile) };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

export class Nis2Form {
	/** the current rules in the language shown (replaced when the language changes) */
	rules: Nis2Rules;
	/** rows the carry-over from an older legal state dropped, shown until reviewed */
	readonly droppedRows: string[];

	constructor(
		private session: AssessmentSession,
		rules: Nis2Rules
	) {
		this.rules = $state.raw(rules);
		this.droppedRows = session.upgrade.nis2?.droppedRows ?? [];
		// The result stored with the answers (for the lists) follows every change to them.
		session.nis2Result = (a: Assessment) => {
			if (!a.nis2) return;
			const outcome = classify(this.rules, a.nis2.profile);
			if ('verdict' in outcome) a.nis2.result = { category: outcome.verdict.category, possibleCategories: outcome.verdict.possibleCategories };
			else delete a.nis2.result;
		};
	}

	get profile(): Nis2Profile {
		return this.session.assessment?.nis2?.profile ?? emptyProfile();
	}

	/** the legal state the answers were first given under, when it was older than the rules' */
	get recheckFrom(): string | null {
		return this.session.assessment?.nis2?.recheckFrom ?? null;
	}

	/** The engine's verdict, or the engine's message when the answers cannot be classified. */
	readonly outcome = $derived.by((): Outcome => classify(this.rules, $state.snapshot(this.profile) as Nis2Profile));

	#context(): changes.Nis2Context {
		return { rulesId: this.rules.id, legalState: this.rules.legalState, now: new Date().toISOString() };
	}

	#change(make: (context: changes.Nis2Context) => Change): boolean {
		return this.session.change(make(this.#context()));
	}

	activity(id: string): changes.ActivityAnswer {
		if (this.profile.unsureActivities?.includes(id)) return 'unsure';
		return this.profile.activities.includes(id) ? 'yes' : 'no';
	}

	negligible(id: string): changes.ActivityAnswer {
		if (this.profile.unsureNegligible?.includes(id)) return 'unsure';
		return this.profile.negligibleActivities.includes(id) ? 'yes' : 'no';
	}

	setActivity(id: string, answer: changes.ActivityAnswer): boolean {
		return this.#change((c) => changes.setActivity(id, answer, c));
	}

	setNegligible(id: string, answer: changes.ActivityAnswer): boolean {
		return this.#change((c) => changes.setNegligible(id, answer, c));
	}

	setSpecial(id: SpecialTypeId, value: Tri | TrustServiceAnswer): boolean {
		return this.#change((c) => changes.setSpecial(id, value, c));
	}

	setSize(field: changes.SizeField, value: number | null): boolean {
		return this.#change((c) => changes.setSize(field, value, c));
	}

	setItIndependent(value: Tri): boolean {
		return this.#change((c) => changes.setItIndependent(value, c));
	}

	#linked(list: Nis2EnterpriseFigures[]): boolean {
		return this.#change((c) => changes.setEnterprises('linked', list, c));
	}

	#partners(list: Nis2PartnerFigures[]): boolean {
		return this.#change((c) => changes.setEnterprises('partners', list, c));
	}

	addLinked(): boolean {
		return this.#linked([...$state.snapshot(this.profile.size.linked), { staff: 0, turnoverEur: 0, balanceSheetEur: 0 }]);
	}

	addPartner(): boolean {
		return this.#partners([...$state.snapshot(this.profile.size.partners), { sharePercent: 25, staff: 0, turnoverEur: 0, balanceSheetEur: 0 }]);
	}

	setLinked(index: number, field: keyof Nis2EnterpriseFigures, value: number): boolean {
		return this.#linked($state.snapshot(this.profile.size.linked).map((l, i) => (i === index ? { ...l, [field]: value } : l)));
	}

	setPartner(index: number, field: keyof Nis2PartnerFigures, value: number): boolean {
		return this.#partners($state.snapshot(this.profile.size.partners).map((p, i) => (i === index ? { ...p, [field]: value } : p)));
	}

	removeLinked(index: number): boolean {
		return this.#linked($state.snapshot(this.profile.size.linked).filter((_, i) => i !== index));
	}

	removePartner(index: number): boolean {
		return this.#partners($state.snapshot(this.profile.size.partners).filter((_, i) => i !== index));
	}

	confirmRecheck(): boolean {
		return this.#change((c) => changes.confirmRecheck(c));
	}
}
