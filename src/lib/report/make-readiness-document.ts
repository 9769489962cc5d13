// Makes the readiness report on the device, as PDF or Word file: the NIS-2 result is decided
// again from the stored answers under the current rules (the same the NIS-2 page shows), the
// §30 questions load in the language shown, and the renderers of the NIS-2 document lay it out.
// Everything loads only now; works offline (all of it is precached).
import type { Catalogue } from '$lib/engine/din';
import { loadCurrentNis2Rules } from '$lib/content/nis2-rules';
import { loadCurrentMeasures } from '$lib/content/nis2-measures';
import { fileNameFor } from '$lib/files/download';
import { locale, t } from '$lib/i18n/locale.svelte';
import type { Assessment } from '$lib/model/assessment';
import { m } from '$lib/paraglide/messages';
import type { ReportFormat } from './formats';
import { loadPdfFonts } from './pdf-fonts';
import { buildReadinessDocumentData } from './readiness-document-data';

export async function makeReadinessDocument(assessment: Assessment, catalogue: Catalogue, options: { appVersion: string; format: ReportFormat }): Promise<{ blob: Blob; fileName: string }> {
	if (!assessment.nis2) throw new Error('The check has no NIS-2 answers');
	const [rules, measures, { classifyNis2 }] = await Promise.all([loadCurrentNis2Rules(locale.current), loadCurrentMeasures(locale.current), import('$lib/engine/nis2')]);
	const verdict = classifyNis2(rules, assessment.nis2.profile);
	const rowNames = Object.fromEntries(rules.rows.map((row) => [row.id, t(row.name)]));
	const data = buildReadinessDocumentData({ assessment, verdict, rules, measures, catalogue, rowNames }, { appVersion: options.appVersion });
	const fileName = fileNameFor(m.readiness_doc_file_prefix(), assessment.company.name, options.format);
	if (options.format === 'docx') {
		const { renderNis2Docx } = await import('./nis2-docx');
		return { blob: await renderNis2Docx(data), fileName };
	}
	const [fonts, { renderNis2Pdf }] = await Promise.all([loadPdfFonts(), import('./nis2-pdf')]);
	return { blob: await renderNis2Pdf(data, fonts), fileName };
}
