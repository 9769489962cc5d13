// The NIS-2 applicability check of the open check: the answers as the session holds them, the
// engine's verdict derived from them, and one change per answer. Answers from an older legal
// state were carried over when the check was opened (model/upgrade.ts); here they are only
// shown as such until the user has reviewed them.
import type {
	Locale,
	Nis2EnterpriseFigures,
	Nis2PartnerFigures,
	Nis2Profile,
	Nis2Questions,
	Nis2RowTexts,
	Nis2Rules,
	Nis2Verdict,
	SpecialTypeId,
	Tri,
	TrustServiceAnswer
} from '$lib/engine/nis2';
import { loadNis2Questions, loadNis2RowTexts, loadNis2Rules } from '$lib/content/nis2-rules';
import type { Assessment } from '$lib/model/assessment';
import type { Change } from '$lib/model/changes';
import * as changes from '$lib/model/nis2-changes';
import { emptyProfile } from '$lib/model/nis2-profile';
import { nis2Decided, nis2Progress } from '$lib/model/nis2-progress';
import type { AssessmentSession } from './assessment-session.svelte';

export type { ActivityAnswer, SizeField } from '$lib/model/nis2-changes';

type Classify = (rules: Nis2Rules, profile: Nis2Profile) => Nis2Verdict;

/**
 * 'activities': nothing to decide yet (the activity step is not answered); 'loading': the
 * engine and the decision part of the rules are on their way; else the verdict or why not.
 */
export type Nis2Outcome = { pending: 'activities' } | { pending: 'loading' } | { verdict: Nis2Verdict } | { error: string };

function classifyWith(classify: Classify, rules: Nis2Rules, profile: Nis2Profile): Nis2Outcome {
	try {
		return { verdict: classify(rules, profile) };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

export class Nis2Form {
	/** what the questions show, in the language shown (replaced when the language changes) */
	questions: Nis2Questions;
	/** the rows' explanations and examples, once a sector is opened or searched */
	rowTexts = $state.raw<Nis2RowTexts | null>(null);
	#rowTextsLoading = false;
	/** the whole rules with the engine, once there is something to decide */
	rules = $state.raw<Nis2Rules | null>(null);
	#classify = $state.raw<Classify | null>(null);
	#loading: Promise<void> | null = null;
	#locale: Locale | null = null;
	#localeLoad: Promise<void> = Promise.resolve();
	/** rows the carry-over from an older legal state dropped, shown until reviewed */
	readonly droppedRows: string[];

	constructor(
		readonly session: AssessmentSession,
		questions: Nis2Questions
	) {
		this.questions = $state.raw(questions);
		this.droppedRows = session.upgrade.nis2?.droppedRows ?? [];
		// The result stored with the answers (for the lists) follows every change to them.
		session.nis2Result = (a: Assessment) => {
			if (!a.nis2) return;
			if (!nis2Decided(a.nis2.profile)) {
				delete a.nis2.result;
				return;
			}
			// Before the engine has arrived the result is decided afterwards (see loadDecision).
			if (!this.rules || !this.#classify) return;
			const outcome = classifyWith(this.#classify, this.rules, a.nis2.profile);
			if ('verdict' in outcome) a.nis2.result = { category: outcome.verdict.category, possibleCategories: outcome.verdict.possibleCategories };
			else delete a.nis2.result;
		};
	}

	/** The texts in another language (the answers stay); resolves once they are here. */
	setLocale(locale: Locale): Promise<void> {
		if (locale === this.#locale) return this.#localeLoad;
		this.#locale = locale;
		this.#localeLoad = this.#loadLocale(locale);
		return this.#localeLoad;
	}

	async #loadLocale(locale: Locale): Promise<void> {
		const id = this.questions.id;
		const [questions, texts, rules] = await Promise.all([loadNis2Questions(id, locale)!, this.#rowTextsLoading ? loadNis2RowTexts(id, locale)! : null, this.rules ? loadNis2Rules(id, locale)! : null]);
		if (this.#locale !== locale) return;
		this.questions = questions;
		if (texts) this.rowTexts = texts;
		if (rules) this.rules = rules;
	}

	/** Loads the rows' explanations and examples (once, in the language shown). */
	loadRowTexts(): void {
		if (this.#rowTextsLoading) return;
		this.#rowTextsLoading = true;
		const locale = this.#locale ?? 'de';
		void loadNis2RowTexts(this.questions.id, locale)!.then((texts) => {
			if ((this.#locale ?? 'de') === locale) this.rowTexts = texts;
		});
	}

	/**
	 * Loads the engine and the decision part of the rules (once), then decides what was
	 * answered before they arrived.
	 */
	loadDecision(locale: Locale): Promise<void> {
		this.#loading ??= Promise.all([import('$lib/engine/nis2/classify'), loadNis2Rules(this.questions.id, locale)!]).then(([engine, rules]) => {
			this.#classify = engine.classifyNis2;
			this.rules = rules;
			const stored = this.session.assessment?.nis2;
			if (stored && nis2Decided(stored.profile) && 'verdict' in this.outcome && stored.result?.category !== this.outcome.verdict.category) this.session.change(changes.decideAgain());
		});
		return this.#loading;
	}

	get profile(): Nis2Profile {
		return this.session.assessment?.nis2?.profile ?? emptyProfile();
	}

	/** the legal state the answers were first given under, when it was older than the rules' */
	get recheckFrom(): string | null {
		return this.session.assessment?.nis2?.recheckFrom ?? null;
	}

	/** What is answered and what is still open. */
	readonly progress = $derived.by(() => nis2Progress(this.questions, this.profile));

	/** The engine's verdict, or the engine's message when the answers cannot be classified. */
	readonly outcome = $derived.by((): Nis2Outcome => {
		if (!this.progress.activitiesAnswered) return { pending: 'activities' };
		if (!this.rules || !this.#classify) return { pending: 'loading' };
		return classifyWith(this.#classify, this.rules, $state.snapshot(this.profile) as Nis2Profile);
	});

	/** what a corrected revision of the rules changed, until the user has seen it */
	get revisedFrom() {
		return this.session.assessment?.nis2?.revisedFrom ?? null;
	}

	#context(): changes.Nis2Context {
		return { rulesId: this.questions.id, legalState: this.questions.legalState, now: new Date().toISOString() };
	}

	#change(make: (context: changes.Nis2Context) => Change): boolean {
		return this.session.change(make(this.#context()));
	}

	/** A row's answer; undefined until the user has chosen one. */
	activity(id: string): changes.ActivityAnswer | undefined {
		if (this.profile.unsureActivities?.includes(id)) return 'unsure';
		if (this.profile.activities.includes(id)) return 'yes';
		return this.profile.notActivities?.includes(id) ? 'no' : undefined;
	}

	negligible(id: string): changes.ActivityAnswer | undefined {
		if (this.profile.unsureNegligible?.includes(id)) return 'unsure';
		return this.profile.negligibleActivities.includes(id) ? 'yes' : this.profile.notNegligible?.includes(id) ? 'no' : undefined;
	}

	setActivity(id: string, answer: changes.ActivityAnswer): boolean {
		return this.#change((c) => changes.setActivity(id, answer, c));
	}

	setNegligible(id: string, answer: changes.ActivityAnswer): boolean {
		return this.#change((c) => changes.setNegligible(id, answer, c));
	}

	setNoActivity(none: boolean): boolean {
		return this.#change((c) => changes.setNoActivity(none, c));
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

	confirmRevision(): boolean {
		return this.#change((c) => changes.confirmRevision(c));
	}
}
