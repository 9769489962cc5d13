// The incident as an A4 PDF for the company's files: the deadlines, every report's draft with
// its sending time, where to report and the log, on the report's page frame (PdfWriter). Loaded
// with import() on click, like jsPDF and the fonts it needs.
import { fileNameFor } from '$lib/files/download';
import { m } from '$lib/paraglide/messages';
import type { IncidentSummary } from './incident-text';
import { formatInstant } from './incident-text';
import { loadPdfFonts, type PdfFonts } from './pdf-fonts';
import { pdfText } from './pdf-text';
import { FONT, MUTED, openPdf, PdfWriter, PRIMARY, TEXT } from './pdf-writer';

export async function renderIncidentPdf(summary: IncidentSummary, fonts: PdfFonts, options: { appVersion: string; madeAt: string }): Promise<Blob> {
	const o = { locale: summary.locale };
	const title = m.incident_pdf_title({}, o);
	const { doc, autoTable } = await openPdf(fonts, { fileTitle: `${title} – ${summary.companyName}`, title, locale: summary.locale });
	const made = formatInstant(options.madeAt, summary.locale);
	new IncidentLayout(doc, autoTable, summary, title, made, options.appVersion).render();
	return doc.output('blob');
}

/** Makes the incident's PDF on the device (fonts from the app's precached files: works offline). */
export async function makeIncidentPdf(summary: IncidentSummary, appVersion: string): Promise<{ blob: Blob; fileName: string }> {
	const fonts = await loadPdfFonts();
	const blob = await renderIncidentPdf(summary, fonts, { appVersion, madeAt: new Date().toISOString() });
	return { blob, fileName: fileNameFor(m.incident_file_prefix({}, { locale: summary.locale }), summary.companyName, 'pdf') };
}

class IncidentLayout extends PdfWriter {
	constructor(
		doc: ConstructorParameters<typeof PdfWriter>[0],
		autoTable: ConstructorParameters<typeof PdfWriter>[1],
		private s: IncidentSummary,
		private title: string,
		made: string,
		appVersion: string
	) {
		super(doc, autoTable, {
			companyName: s.companyName,
			provisionalMark: null,
			footer: {
				pageOf: (page, pages) => m.report_page({ page, pages }, { locale: s.locale }),
				meta: m.incident_pdf_meta({ app: appVersion, date: made }, { locale: s.locale }),
				disclaimer: m.incident_pdf_footer({}, { locale: s.locale })
			}
		});
	}

	pairs(rows: [string, string][], labelWidth = 55): void {
		this.table({
			theme: 'plain',
			body: rows.map(([label, value]) => [pdfText(label), pdfText(value)]),
			columnStyles: { 0: { fontStyle: 'bold', cellWidth: labelWidth } },
			styles: { font: FONT, fontSize: 9.5, cellPadding: 1, overflow: 'linebreak', textColor: TEXT }
		});
	}

	render(): void {
		const { s } = this;
		const o = { locale: s.locale };
		this.text(this.title, { size: 18, bold: true, color: PRIMARY, gap: 1 });
		this.text(s.heading, { size: 12, bold: true, gap: 3 });
		this.pairs([
			[m.incident_text_company({}, o), s.companyName],
			[m.incident_text_aware({}, o), s.awareText],
			[m.incident_status_heading({}, o), s.closedText ?? m.incident_open_status({}, o)]
		]);
		this.heading(m.incident_deadlines_heading({}, o), 13);
		this.table({
			body: s.reports.map((r) => [pdfText(r.name), pdfText(`${r.dueText}\n${r.period}`), pdfText(r.sentText ?? '–')]),
			columnStyles: { 0: { fontStyle: 'bold', cellWidth: 40 }, 2: { cellWidth: 45 } }
		});
		for (const note of s.notes) this.text(note, { size: 9, color: MUTED, gap: 1.5 });
		this.heading(m.incident_where_heading({}, o), 13);
		this.text(`${s.where.text} ${s.where.portal}`, { size: 10 });
		this.text(`${s.where.infoLabel}: ${s.where.info}`, { size: 8.5, color: MUTED });
		for (const r of s.reports) {
			this.heading(r.name, 13, 20);
			this.text(`${r.dueText} – ${r.period}`, { size: 9, color: MUTED, gap: 1 });
			if (r.sentText) this.text(r.sentText, { size: 9.5, bold: true, gap: 1 });
			this.y += 1;
			for (const field of r.fields) {
				this.ensure(14);
				this.text(field.label, { size: 10, bold: true, gap: 0.5 });
				this.text(field.value.trim() === '' ? m.incident_text_empty({}, o) : field.value, { size: 10, color: field.value.trim() === '' ? MUTED : TEXT, gap: 2 });
			}
		}
		this.heading(m.incident_log_heading({}, o), 13);
		this.table({
			body: s.log.map((entry) => [pdfText(entry.atText), pdfText(entry.text)]),
			columnStyles: { 0: { cellWidth: 62 } }
		});
		this.decoratePages();
	}
}
