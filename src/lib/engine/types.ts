// The domain model of a requirement catalogue and of the answers given against it.
// Mirrors questions/schema/catalogue.schema.json; the schema is the contract for files,
// these types are the contract for code.

export type Locale = 'de' | 'en';

/** A text in every UI language. */
export type Text = Record<Locale, string>;

export type Effort = 'low' | 'medium' | 'high';
export type CostLevel = 'none' | 'low' | 'medium' | 'high';
export type Nis2MeasureLetter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

export interface Points {
	fulfilled: number;
	notFulfilled: number;
}

export interface ScoringRules {
	points: { top: Points; regular: Points };
	/** The reported score never falls below this; the raw score is kept. */
	floor: number;
}

export interface Topic {
	id: string;
	number: number;
	title: Text;
	summary: Text;
}

export interface RequirementPart {
	id: string;
	question: Text;
	/** catalogue 2023.2: the part applies only when this is answered "yes" (or not yet answered) */
	condition?: { question: Text; notRelevantReason?: Text };
}

/** catalogue 2023.2: what a consultant asks, looks at, and when a part counts as fulfilled */
export interface InterviewGuidance {
	questions: Text[];
	evidence: Text[];
	fulfilledWhen: Text;
}

export interface Requirement {
	id: string;
	topic: string;
	top: boolean;
	title: Text;
	parts: RequirementPart[];
	/** Always in the file (its schema requires it); the app serves it with the guidance (CatalogueGuidance). */
	why?: Text;
	recommendation: { summary: Text; steps: Text[] };
	effort: Effort;
	cost: { level: CostLevel; hint: Text };
	/** Present only where the requirement may be 'not relevant'; 2023.2 adds the reason to prefill. */
	precondition?: { question: Text; notRelevantReason?: Text };
	nis2: Nis2MeasureLetter[];
	// Catalogue 2023.2 (required there by the schema; absent in 2023.1):
	interview?: InterviewGuidance;
	/** who in a small company can answer it when the owner does not know */
	askWhom?: Text;
	/** hints for companies that work mainly in the cloud (Microsoft 365 and the like); never scoring */
	cloud?: Text;
	/** related legal duties outside NIS-2 (GDPR, GoBD, insurance) */
	related?: Text[];
}

export interface GlossaryEntry {
	id: string;
	term: Text;
	explanation: Text;
}

/** The app's advice (not the specification's) once the maximum score is reached. */
export interface BeyondMaximum {
	intro: Text;
	steps: { id: string; name: Text; text: Text }[];
}

export interface CatalogueMigration {
	version: string;
	/** old id -> new id, or null when the old requirement was dropped */
	requirements: Record<string, string | null>;
	/** new ids whose meaning changed: their old answers are dropped */
	reanswer?: string[];
}

export interface Catalogue {
	id: string;
	version: string;
	published: string;
	source: { designation: string; title: Text; edition: string; published: string; publisher: string };
	paraphraseNote: Text;
	migratesFrom?: CatalogueMigration[];
	scoring: ScoringRules;
	statements: { maximum: Text; allTop: Text; topOpen: Text };
	topics: Topic[];
	requirements: Requirement[];
	glossary?: GlossaryEntry[];
	beyondMaximum?: BeyondMaximum;
	/** set by the app's loader, which serves the guidance apart (CatalogueGuidance) */
	hasGuidance?: boolean;
}

/** What the app loads apart from a catalogue: its guidance, by requirement id. */
export interface CatalogueGuidance {
	requirements: Record<string, Pick<Requirement, 'interview' | 'cloud' | 'why'>>;
	glossary: GlossaryEntry[];
	beyondMaximum: BeyondMaximum | null;
}

export type AnswerStatus = 'fulfilled' | 'not_fulfilled' | 'not_relevant';
export const ANSWER_STATUSES: readonly AnswerStatus[] = ['fulfilled', 'not_fulfilled', 'not_relevant'];

/** Requirement id -> status. A missing id is unanswered. */
export type Answers = Readonly<Record<string, AnswerStatus>>;
