// The NIS-2 applicability check of one company: the answers (a Nis2Profile) as reactive
// state, the engine's verdict derived from them, and every change saved with the company's
// check. Answers from an older legal state were carried over when the check was opened
// (model/upgrade.ts); here they are only shown as such until the user has reviewed them.
import {
	classifyNis2,
	type Nis2EnterpriseFigures,
	type Nis2PartnerFigures,
	type Nis2Profile,
	type Nis2Verdict,
	type SpecialTypeId,
	type Tri,
	type Nis2Rules,
	type TrustServiceAnswer
} from '$lib/engine/nis2';
import { setNis2 } from '$lib/model/changes';
import { emptyProfile } from '$lib/model/nis2-profile';
import type { AssessmentSession } from './assessment-session.svelte';

export type ActivityAnswer = 'no' | 'yes' | 'unsure';
export type SizeField = 'staff' | 'turnoverEur' | 'balanceSheetEur';

const without = (list: string[] | undefined, id: string) => (list ?? []).filter((x) => x !== id);

export class Nis2Form {
	/** the current rules in the language shown (replaced when the language changes) */
	rules: Nis2Rules;
	profile = $state<Nis2Profile>(emptyProfile());
	/** the legal state the answers were first given under, when it was older than the rules' */
	recheckFrom = $state<string | null>(null);
	droppedRows = $state<string[]>([]);

	/** The engine's verdict, or the engine's message when the answers cannot be classified. */
	readonly outcome = $derived.by((): { verdict: Nis2Verdict } | { error: string } => {
		try {
			return { verdict: classifyNis2(this.rules, $state.snapshot(this.profile) as Nis2Profile) };
		} catch (error) {
			return { error: error instanceof Error ? error.message : String(error) };
		}
	});

	constructor(
		private session: AssessmentSession,
		rules: Nis2Rules
	) {
		this.rules = $state.raw(rules);
		const stored = session.assessment?.nis2;
		if (!stored) return;
		this.profile = { ...emptyProfile(), ...structuredClone($state.snapshot(stored.profile)) };
		this.recheckFrom = stored.recheckFrom ?? null;
		this.droppedRows = session.upgrade.nis2?.droppedRows ?? [];
	}

	activity(id: string): ActivityAnswer {
		if (this.profile.unsureActivities?.includes(id)) return 'unsure';
		return this.profile.activities.includes(id) ? 'yes' : 'no';
	}

	negligible(id: string): ActivityAnswer {
		if (this.profile.unsureNegligible?.includes(id)) return 'unsure';
		return this.profile.negligibleActivities.includes(id) ? 'yes' : 'no';
	}

	setActivity(id: string, answer: ActivityAnswer): void {
		const p = this.profile;
		p.activities = answer === 'yes' ? [...without(p.activities, id), id] : without(p.activities, id);
		p.unsureActivities = answer === 'unsure' ? [...without(p.unsureActivities, id), id] : without(p.unsureActivities, id);
		if (answer === 'no') {
			p.negligibleActivities = without(p.negligibleActivities, id);
			p.unsureNegligible = without(p.unsureNegligible, id);
		}
		this.save();
	}

	setNegligible(id: string, answer: ActivityAnswer): void {
		const p = this.profile;
		p.negligibleActivities = answer === 'yes' ? [...without(p.negligibleActivities, id), id] : without(p.negligibleActivities, id);
		p.unsureNegligible = answer === 'unsure' ? [...without(p.unsureNegligible, id), id] : without(p.unsureNegligible, id);
		this.save();
	}

	setSpecial(id: SpecialTypeId, value: Tri | TrustServiceAnswer): void {
		(this.profile as unknown as Record<SpecialTypeId, string>)[id] = value;
		this.save();
	}

	setSize(field: SizeField, value: number | null): void {
		this.profile.size[field] = value;
		this.save();
	}

	setItIndependent(value: Tri): void {
		this.profile.size.itIndependent = value;
		this.save();
	}

	addLinked(): void {
		this.profile.size.linked = [...this.profile.size.linked, { staff: 0, turnoverEur: 0, balanceSheetEur: 0 }];
		this.save();
	}

	addPartner(): void {
		this.profile.size.partners = [...this.profile.size.partners, { sharePercent: 25, staff: 0, turnoverEur: 0, balanceSheetEur: 0 }];
		this.save();
	}

	setLinked(index: number, field: keyof Nis2EnterpriseFigures, value: number): void {
		this.profile.size.linked[index]![field] = value;
		this.save();
	}

	setPartner(index: number, field: keyof Nis2PartnerFigures, value: number): void {
		this.profile.size.partners[index]![field] = value;
		this.save();
	}

	removeLinked(index: number): void {
		this.profile.size.linked = this.profile.size.linked.filter((_, i) => i !== index);
		this.save();
	}

	removePartner(index: number): void {
		this.profile.size.partners = this.profile.size.partners.filter((_, i) => i !== index);
		this.save();
	}

	/** Saves the answers, and the result when the engine could decide one, with the company's check. */
	save(): void {
		const outcome = this.outcome;
		this.session.change(setNis2({
			rulesId: this.rules.id,
			legalState: this.rules.legalState,
			profile: $state.snapshot(this.profile) as Nis2Profile,
			updatedAt: new Date().toISOString(),
			...(this.recheckFrom ? { recheckFrom: this.recheckFrom } : {}),
			...('verdict' in outcome ? { result: { category: outcome.verdict.category, possibleCategories: outcome.verdict.possibleCategories } } : {})
		}));
	}

	/** The user has reviewed answers carried over from an older legal state. */
	confirmRecheck(): void {
		this.recheckFrom = null;
		this.droppedRows = [];
		this.save();
	}
}
