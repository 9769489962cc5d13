// Makes the registration data sheet on the device: jsPDF and the fonts are loaded only now,
// from the app's own (precached) files, so it works offline.
import { fileNameFor } from '$lib/files/download';
import { m } from '$lib/paraglide/messages';
import { loadPdfFonts } from './pdf-fonts';
import { buildRegistrationSheetData, type RegistrationSheetSubject } from './registration-sheet-data';

export async function makeRegistrationSheet(subject: RegistrationSheetSubject, options: { appVersion: string; today: string }): Promise<{ blob: Blob; fileName: string }> {
	const data = buildRegistrationSheetData(subject, options);
	const [fonts, { renderRegistrationPdf }] = await Promise.all([loadPdfFonts(), import('./registration-pdf')]);
	return { blob: await renderRegistrationPdf(data, fonts), fileName: fileNameFor(m.registration_sheet_file_prefix(), data.companyName, 'pdf') };
}
