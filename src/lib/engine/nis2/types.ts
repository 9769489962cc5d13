// The domain model of the NIS-2 applicability check. Nis2Rules mirrors
// questions/schema/nis2-rules.schema.json (the schema is the contract for files, these types
// are the contract for code); Nis2Profile and Nis2Verdict are the engine's input and output.
// Everything legal (thresholds, rows, rules, duties, texts) lives in the rules JSON; the only
// lists here are the answer domains of the profile, which are part of the profile's type.

import type { Locale, Text } from '../types';

export type { Locale, Text };

export type Tri = 'yes' | 'no' | 'unknown';
export type TrustServiceAnswer = 'qualified' | 'non_qualified' | 'no' | 'unknown';

/** The legal outcome of one fully answered profile, highest first by rank in the rules. */
export type Nis2Category = 'essential' | 'important' | 'registration_only' | 'not_affected';
/** What the check reports: a category, or 'uncertain' when an open answer still matters. */
export type Nis2ResultCategory = Nis2Category | 'uncertain';
export type SizeClass = 'small' | 'medium' | 'large';
export type Anlage = 1 | 2;

/** Entity types with their own, size-independent rules; the ids are Nis2Profile field names. */
export type SpecialTypeId =
	| 'kritisOperator'
	| 'trustServiceProvider'
	| 'tldRegistry'
	| 'dnsServiceProvider'
	| 'publicTelecom'
	| 'domainRegistrar';

/** A concrete (not 'unknown') answer to a special-type question. */
export type SpecialValue = 'yes' | 'no' | 'qualified' | 'non_qualified';
export type PositiveSpecialValue = 'yes' | 'qualified' | 'non_qualified';

/** Every input the engine can ask the user to clarify. */
export type Nis2Input =
	| SpecialTypeId
	| 'staff'
	| 'turnoverEur'
	| 'balanceSheetEur'
	| 'itIndependent'
	| 'activity'
	| 'negligible';

export const CATEGORIES: readonly Nis2Category[] = ['essential', 'important', 'registration_only', 'not_affected'];
export const SIZE_CLASSES: readonly SizeClass[] = ['small', 'medium', 'large'];
export const SPECIAL_TYPE_IDS: readonly SpecialTypeId[] = [
	'kritisOperator',
	'trustServiceProvider',
	'tldRegistry',
	'dnsServiceProvider',
	'publicTelecom',
	'domainRegistrar'
];
/** The concrete answers each special question allows (its 'unknown' expands to these). */
export const SPECIAL_VALUES: Readonly<Record<SpecialTypeId, readonly SpecialValue[]>> = {
	kritisOperator: ['yes', 'no'],
	trustServiceProvider: ['qualified', 'non_qualified', 'no'],
	tldRegistry: ['yes', 'no'],
	dnsServiceProvider: ['yes', 'no'],
	publicTelecom: ['yes', 'no'],
	domainRegistrar: ['yes', 'no']
};
export const NIS2_INPUTS: readonly Nis2Input[] = [
	...SPECIAL_TYPE_IDS,
	'staff',
	'turnoverEur',
	'balanceSheetEur',
	'itIndependent',
	'activity',
	'negligible'
];

// ---------------------------------------------------------------------------------------------
// Rules (questions/nis2/<legal-state>.json)

export interface Nis2Source {
	id: string;
	designation: string;
	title: Text;
	date: string;
	url?: string;
}

export interface Nis2CategoryInfo {
	id: Nis2Category;
	/** Higher rank wins when several rules apply. */
	rank: number;
	name: Text;
	shortName: Text;
	description: Text;
}

export interface Nis2SizeThresholds {
	staffMedium: number;
	staffLarge: number;
	turnoverMedium: number;
	balanceMedium: number;
	turnoverLarge: number;
	balanceLarge: number;
}

export type SizeComparison = 'atLeast' | 'over';

export interface Nis2SizeRules {
	thresholds: Nis2SizeThresholds;
	comparison: { staff: SizeComparison; euros: SizeComparison; financialPair: 'and' | 'or' };
	semantics: Text;
	/** revision 2: the size rule as three short steps, a worked example, what a balance sheet total is */
	steps?: Text[];
	example?: Text;
	balanceSheetHelp?: Text;
	partnerMinSharePercent: number;
	linkedAboveSharePercent: number;
	nearThresholdPercent: number;
	staffHelp: Text;
	financeHelp: Text;
	linkedHelp: Text;
	partnerHelp: Text;
	classes: Record<SizeClass, { name: Text; description: Text }>;
}

export interface Nis2SpecialType {
	id: SpecialTypeId;
	name: Text;
	explanation: Text;
	positiveValues: PositiveSpecialValue[];
	/** revision 2: the question as a full sentence */
	question?: Text;
	/** the overlay notes that concern this type (revision 1: one, as `overlay`) */
	overlays?: string[];
	overlay?: string;
}

