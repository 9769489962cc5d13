// The contract checked before every write: a record the app stores is one its own importer
// reads back – the same JSON Schema, the same dates, the same catalogue checks. Loaded by the
// open check's session (with the compiled validators) after the page has come up.
import type { Catalogue } from '$lib/engine/din';
import type { Assessment, Client } from '$lib/model/assessment';
import { checkAgainstCatalogue, checkAssessmentForm } from './assessment-reader';
import { forFile } from './export';
import { readClient } from './client-reader';
import { RecordRefused } from '$lib/storage/db';
import { FileProblemError, type FileProblem } from './problems';

/** What would make the importer refuse this record, or null when it reads it back. */
export function problemOfRecord(assessment: Assessment, catalogue: Catalogue | null): FileProblem | null {
	try {
		checkAssessmentForm(forFile(assessment), '');
		if (catalogue) checkAgainstCatalogue(assessment, catalogue, '');
		return null;
	} catch (error) {
		if (error instanceof FileProblemError) return error.problem;
		throw error;
	}
}

/** The same for a client. */
export function problemOfClient(client: Client): FileProblem | null {
	try {
		readClient(client, '');
		return null;
	} catch (error) {
		if (error instanceof FileProblemError) return error.problem;
		throw error;
	}
}

/** Throws RecordRefused for a record the importer would refuse; for new records written whole. */
export function assertStorable(record: Assessment | Client): void {
	const problem = 'responses' in record ? problemOfRecord(record, null) : problemOfClient(record);
	if (problem) throw new RecordRefused(problem.path ?? '/');
}
