// The four answers of the gap analysis and their words, in the order they are offered.
import type { MeasureValue } from '$lib/engine/din';
import { MEASURE_ANSWERS } from '$lib/model/readiness';
import { m } from '$lib/paraglide/messages';

export const ANSWER_OPTIONS: readonly MeasureValue[] = MEASURE_ANSWERS;

export function answerLabel(value: MeasureValue): string {
	return { yes: m.measures_answer_yes, partly: m.measures_answer_partly, no: m.measures_answer_no, unknown: m.measures_answer_unknown }[value]();
}
