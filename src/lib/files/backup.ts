// A backup of every check and client on this device, read back before it is handed to the
// user: what the app writes, it must be able to restore – and if a record cannot be, the user
// hears it now, not on the day the browser's data is gone.
import type { Locale } from '$lib/engine/din';
import { listRecords } from '$lib/storage/assessments';
import { fileNameFor } from './download';
import { exportBackup } from './export';
import type { FileProblem } from './problems';
import { readAssessmentFile, type RefusedRecord } from './read-file';

export interface Backup {
	fileName: string;
	text: string;
	/** what reading the backup back refused: nothing, some records, or the whole file */
	unreadable: RefusedRecord[] | FileProblem | null;
}

export async function makeBackup(locale: Locale, appVersion: string, now = new Date()): Promise<Backup> {
	const { assessments, clients } = await listRecords();
	const text = exportBackup(assessments, appVersion, now, clients);
	const read = await readAssessmentFile(text, new TextEncoder().encode(text).length, locale);
	const unreadable = !read.ok ? read.problem : read.refused.length > 0 ? read.refused : null;
	return { fileName: fileNameFor('cyber-check-sicherung', '', 'json', now), text, unreadable };
}
