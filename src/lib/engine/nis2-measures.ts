// The gap analysis of the ten risk-management measures of § 30 Abs. 2 BSIG (Art. 21(2) a–j
// NIS-2): which questions a company is asked, what its DIN answers suggest, where each measure
// stands and which actions are left. Pure: the data comes from questions/nis2-measures/ (texts
// already in one language), the stored answers from the check record.
//
// Prefill rule (a suggestion, never an answer): a question is prefilled only when it names DIN
// requirements and every one of them that applies is answered. Requirements answered
// 'not_relevant' are left out; when none is left, there is nothing to suggest. Of those left:
//   all fulfilled → 'yes'; some fulfilled → 'partly'; none fulfilled → 'no'.
// A prefilled answer counts for the status and the actions, but a measure is 'confirmed' only
// when the user has answered or confirmed every applicable question.
import { checkAnswers } from './answers';
import type { Catalogue, Nis2MeasureLetter } from './types';

export interface MeasureAction {
	title: string;
	steps?: string[];
}

export interface MeasureQuestion {
	id: string;
	text: string;
	help?: string;
	/** DIN SPEC 27076 requirement ids whose answers prefill it; empty: no prefill */
	din: string[];
	/** Anlage row ids: asked only of companies with one of these activities */
	appliesTo?: string[];
	action: MeasureAction;
}

export interface Measure {
	id: Nis2MeasureLetter;
	/** 1–10, the number in § 30 Abs. 2 BSIG */
	number: number;
	/** e.g. "§ 30 Abs. 2 Nr. 3 BSIG" */
	paragraph: string;
	/** e.g. "Art. 21 Abs. 2 Buchst. c NIS-2-RL" */
	article: string;
	title: string;
	questions: MeasureQuestion[];
}

export interface MeasureSource {
	id: string;
	designation: string;
	title: string;
	date: string;
	url?: string;
}

/** One version of questions/nis2-measures/ in one language. */
export interface MeasureCatalogue {
	id: string;
	version: string;
	legalState: string;
	title: string;
	sources: MeasureSource[];
	/** a structured self-assessment, not proof of compliance */
	note: string;
	paraphraseNote: string;
	prefillNote: string;
	measures: Measure[];
}

export type MeasureValue = 'yes' | 'partly' | 'no' | 'unknown';
/** What the engine reads of a stored answer (model/readiness.ts MeasureAnswer fits it). */
export interface StoredMeasureAnswer {
	value?: MeasureValue;
}

export interface MeasurePrefill {
	value: 'yes' | 'partly' | 'no';
	/** the DIN requirement ids it was derived from (not_relevant ones left out) */
	from: string[];
}

export type MeasureStatus = 'met' | 'partly' | 'open' | 'unanswered';

export interface MeasureState {
	/**
	 * met: every applicable question is (effectively) answered yes; open: some answer is no or
	 * don't know; partly: none of those, but some answer is partly; unanswered: none of those
	 * and some question has no answer yet.
	 */
	status: MeasureStatus;
	/** every applicable question answered by the user, none only prefilled */
	confirmed: boolean;
	/** applicable questions with an effective answer (the user's or a prefill) */
	answered: number;
	total: number;
	/** applicable questions whose answer is only prefilled, waiting for confirmation */
	toConfirm: string[];
}

export interface MeasureGap {
	/** the key of its tracking in the check's plan: nis2-<questionId> */
	id: string;
	questionId: string;
	measureId: Nis2MeasureLetter;
	paragraph: string;
	measureTitle: string;
	title: string;
	steps?: string[];
	/** the answer behind it is only a prefill from the DIN check */
	prefilled: boolean;
}

/** Same as measureActionId in model/readiness.ts, which the engine may not import. */
const actionId = (questionId: string) => `nis2-${questionId}`;

const applies = (question: MeasureQuestion, activities: readonly string[]) => !question.appliesTo || question.appliesTo.some((row) => activities.includes(row));