export interface Nis2NamedGroup {
	id: string;
	name: Text;
}

export interface Nis2Row {
	id: string;
	anlage: Anlage;
	sector: Nis2NamedGroup;
	subsector?: Nis2NamedGroup;
	name: Text;
	explanation: Text;
	examples: Text[];
	special?: SpecialTypeId;
	/** the overlay notes that concern this row (revision 1: one, as `overlay`) */
	overlays?: string[];
	overlay?: string;
}

export interface Nis2RuleCondition {
	special?: SpecialTypeId;
	values?: PositiveSpecialValue[];
	anlage?: Anlage[];
	sizes?: SizeClass[];
}

export interface Nis2Rule {
	id: string;
	category: Nis2Category;
	legalBasis: string;
	explanation: Text;
	when?: Nis2RuleCondition;
	fallback?: true;
}

export interface Nis2Measure {
	id: string;
	legalBasis: string;
	title: Text;
}

export interface Nis2Deadline {
	id: string;
	/** ISO 8601 duration, e.g. PT24H, P3M, P2W. */
	period: string;
	label: Text;
	from: Text;
}

export interface Nis2DutyInfo {
	id: string;
	categories: Nis2Category[];
	kind: 'duty' | 'recommendation';
	/** absent for a recommendation that no law makes a duty */
	legalBasis?: string;
	title: Text;
	explanation: Text;
	deadlines?: Nis2Deadline[];
	measures?: string[];
	fine?: Nis2Fine;
	onlyIf?: { rules?: string[]; rows?: string[] };
}

export interface Nis2ClarifyInfo {
	id: string;
	input: Nis2Input;
	question: Text;
	whom: Text;
}

export type Nis2NoteTrigger =
	| { type: 'always' | 'overlay' | 'nearSizeThreshold' | 'negligible' }
	| { type: 'category'; categories: Nis2Category[] };

/** A fine: a fixed maximum or, where higher, a share of the worldwide turnover. */
export interface Nis2Fine {
	maxEur: number;
	maxTurnoverPercent?: number;
	/** the paragraph that sets the maximum */
	legalBasis?: string;
	/** the breaches it is for */
	breaches?: Text;
}

export interface Nis2NoteInfo {
	id: string;
	kind: 'overlay' | 'indirect' | 'size' | 'general';
	legalBasis: string;
	trigger: Nis2NoteTrigger;
	title: Text;
	text: Text;
	/** an overlay: when it applies, in words */
	condition?: Text;
	/** an overlay: the duties of the BSIG that do not apply under it */
	removesDuties?: string[];
	/**
	 * 'entity': whoever is covered loses the duties (DORA); 'coveredActivities': only when every
	 * activity that counts is covered by it (§28(5) sentence 2 BSIG: "soweit").
	 */
	removesDutiesScope?: 'entity' | 'coveredActivities';
}

export interface Nis2WarningInfo {
	id: string;
	text: Text;
}

/**
 * The part of the rules the questions show, loaded before the rest (scripts/content-plugin.js
 * splits the files by these keys: NIS2_QUESTION_KEYS).
 */
export type Nis2Questions = Pick<Nis2Rules, 'id' | 'revision' | 'legalState' | 'anlageExplanation' | 'size' | 'specialTypes'> & { rows: Nis2RowHead[] };

/** A row as the questions show it first: without its explanation and examples. */
export type Nis2RowHead = Omit<Nis2Row, 'explanation' | 'examples'>;

/** The rows' explanations and examples, by row id (loaded when a sector is opened or searched). */
export type Nis2RowTexts = Record<string, Pick<Nis2Row, 'explanation' | 'examples'>>;

export interface Nis2Rules {
	id: string;
	/** revisions of one legal state correct its texts and duties; missing = 1 */
	revision?: number;
	legalState: string;
	title: Text;
	/** what "Anlage 1/2" of the BSIG is (revision 2) */
	anlageExplanation?: Text;
	/** what to do first, as duty ids in order (revision 2) */
	firstSteps?: string[];
	sources: Nis2Source[];
	disclaimer: Text;
	expectedRowCounts: { anlage1: number; anlage2: number };
	categories: Nis2CategoryInfo[];
	uncertain: { name: Text; description: Text };
	size: Nis2SizeRules;
	specialTypes: Nis2SpecialType[];
	rows: Nis2Row[];
	rules: Nis2Rule[];
	measures: Nis2Measure[];
	duties: Nis2DutyInfo[];
	clarify: Nis2ClarifyInfo[];
	notes: Nis2NoteInfo[];
	warnings: Nis2WarningInfo[];
}

export type * from './verdict-types';
