// Saves text as a file through the browser's download, entirely on the device – the one way
// every file leaves the app (exports, hand-overs, backups, CSV, calendar, report), so that each
// is confirmed in words (state/downloads.svelte.ts).
import type { Assessment } from '$lib/model/assessment';
import { downloads } from '$lib/state/downloads.svelte';
import { exportAssessment } from './export';

/** `confirmation` replaces the usual "„…“ wurde heruntergeladen" where more needs saying. */
export function download(fileName: string, content: string | Blob, type = 'application/json', confirmation?: string): void {
	const blob = content instanceof Blob ? content : new Blob([content], { type: `${type};charset=utf-8` });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	downloads.done(fileName, confirmation);
}

/** A file name from a company name and a date: "cyber-check-baeckerei-mueller-2026-11-26.json". */
export function fileNameFor(prefix: string, companyName: string, extension: string, date = new Date()): string {
	const slug = companyName
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${prefix}${slug ? `-${slug}` : ''}-${date.toISOString().slice(0, 10)}.${extension}`;
}

/** Downloads one check as an export file named after its company (pass a plain copy). */
export function downloadAssessment(assessment: Assessment): void {
	download(fileNameFor('cyber-check', assessment.company.name, 'json'), exportAssessment(assessment, __APP_VERSION__));
}
