// The problems a file can have, as codes the UI turns into a message in the user's language
// (src/lib/i18n/file-problems.ts). One vocabulary for every reader.
import { describeSchemaError, type InvalidReason, type SchemaError } from './schema-problems';

export type { InvalidReason };

export type FileProblemCode =
	| 'too_large'
	| 'empty'
	| 'not_json'
	| 'wrong_format'
	| 'future_version'
	| 'invalid'
	| 'unknown_catalogue'
	| 'newer_catalogue'
	| 'unknown_requirement'
	| 'inconsistent'
	| 'duplicate_id'
	| 'newer_nis2_rules';

export interface FileProblem {
	code: FileProblemCode;
	/** JSON path of the offending value, e.g. /assessment/answers/99 */
	path?: string;
	/** the offending id or version (for 'invalid': an InvalidReason) */
	detail?: string;
}

/** Thrown inside a reader to stop at the first problem; readers return it as a result. */
export class FileProblemError extends Error {
	constructor(readonly problem: FileProblem) {
		super(problem.code);
		this.name = 'FileProblemError';
	}
}

export const fail = (code: FileProblemCode, path?: string, detail?: string): never => {
	throw new FileProblemError({ code, path, detail });
};

/** Checks a value with a compiled schema validator; the first error becomes the problem. */
export function checkSchema(validate: { (data: unknown): boolean; errors?: SchemaError[] | null }, value: unknown, base: string): void {
	if (validate(value)) return;
	const error = validate.errors?.[0];
	if (!error) fail('invalid', base || '/', 'value');
	const { path, reason } = describeSchemaError(error!, base);
	fail('invalid', path || '/', reason);
}

/** Runs a reader; its problem comes back as a result instead of an exception. */
export async function attempt<T>(read: () => Promise<T> | T): Promise<{ ok: true; value: T } | { ok: false; problem: FileProblem }> {
	try {
		return { ok: true, value: await read() };
	} catch (error) {
		if (error instanceof FileProblemError) return { ok: false, problem: error.problem };
		throw error;
	}
}
