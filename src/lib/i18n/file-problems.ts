// Messages for problems in imported files, in the user's language. Loaded with the importer,
// not with every page that lists checks.
import type { FileProblem } from '$lib/files/problems';
import { m } from '$lib/paraglide/messages';

export function fileProblemMessage(problem: FileProblem): string {
	const where = problem.path ? m.file_problem_where({ path: problem.path }) : '';
	const detail = problem.detail ?? '';
	switch (problem.code) {
		case 'too_large':
			return m.file_too_large({ megabytes: 5 });
		case 'empty':
			return m.file_empty();
		case 'not_json':
			return m.file_not_json();
		case 'wrong_format':
			return m.file_wrong_format();
		case 'future_version':
			return m.file_future_version({ version: detail });
		case 'newer_catalogue':
			return m.file_newer_catalogue({ version: detail });
		case 'unknown_catalogue':
			return m.file_unknown_catalogue({ catalogue: detail });
		case 'unknown_requirement':
			return m.file_unknown_requirement({ id: detail }) + where;
		case 'inconsistent':
			return m.file_inconsistent({ id: detail }) + where;
		case 'duplicate_id':
			return m.file_duplicate_id({ id: detail });
		case 'newer_nis2_rules':
			return m.file_newer_nis2_rules({ date: detail });
		default:
			return m.file_invalid() + ' ' + invalidReason(detail) + where;
	}
}

function invalidReason(reason: string): string {
	const reasons: Record<string, () => string> = {
		object: m.file_reason_object,
		unexpected: m.file_reason_unexpected,
		missing: m.file_reason_missing,
		text: m.file_reason_text,
		length: m.file_reason_length,
		form: m.file_reason_form,
		date: m.file_reason_date,
		number: m.file_reason_number,
		list: m.file_reason_list,
		value: m.file_reason_value
	};
	return (reasons[reason] ?? m.file_reason_value)();
}
