// Makes the NIS-2 result document on the device, as PDF or as Word file, from one
// Nis2DocumentData: the PDF's fonts and jsPDF, or docx, are loaded only now, and only the one
// asked for. Works offline: the fonts come from the app's own (precached) files.
import { fileNameFor } from '$lib/files/download';
import { m } from '$lib/paraglide/messages';
import type { ReportFormat } from './formats';
import { buildNis2DocumentData, type Nis2DocumentSubject } from './nis2-document-data';
import { loadPdfFonts } from './pdf-fonts';

export async function makeNis2Document(subject: Nis2DocumentSubject, options: { appVersion: string; format: ReportFormat }): Promise<{ blob: Blob; fileName: string }> {
	const data = buildNis2DocumentData(subject, { appVersion: options.appVersion });
	const fileName = fileNameFor(m.nis2_doc_file_prefix(), subject.companyName, options.format);
	if (options.format === 'docx') {
		const { renderNis2Docx } = await import('./nis2-docx');
		return { blob: await renderNis2Docx(data), fileName };
	}
	const [fonts, { renderNis2Pdf }] = await Promise.all([loadPdfFonts(), import('./nis2-pdf')]);
	return { blob: await renderNis2Pdf(data, fonts), fileName };
}
