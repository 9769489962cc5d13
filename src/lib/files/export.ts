// Writing checks to files (format: questions/schema/assessment-file.schema.json). Kept free of
// the catalogue and the engine so that export is cheap wherever a check is listed.
import type { Assessment, Client } from '$lib/model/assessment';

export const FILE_FORMAT = 'kmu-cyber-check/assessment';
export const BACKUP_FORMAT = 'kmu-cyber-check/backup';
export const CLIENT_FORMAT = 'kmu-cyber-check/client';
export const FORMAT_VERSION = 1;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The record as it goes into a file: derived summaries and results stay on the device. */
export function forFile(assessment: Assessment): Omit<Assessment, 'summary'> {
	const { summary: _summary, nis2, ...rest } = assessment;
	if (!nis2) return rest;
	const { result: _result, ...answers } = nis2;
	return { ...rest, nis2: answers };
}

function header(format: string, appVersion: string, now: Date) {
	return { format, formatVersion: FORMAT_VERSION, exportedAt: now.toISOString(), app: { name: 'KMU Cyber-Check', version: appVersion } };
}

export function exportAssessment(assessment: Assessment, appVersion: string, now = new Date()): string {
	return JSON.stringify({ ...header(FILE_FORMAT, appVersion, now), assessment: forFile(assessment) }, null, 2);
}

export function exportBackup(assessments: Assessment[], appVersion: string, now = new Date(), clients: Client[] = []): string {
	const content = clients.length > 0 ? { assessments: assessments.map(forFile), clients } : { assessments: assessments.map(forFile) };
	return JSON.stringify({ ...header(BACKUP_FORMAT, appVersion, now), ...content }, null, 2);
}

/** One client with all its checks, e.g. to hand over to a colleague (usually encrypted). */
export function exportClient(client: Client, assessments: Assessment[], appVersion: string, now = new Date()): string {
	return JSON.stringify({ ...header(CLIENT_FORMAT, appVersion, now), client, assessments: assessments.map(forFile) }, null, 2);
}
