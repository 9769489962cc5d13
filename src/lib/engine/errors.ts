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