/** The measures with only the questions that apply to a company with these NIS-2 activities. */
export function applicableQuestions(measures: readonly Measure[], activities: readonly string[]): Measure[] {
	return measures.map((measure) => ({ ...measure, questions: measure.questions.filter((q) => applies(q, activities)) }));
}

/** What the DIN answers suggest per question (see the rule at the top); dinAnswers as stored in assessment.answers. */
export function prefillMeasures(measures: readonly Measure[], dinCatalogue: Catalogue, dinAnswers: unknown): Record<string, MeasurePrefill> {
	const answers = checkAnswers(dinCatalogue, dinAnswers);
	const known = new Set(dinCatalogue.requirements.map((r) => r.id));
	const prefill: Record<string, MeasurePrefill> = {};
	for (const question of measures.flatMap((measure) => measure.questions)) {
		if (question.din.length === 0) continue;
		// A requirement this catalogue version does not have counts as unanswered.
		const statuses = question.din.map((id) => (known.has(id) ? answers[id] : undefined));
		if (statuses.some((s) => s === undefined)) continue;
		const from = question.din.filter((_, i) => statuses[i] !== 'not_relevant');
		if (from.length === 0) continue;
		const fulfilled = from.filter((id) => answers[id] === 'fulfilled').length;
		prefill[question.id] = { value: fulfilled === from.length ? 'yes' : fulfilled > 0 ? 'partly' : 'no', from };
	}
	return prefill;
}

/** The answer that counts: the user's (a value they gave or confirmed) before the prefill. */
export function effectiveAnswer(questionId: string, stored: Readonly<Record<string, StoredMeasureAnswer>>, prefill: Readonly<Record<string, MeasurePrefill>>): { value: MeasureValue; prefilled: boolean } | undefined {
	const own = stored[questionId]?.value;
	if (own) return { value: own, prefilled: false };
	const suggested = prefill[questionId];
	return suggested ? { value: suggested.value, prefilled: true } : undefined;
}

export function measureState(measure: Measure, stored: Readonly<Record<string, StoredMeasureAnswer>>, prefill: Readonly<Record<string, MeasurePrefill>>, activities: readonly string[]): MeasureState {
	const questions = measure.questions.filter((q) => applies(q, activities));
	const answers = questions.map((q) => effectiveAnswer(q.id, stored, prefill));
	const values = answers.map((a) => a?.value);
	const toConfirm = questions.filter((_, i) => answers[i]?.prefilled).map((q) => q.id);
	const status: MeasureStatus =
		values.includes('no') || values.includes('unknown') ? 'open'
		: values.includes('partly') ? 'partly'
		: values.includes(undefined) ? 'unanswered'
		: 'met';
	const answered = values.filter((v) => v !== undefined).length;
	return { status, confirmed: questions.length > 0 && answers.every((a) => a && !a.prefilled), answered, total: questions.length, toConfirm };
}

/** Where each measure stands, by measure id. */
export function measureStates(measures: readonly Measure[], stored: Readonly<Record<string, StoredMeasureAnswer>>, prefill: Readonly<Record<string, MeasurePrefill>>, activities: readonly string[]): Record<string, MeasureState> {
	return Object.fromEntries(measures.map((measure) => [measure.id, measureState(measure, stored, prefill, activities)]));
}

/** The actions for every applicable question answered no, partly or don't know, in measure order. */
export function measureActions(measures: readonly Measure[], stored: Readonly<Record<string, StoredMeasureAnswer>>, prefill: Readonly<Record<string, MeasurePrefill>>, activities: readonly string[]): MeasureGap[] {
	const gaps: MeasureGap[] = [];
	for (const measure of measures) {
		for (const question of measure.questions) {
			if (!applies(question, activities)) continue;
			const answer = effectiveAnswer(question.id, stored, prefill);
			if (!answer || answer.value === 'yes') continue;
			gaps.push({
				id: actionId(question.id),
				questionId: question.id,
				measureId: measure.id,
				paragraph: measure.paragraph,
				measureTitle: measure.title,
				title: question.action.title,
				...(question.action.steps ? { steps: question.action.steps } : {}),
				prefilled: answer.prefilled
			});
		}
	}
	return gaps;
}
