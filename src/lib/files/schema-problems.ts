// What a JSON Schema validator says about a value, turned into the problem the user is shown:
// the JSON path of the offending value and, in a word, what is wrong with it.
export interface SchemaError {
	keyword: string;
	instancePath: string;
	params: Record<string, unknown>;
	propertyName?: string;
}

/** Why a value is invalid, for the message. */
export type InvalidReason = 'object' | 'unexpected' | 'missing' | 'text' | 'length' | 'form' | 'date' | 'number' | 'list' | 'value';

const TYPE_REASONS: Record<string, InvalidReason> = { object: 'object', string: 'text', number: 'number', integer: 'number', array: 'list' };
const KEYWORD_REASONS: Record<string, InvalidReason> = {
	minLength: 'length',
	maxLength: 'length',
	minItems: 'length',
	maxItems: 'length',
	pattern: 'form',
	format: 'form',
	minimum: 'number',
	maximum: 'number',
	exclusiveMinimum: 'number',
	exclusiveMaximum: 'number',
	multipleOf: 'number'
};

/** The path (under `base`) and reason of the first error a validator reported. */
export function describeSchemaError(error: SchemaError, base = ''): { path: string; reason: InvalidReason } {
	const at = `${base}${error.instancePath}`;
	if (error.propertyName !== undefined) return { path: `${at}/${error.propertyName}`, reason: 'form' };
	switch (error.keyword) {
		case 'additionalProperties':
			return { path: `${at}/${String(error.params.additionalProperty)}`, reason: 'unexpected' };
		case 'required':
			return { path: `${at}/${String(error.params.missingProperty)}`, reason: 'missing' };
		case 'type':
			return { path: at, reason: TYPE_REASONS[String(error.params.type)] ?? 'value' };
		default:
			return { path: at, reason: KEYWORD_REASONS[error.keyword] ?? 'value' };
	}
}
