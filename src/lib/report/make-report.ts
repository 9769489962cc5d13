// Makes the report of a check on the device, as PDF or as Word file, from one ReportData and
// one chart: the PDF's fonts and jsPDF, or docx, are loaded only now, and only the one asked
// for. Works offline: fonts come from the app's own (precached) files.
import { fileNameFor } from '$lib/files/download';
import type { Assessment } from '$lib/model/assessment';
import { m } from '$lib/paraglide/messages';
import type { ReportFormat } from './formats';
import { loadPdfFonts } from './pdf-fonts';
import { renderReportPdf } from './pdf-report';
import { chartPx, PDF_CHART } from './pdf-writer';
import { drawRadar } from './radar-chart';
import { buildReportData, type ProviderInfo, type ReportSubject } from './report-data';
import { checkLogo, type LogoState } from './report-logo';

/** The radar chart drawn off screen at print resolution, its fonts sized for the PDF. */
async function chartPng(data: { labels: string[]; values: number[]; datasetLabel: string }): Promise<string> {
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(PDF_CHART.widthMm * PDF_CHART.pxPerMm);
	canvas.height = Math.round(PDF_CHART.heightMm * PDF_CHART.pxPerMm);
	const chart = await drawRadar(canvas, data, {
		animate: false,
		devicePixelRatio: 1,
		fontSize: Math.floor(chartPx(PDF_CHART.labelPt)),
		minFontSize: Math.ceil(chartPx(PDF_CHART.minLabelPt)),
		tickFontSize: Math.round(chartPx(PDF_CHART.tickPt))
	});
	const url = canvas.toDataURL('image/png');
	chart.destroy();
	return url;
}

export async function makeReport(
	subject: ReportSubject,
	options: { appVersion: string; provider?: ProviderInfo; previous?: Assessment; format?: ReportFormat; followUp?: string }
): Promise<{ blob: Blob; fileName: string; logo: LogoState }> {
	const format = options.format ?? 'pdf';
	// A logo that cannot be drawn would stop either renderer: the report goes without it.
	const { data, logo } = checkLogo(buildReportData(subject, options));
	const fileName = fileNameFor(m.report_file_prefix(), subject.assessment.company.name, format);
	if (format === 'docx') {
		const [png, { renderReportDocx }] = await Promise.all([chartPng(data.chart), import('./docx-report')]);
		const { blob } = await renderReportDocx(data, { chartPng: png });
		return { blob, fileName, logo };
	}
	const [fonts, png] = await Promise.all([loadPdfFonts(), chartPng(data.chart)]);
	const blob = await renderReportPdf(data, { ...fonts, chartPng: png });
	return { blob, fileName, logo };
}
