/** Thrown when data (a catalogue, rules or answers) breaks the rules; lists every problem found. */
export class ValidationError extends Error {
	constructor(
		readonly context: string,
		readonly problems: string[]
	) {
		super(`${context}:\n- ${problems.join('\n- ')}`);
		this.name = 'ValidationError';
	}
}

/** Which input of a deadline calculation was refused. */
export type DeadlineField = 'awareAt' | 'notifiedAt' | 'now' | 'becameEntityOn';

/**
 * Why it was refused: not in the expected form ('malformed'), a date or time that does not
 * exist such as 30 February or 24:00 ('impossible'), a notification before the awareness
 * ('before-awareness'), or a moment later than `now` ('in-future').
 */
export type DeadlineProblem = 'malformed' | 'impossible' | 'before-awareness' | 'in-future';

/**
 * Thrown by the deadline calculations (nis2/deadlines.ts) for input they cannot count from.
 * The message is for developers; the UI turns `field` and `problem` into its own text.
 */
export class DeadlineInputError extends Error {
	constructor(
		readonly field: DeadlineField,
		readonly problem: DeadlineProblem,
		readonly value: unknown,
		detail: string
	) {
		super(`${field} ${JSON.stringify(value)}: ${detail}`);
		this.name = 'DeadlineInputError';
	}
}
