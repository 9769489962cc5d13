// The words of the import for one record: "Kunde" for a client, "Beratung" for a check done
// as a consultation, "Check" for a self-check – with the check's date and time, so that two
// checks of one company on one day are told apart.
import type { ImportConflict } from '$lib/files/import';
import { m } from '$lib/paraglide/messages';
import { formatDateTime } from './format';

type Pair = Pick<ImportConflict, 'kind' | 'existing'>;

/** "Kunde „X“", "Beratung „X“ vom …", "Check „X“ vom …". */
export function recordLabel({ kind, existing }: Pair): string {
	const name = existing.company.name;
	if (kind === 'client') return m.import_record_client({ name });
	const date = formatDateTime(existing.createdAt);
	return 'consultation' in existing && existing.consultation ? m.import_record_consultation({ name, date }) : m.import_record_check({ name, date });
}

/** The question of a conflict and its three answers, in the words of the record's kind. */
export function conflictWords({ kind, existing }: Pair): { title: string; keepBoth: string; replace: string; skip: string } {
	const name = existing.company.name;
	if (kind === 'client') return { title: m.import_conflict_client({ name }), keepBoth: m.import_keep_both_client(), replace: m.import_replace_client(), skip: m.import_skip_client() };
	const date = formatDateTime(existing.createdAt);
	if ('consultation' in existing && existing.consultation)
		return { title: m.import_conflict_consultation({ name, date }), keepBoth: m.import_keep_both_consultation(), replace: m.import_replace_consultation(), skip: m.import_skip() };
	return { title: m.import_conflict_check({ name, date }), keepBoth: m.import_keep_both(), replace: m.import_replace(), skip: m.import_skip() };
}
