// Lays out the report (ReportData) as an A4 PDF with jsPDF and jspdf-autotable. The text is
// real text in an embedded font (DejaVu Sans, subset), so it can be searched and copied and
// umlauts come out right; every string passes through pdfText() first.
import type { jsPDF as JsPDF } from 'jspdf';
import type { ReportAction, ReportData } from './report-data';
import { pdfText } from './pdf-text';
import { BAD, BOTTOM, CONTENT_W, FONT, HIGHLIGHT, MARGIN, MUTED, PAGE_W, PDF_CHART, PdfWriter, PRIMARY, TEXT, TOP, TOP_ACCENT, type AutoTable } from './pdf-writer';

export interface PdfAssets {
	/** base64 of the regular and bold TTF subsets */
	regular: string;
	bold: string;
	/** the radar chart as a PNG data URL */
	chartPng: string;
}


export async function renderReportPdf(data: ReportData, assets: PdfAssets): Promise<Blob> {
	const [{ jsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
	const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
	doc.addFileToVFS('DejaVuSans.ttf', assets.regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', assets.bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	doc.setFont(FONT, 'normal');
	doc.setProperties({ title: pdfText(data.fileTitle), subject: pdfText(data.title), creator: 'KMU Cyber-Check' });
	doc.setLanguage(data.locale === 'de' ? 'de-DE' : 'en-GB');
	new Layout(doc, autoTable, data, assets).render();
	return doc.output('blob');
}

class Layout extends PdfWriter {
	constructor(
		doc: JsPDF,
		autoTable: AutoTable,
		private data: ReportData,
		private assets: PdfAssets
	) {
		super(doc, autoTable, { companyName: data.companyName, provisionalMark: data.provisionalMark, footer: data.footer });
	}

	render(): void {
		this.firstPage();
		if (this.data.comparison) {
			this.newPage();
			this.comparison(this.data.comparison);
		}
		this.newPage();
		this.actionPlan();
		this.declaration();
		this.newPage();
		this.annexA();
		this.annexB();
		this.decoratePages();
	}

	// --- building blocks -------------------------------------------------------------------

	// --- sections ----------------------------------------------------------------------------

	firstPage(): void {
		const d = this.data;
		let titleWidth = CONTENT_W;
		if (d.logo) {
			// The provider's logo top right, at most 45 × 18 mm, keeping its proportions.
			const scale = Math.min(45 / d.logo.width, 18 / d.logo.height);
			const w = d.logo.width * scale;
			const h = d.logo.height * scale;
			this.doc.addImage(d.logo.dataUrl, 'PNG', PAGE_W - MARGIN - w, TOP, w, h);
			titleWidth = CONTENT_W - w - 5;
		}
		this.text(d.title, { size: 20, bold: true, color: PRIMARY, gap: 1, width: titleWidth });
		if (d.providerLine) this.text(d.providerLine, { size: 10, color: MUTED, gap: 0.5, width: titleWidth });
		this.text(d.subtitle, { size: 11, color: MUTED, gap: 0.5 });
		this.text(d.date, { size: 10, color: MUTED, gap: 4 });

		this.table({
			theme: 'plain',
			body: d.company.map(([label, value]) => [pdfText(label), pdfText(value)]),
			columnStyles: { 0: { fontStyle: 'bold', cellWidth: 45 } },
			styles: { font: FONT, fontSize: 9.5, cellPadding: 1, overflow: 'linebreak', textColor: TEXT }
		});

		if (d.provisional) {
			this.text(d.provisional, { size: 10, bold: true, color: BAD, gap: 1 });
			this.text(d.missing.join(' · '), { size: 8.5, color: BAD, gap: 3 });
		}
		if (d.clarify) this.text(d.clarify, { size: 8.5, color: TEXT, gap: 3 });

		this.text(d.scoreHeading, { size: 12, bold: true, color: TEXT, gap: 0.5 });
		this.text(d.score, { size: 28, bold: true, color: PRIMARY, gap: 1 });
		if (d.rawScore) this.text(d.rawScore, { size: 9, color: MUTED, gap: 1 });
		this.text(d.statement, { size: 10.5, gap: 4 });

		// Chart left, topic table right; both on this page when they fit.
		const { widthMm, heightMm } = PDF_CHART;
		this.ensure(heightMm + 12);
		this.text(d.topicsHeading, { size: 12, bold: true, gap: 2 });
		const top = this.y;
		this.doc.addImage(this.assets.chartPng, 'PNG', MARGIN, top, widthMm, heightMm);
		this.table({
			startY: top,
			margin: { left: MARGIN + widthMm + 2, right: MARGIN, top: TOP, bottom: BOTTOM },
			head: [d.topicColumns.map(pdfText)],
			body: d.topics.map((row) => row.map(pdfText)),
			columnStyles: { 1: { cellWidth: 17, halign: 'center' }, 2: { cellWidth: 15, halign: 'right' } },
			styles: { font: FONT, fontSize: 8.5, cellPadding: 1.4, overflow: 'linebreak', textColor: TEXT, lineColor: [197, 206, 214], lineWidth: 0.2 }
		});
		this.y = Math.max(this.y, top + heightMm + 4);
	}

	comparison(c: NonNullable<ReportData['comparison']>): void {
		this.heading(c.heading, 16);
		this.text(c.intro, { size: 10, gap: 1 });
		this.text(c.score, { size: 16, bold: true, color: PRIMARY, gap: 3 });
		for (const list of c.lists) {
			this.text(list.heading, { size: 11, bold: true, gap: 1 });
			for (const item of list.items) this.text(`• ${item}`, { size: 9.5, indent: 4, gap: 0.5 });
			this.y += 2;
		}
		this.table({
			head: [c.topicColumns.map(pdfText)],
			body: c.topics.map((row) => row.map(pdfText)),
			columnStyles: { 1: { halign: 'right', cellWidth: 30 }, 2: { halign: 'right', cellWidth: 30 }, 3: { halign: 'right', cellWidth: 22 } }
		});
	}

	actionPlan(): void {
		const d = this.data;
		this.heading(d.planHeading, 16);
		this.text(d.planIntro, { size: 9.5, color: MUTED, gap: 3 });
		if (d.topActions.length + d.otherActions.length === 0) {
			this.text(d.noActions);
			return;
		}
		if (d.topActions.length > 0) {
			this.heading(d.topHeading, 13);
			for (const action of d.topActions) this.action(action, true);
		}
		if (d.otherActions.length > 0) {
			this.heading(d.otherHeading, 13);
			for (const action of d.otherActions) this.action(action, false);
		}
	}

	action(action: ReportAction, top: boolean): void {
		this.ensure(22);
		this.text(action.heading, { size: 11, bold: true, color: top ? TOP_ACCENT : TEXT, indent: 3, gap: 1 });
		this.text(action.summary, { size: 9.5, indent: 3, gap: 1 });
		action.steps.forEach((step, i) => this.text(`${i + 1}. ${step}`, { size: 9.5, indent: 7, gap: 0.5 }));
		this.text(action.hints, { size: 8.5, color: MUTED, indent: 3, gap: 4 });
	}

	declaration(): void {
		const d = this.data;
		this.ensure(40);
		this.heading(d.declarationHeading, 13);
		this.text(d.declaration, { size: 10, gap: 6 });
		if (d.signatures) {
			this.ensure(30);
			const width = (CONTENT_W - 10) / 2;
			const lineY = this.y + 18;
			d.signatures.forEach((label, i) => {
				const x = MARGIN + i * (width + 10);
				this.doc.setDrawColor(...TEXT);
				this.doc.setLineWidth(0.3);
				this.doc.line(x, lineY, x + width, lineY);
				this.doc.setFont(FONT, 'normal');
				this.doc.setFontSize(8.5);
				this.doc.setTextColor(...MUTED);
				this.doc.text(this.doc.splitTextToSize(pdfText(label), width) as string[], x, lineY + 2, { baseline: 'top' });
			});
			this.y = lineY + 12;
		}
	}

	annexA(): void {
		const d = this.data;
		this.heading(d.annexAHeading, 16);
		const body: Parameters<AutoTable>[1]['body'] = [];
		const highlighted = new Set<number>();
		for (const group of d.annexA) {
			body.push([{ content: pdfText(group.topic), colSpan: 5, styles: { fontStyle: 'bold', fillColor: [232, 238, 242] } }]);
			for (const row of group.rows) {
				if (row.highlight) highlighted.add(body.length);
				body.push([row.id, pdfText(row.title), pdfText(row.result), row.points, pdfText(row.note)]);
			}
		}
		this.table({
			head: [d.annexAColumns.map(pdfText)],
			body,
			columnStyles: { 0: { cellWidth: 10 }, 1: { cellWidth: 46 }, 2: { cellWidth: 27 }, 3: { cellWidth: 17, halign: 'right' } },
			didParseCell: (cell) => {
				if (cell.section === 'body' && highlighted.has(cell.row.index)) {
					cell.cell.styles.fillColor = HIGHLIGHT;
					if (cell.column.index === 2) {
						cell.cell.styles.textColor = BAD;
						cell.cell.styles.fontStyle = 'bold';
					}
				}
			}
		});
	}

	annexB(): void {
		const d = this.data;
		this.ensure(50);
		this.heading(d.annexBHeading, 16);
		this.text(d.annexBNote, { size: 9, color: MUTED, gap: 3 });
		this.table({
			head: [d.annexBColumns.map(pdfText)],
			body: d.annexB.map((row) => row.map(pdfText)),
			styles: { font: FONT, fontSize: 8, cellPadding: 1.4, overflow: 'linebreak', textColor: TEXT, lineColor: [197, 206, 214], lineWidth: 0.2 },
			columnStyles: { 0: { cellWidth: 36 }, 1: { cellWidth: 44 }, 3: { cellWidth: 42 } }
		});
	}

}
