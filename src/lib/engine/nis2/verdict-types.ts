// The answers of the NIS-2 check and the verdict the engine gives for them (the rules' own
// types are in types.ts, which re-exports these).
import type { Nis2Category, Nis2DutyInfo, Nis2Deadline, Nis2Fine, Nis2Input, Nis2Measure, Nis2NoteInfo, Nis2ResultCategory, SizeClass, Text, Tri, TrustServiceAnswer } from './types';

// ---------------------------------------------------------------------------------------------
// Profile (the answers)

export interface Nis2EnterpriseFigures {
	staff: number;
	turnoverEur: number;
	balanceSheetEur: number;
}

export interface Nis2PartnerFigures extends Nis2EnterpriseFigures {
	/** The holding between the two enterprises, in (0, 100]. */
	sharePercent: number;
}

export interface Nis2SizeProfile {
	/** Own staff in annual work units; null = unknown. */
	staff: number | null;
	turnoverEur: number | null;
	balanceSheetEur: number | null;
	/** Counted in full. */
	linked: Nis2EnterpriseFigures[];
	/** Counted pro rata by sharePercent (from the partner threshold up). */
	partners: Nis2PartnerFigures[];
	/** §28(4) BSIG: IT independent of linked/partner enterprises -> only own figures count (absent: not answered, open). */
	itIndependent?: Tri;
}

export interface Nis2Profile {
	/** Anlage row ids the company performs. */
	activities: string[];
	/** Those of them that are negligible (§28(3) BSIG). */
	negligibleActivities: string[];
	// The special-type questions; absent means not answered yet, which counts as "don't know".
	kritisOperator?: Tri;
	trustServiceProvider?: TrustServiceAnswer;
	tldRegistry?: Tri;
	dnsServiceProvider?: Tri;
	publicTelecom?: Tri;
	domainRegistrar?: Tri;
	size: Nis2SizeProfile;
	/** Rows answered "does not apply" (for the form; rows not chosen do not count either way). */
	notActivities?: string[];
	/** Chosen rows answered "not negligible" (for the form; §28(3) is an exception, so a row counts unless negligible). */
	notNegligible?: string[];
	/** The activity step answered with "none of these applies to us". */
	noActivity?: boolean;
	/**
	 * Extension: rows the user answered with "Ich weiß nicht, ob das auf uns zutrifft".
	 * Each is an unknown (performed or not) like any other "don't know".
	 */
	unsureActivities?: string[];
	/** Extension: chosen rows where it is unknown whether they are negligible. */
	unsureNegligible?: string[];
}

// ---------------------------------------------------------------------------------------------
// Verdict (the result)

export interface Nis2Basis {
	ruleId: string;
	category: Nis2Category;
	legalBasis: string;
	text: Text;
}

export interface Nis2Clarify {
	id: string;
	input: Nis2Input;
	/** For the inputs 'activity' and 'negligible': the row concerned. */
	rowId?: string;
	question: Text;
	whom: Text;
}

export interface Nis2Note {
	id: string;
	kind: Nis2NoteInfo['kind'];
	legalBasis: string;
	title: Text;
	text: Text;
	/** an overlay: when it applies */
	condition?: Text;
}

export interface Nis2Duty {
	id: string;
	kind: Nis2DutyInfo['kind'];
	legalBasis?: string;
	title: Text;
	explanation: Text;
	deadlines: Nis2Deadline[];
	measures: Nis2Measure[];
	fine?: Nis2Fine;
}

/** A duty of the category that does not apply, because an overlay takes its place. */
export interface Nis2RemovedDuty {
	duty: Nis2Duty;
	/** the overlay note */
	by: string;
}

export interface Nis2Warning {
	id: string;
	/** Row ids, or 1-based positions in the partners list. */
	items: string[];
	text: Text;
}

export interface Nis2Verdict {
	category: Nis2ResultCategory;
	/** Every category still possible given the open answers, highest first; one element when decided. */
	possibleCategories: Nis2Category[];
	/**
	 * Decided: the rules of the decided category that apply whatever the open answers are.
	 * Uncertain: the rules that apply in every case (the floor that is already certain).
	 */
	basis: Nis2Basis[];
	/**
	 * Exactly the open answers whose resolution can change the category or the duties (a decided
	 * category may still have open answers that decide a duty).
	 */
	clarify: Nis2Clarify[];
	notes: Nis2Note[];
	/** Duties of the decided category that apply whatever the open answers are; empty when uncertain. */
	duties: Nis2Duty[];
	/** Duties of the decided category that apply for some values of the open answers (clarify says which). */
	possibleDuties: Nis2Duty[];
	/** Duties of the decided category that an overlay takes the place of (DORA, TKG, EnWG). */
	removedDuties: Nis2RemovedDuty[];
	/** What to do first: the applying duties in the rules' firstSteps order. */
	firstSteps: Nis2Duty[];
	warnings: Nis2Warning[];
	/** Size classes still possible (one when the figures are known). */
	sizeClasses: SizeClass[];
	/** Which rules version decided: store it with the result. */
	rulesId: string;
	legalState: string;
	disclaimer: Text;
}
