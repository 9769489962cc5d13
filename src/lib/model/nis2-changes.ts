// The changes a user makes to the NIS-2 answers, one answer each, so that two tabs answering
// different questions both keep their answer (model/merge.ts). Each marks `nis2`: the session
// derives the NIS-2 result anew after it.
import type { Nis2EnterpriseFigures, Nis2PartnerFigures, Nis2Profile, SpecialTypeId, Tri, TrustServiceAnswer } from '$lib/engine/nis2';
import type { Assessment, StoredNis2 } from './assessment';
import type { Change } from './changes';
import { emptyProfile } from './nis2-profile';

export type ActivityAnswer = 'no' | 'yes' | 'unsure';
export type SizeField = 'staff' | 'turnoverEur' | 'balanceSheetEur';

/** The rules the answers are given under, and when. */
export interface Nis2Context {
	rulesId: string;
	legalState: string;
	now: string;
}

const without = (list: string[] | undefined, id: string) => (list ?? []).filter((x) => x !== id);

/** The check's NIS-2 record, created under the current rules when this is the first answer. */
function nis2Of(a: Assessment, context: Nis2Context): StoredNis2 {
	a.nis2 ??= { rulesId: context.rulesId, legalState: context.legalState, profile: emptyProfile(), updatedAt: context.now };
	a.nis2.updatedAt = context.now;
	return a.nis2;
}

function profileChange(key: string, context: Nis2Context, change: (p: Nis2Profile) => void, read: (p: Nis2Profile) => unknown): Change {
	return {
		key: `nis2:${key}`,
		nis2: true,
		apply: (a) => change(nis2Of(a, context).profile),
		read: (a) => (a.nis2 ? read(a.nis2.profile) : undefined)
	};
}

export const setActivity = (id: string, answer: ActivityAnswer, context: Nis2Context): Change =>
	profileChange(
		`activity:${id}`,
		context,
		(p) => {
			p.activities = answer === 'yes' ? [...without(p.activities, id), id] : without(p.activities, id);
			p.unsureActivities = answer === 'unsure' ? [...without(p.unsureActivities, id), id] : without(p.unsureActivities, id);
			p.notActivities = answer === 'no' ? [...without(p.notActivities, id), id] : without(p.notActivities, id);
			if (answer === 'no') {
				p.negligibleActivities = without(p.negligibleActivities, id);
				p.unsureNegligible = without(p.unsureNegligible, id);
				p.notNegligible = without(p.notNegligible, id);
			} else delete p.noActivity;
		},
		(p) => [p.activities.includes(id), p.unsureActivities?.includes(id), p.notActivities?.includes(id)]
	);

/** "None of these activities applies to us": the activity step answered without a row. */
export const setNoActivity = (none: boolean, context: Nis2Context): Change =>
	profileChange(
		'activity:none',
		context,
		(p) => {
			if (none) p.noActivity = true;
			else delete p.noActivity;
		},
		(p) => p.noActivity === true
	);

export const setNegligible = (id: string, answer: ActivityAnswer, context: Nis2Context): Change =>
	profileChange(
		`negligible:${id}`,
		context,
		(p) => {
			p.negligibleActivities = answer === 'yes' ? [...without(p.negligibleActivities, id), id] : without(p.negligibleActivities, id);
			p.unsureNegligible = answer === 'unsure' ? [...without(p.unsureNegligible, id), id] : without(p.unsureNegligible, id);
			p.notNegligible = answer === 'no' ? [...without(p.notNegligible, id), id] : without(p.notNegligible, id);
		},
		(p) => [p.negligibleActivities.includes(id), p.unsureNegligible?.includes(id), p.notNegligible?.includes(id)]
	);

export const setSpecial = (id: SpecialTypeId, value: Tri | TrustServiceAnswer, context: Nis2Context): Change =>
	profileChange(
		`special:${id}`,
		context,
		(p) => {
			(p as unknown as Record<SpecialTypeId, string>)[id] = value;
		},
		(p) => p[id]
	);

export const setSize = (field: SizeField, value: number | null, context: Nis2Context): Change =>
	profileChange(
		`size:${field}`,
		context,
		(p) => {
			p.size[field] = value;
		},
		(p) => p.size[field]
	);

export const setItIndependent = (value: Tri, context: Nis2Context): Change =>
	profileChange(
		'size:itIndependent',
		context,
		(p) => {
			p.size.itIndependent = value;
		},
		(p) => p.size.itIndependent
	);

/** The linked or the partner enterprises, as one list (their rows have no identity of their own). */
export const setEnterprises = (kind: 'linked' | 'partners', list: Nis2EnterpriseFigures[] | Nis2PartnerFigures[], context: Nis2Context): Change =>
	profileChange(
		`size:${kind}`,
		context,
		(p) => {
			if (kind === 'linked') p.size.linked = structuredClone(list as Nis2EnterpriseFigures[]);
			else p.size.partners = structuredClone(list as Nis2PartnerFigures[]);
		},
		(p) => p.size[kind]
	);

/** The user has reviewed answers carried over from an older legal state. */
export const confirmRecheck = (context: Nis2Context): Change => ({
	key: 'nis2:recheck',
	nis2: true,
	apply(a) {
		delete nis2Of(a, context).recheckFrom;
	}
});

/** The user has seen what a corrected revision of the rules changed. */
export const confirmRevision = (context: Nis2Context): Change => ({
	key: 'nis2:revision',
	nis2: true,
	apply(a) {
		delete nis2Of(a, context).revisedFrom;
	}
});

/**
 * No answer changes: the result is derived again (the engine is loaded only once there is
 * something to decide, so an answer given before it arrived is decided afterwards).
 */
export const decideAgain = (): Change => ({
	key: 'nis2:result',
	nis2: true,
	apply() {}
});
