// How far the NIS-2 questions are answered. Nothing is assumed: until the activity step is
// answered (a row chosen or marked unsure, or "none of these applies") there is no verdict,
// and every question still open is named so the result area can say what is missing.
import type { Nis2Profile, Nis2Questions, SpecialTypeId } from '$lib/engine/nis2';
import type { SizeField } from './nis2-changes';

export interface Nis2Progress {
	activitiesAnswered: boolean;
	/** special-type questions without an answer, in the rules' order */
	openSpecial: SpecialTypeId[];
	/** chosen rows (not of a special type) without an answer whether they are negligible */
	openNegligible: string[];
	/** own size figures left empty (or "don't know") */
	openSize: SizeField[];
	/** linked or partner enterprises are entered, but not whether the IT is independent of them */
	itIndependentOpen: boolean;
}

const SIZE_FIELDS: SizeField[] = ['staff', 'turnoverEur', 'balanceSheetEur'];

export function nis2Progress(questions: Pick<Nis2Questions, 'specialTypes' | 'rows'>, p: Nis2Profile): Nis2Progress {
	const special = new Set(questions.rows.filter((r) => r.special).map((r) => r.id));
	return {
		activitiesAnswered: nis2Decided(p),
		openSpecial: questions.specialTypes.map((s) => s.id).filter((id) => p[id] === undefined),
		openNegligible: [...p.activities, ...(p.unsureActivities ?? [])].filter(
			(id) => !special.has(id) && !p.negligibleActivities.includes(id) && !(p.unsureNegligible ?? []).includes(id) && !(p.notNegligible ?? []).includes(id)
		),
		openSize: SIZE_FIELDS.filter((f) => p.size[f] === null),
		itIndependentOpen: p.size.linked.length + p.size.partners.length > 0 && p.size.itIndependent === undefined
	};
}

/** Whether there is anything to decide: the activity step is answered (nothing is assumed). */
export const nis2Decided = (p: Nis2Profile): boolean => p.activities.length + (p.unsureActivities ?? []).length > 0 || p.noActivity === true;

/** Whether every question has an answer (a "don't know" is an answer). */
export const nis2Complete = (progress: Nis2Progress): boolean =>
	progress.activitiesAnswered && progress.openSpecial.length === 0 && progress.openNegligible.length === 0 && !progress.itIndependentOpen;
