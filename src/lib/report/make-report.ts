// Makes the report of a check on the device, as PDF or as Word file, from one ReportData and
// one chart: the PDF's fonts and jsPDF, or docx, are loaded only now, and only the one asked
// for. Works offline: fonts come from the app's own (precached) files.
import { asset } from '$app/paths';
import { fileNameFor } from '$lib/files/download';
import type { Assessment } from '$lib/model/assessment';
import { m } from '$lib/paraglide/messages';
import { renderReportPdf } from './pdf-report';
import { chartPx, PDF_CHART } from './pdf-writer';
import { drawRadar } from './radar-chart';
import { buildReportData, type ProviderInfo, type ReportSubject } from './report-data';
import { checkLogo, type LogoState } from './report-logo';

export type ReportFormat = 'pdf' | 'docx';

async function fontBase64(file: string): Promise<string> {
	const response = await fetch(asset(`/fonts/${file}`));
	if (!response.ok) throw new Error(`Font ${file} could not be loaded (${response.status})`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

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
	const [regular, bold, png] = await Promise.all([
		fontBase64('DejaVuSans-subset.ttf'),
		fontBase64('DejaVuSans-Bold-subset.ttf'),
		chartPng(data.chart)
	]);
	const blob = await renderReportPdf(data, { regular, bold, chartPng: png });
	return { blob, fileName, logo };
}
