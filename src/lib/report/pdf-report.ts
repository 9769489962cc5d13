// Lays out the report (ReportData) as an A4 PDF with jsPDF and jspdf-autotable. The text is
// real text in an embedded font (DejaVu Sans, subset), so it can be searched and copied and
// umlauts come out right; every string passes through pdfText() first.
import type { jsPDF as JsPDF } from 'jspdf';
import type { ReportAction, ReportData } from './report-data';
import { pdfText } from './pdf-text';

export interface PdfAssets {
	/** base64 of the regular and bold TTF subsets */
	regular: string;
	bold: string;
	/** the radar chart as a PNG data URL */
	chartPng: string;
}

const PAGE_W = 210;
const PAGE_H = 297;
const MARGIN = 18;
const TOP = 20;
const BOTTOM = 24;
const CONTENT_W = PAGE_W - 2 * MARGIN;
const PT_TO_MM = 0.3528;
const PRIMARY: [number, number, number] = [11, 79, 108];
const TOP_ACCENT: [number, number, number] = [138, 59, 0];
const BAD: [number, number, number] = [164, 22, 26];
const MUTED: [number, number, number] = [74, 85, 97];
const TEXT: [number, number, number] = [27, 31, 36];
const HIGHLIGHT: [number, number, number] = [253, 236, 236];
const FONT = 'DejaVu';

type AutoTable = typeof import('jspdf-autotable').autoTable;

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

class Layout {
	y = TOP;

	constructor(
		private doc: JsPDF,
		private autoTable: AutoTable,
		private data: ReportData,
		private assets: PdfAssets
	) {}

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

	newPage(): void {
		this.doc.addPage();
		this.y = TOP;
	}

	/** Starts a new page when `height` mm do not fit any more. */
	ensure(height: number): void {
		if (this.y + height > PAGE_H - BOTTOM) this.newPage();
	}

	text(
		value: string,
		{ size = 10, bold = false, color = TEXT, indent = 0, gap = 2, width = CONTENT_W - indent }: { size?: number; bold?: boolean; color?: [number, number, number]; indent?: number; gap?: number; width?: number } = {}
	): void {
		const { doc } = this;
		doc.setFont(FONT, bold ? 'bold' : 'normal');
		doc.setFontSize(size);
		doc.setTextColor(...color);
		const lineHeight = size * PT_TO_MM * 1.35;
		const lines = doc.splitTextToSize(pdfText(value), width) as string[];
		for (const line of lines) {
			this.ensure(lineHeight);
			doc.text(line, MARGIN + indent, this.y, { baseline: 'top' });
			this.y += lineHeight;
		}
		this.y += gap;
	}

	heading(value: string, size = 14): void {
		this.ensure(size * PT_TO_MM * 3);
		this.y += 2;
		this.text(value, { size, bold: true, color: PRIMARY, gap: 3 });
	}

	table(options: Parameters<AutoTable>[1]): void {
		this.autoTable(this.doc, {
			startY: this.y,
			margin: { left: MARGIN, right: MARGIN, top: TOP, bottom: BOTTOM },
			styles: { font: FONT, fontSize: 9, cellPadding: 1.6, overflow: 'linebreak', textColor: TEXT, lineColor: [197, 206, 214], lineWidth: 0.2 },
			headStyles: { font: FONT, fontStyle: 'bold', fillColor: PRIMARY, textColor: [255, 255, 255] },
			rowPageBreak: 'auto',
			...options
		});
		this.y = ((this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY ?? this.y) + 5;
	}

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

		this.text(d.scoreHeading, { size: 12, bold: true, color: TEXT, gap: 0.5 });
		this.text(d.score, { size: 28, bold: true, color: PRIMARY, gap: 1 });
		if (d.rawScore) this.text(d.rawScore, { size: 9, color: MUTED, gap: 1 });
		this.text(d.statement, { size: 10.5, gap: 4 });

		// Chart left, topic table right; both on this page when they fit.
		const chartSize = 72;
		this.ensure(chartSize + 12);
		this.text(d.topicsHeading, { size: 12, bold: true, gap: 2 });
		const top = this.y;
		this.doc.addImage(this.assets.chartPng, 'PNG', MARGIN, top, chartSize, chartSize);
		this.table({
			startY: top,
			margin: { left: MARGIN + chartSize + 4, right: MARGIN, top: TOP, bottom: BOTTOM },
			head: [d.topicColumns.map(pdfText)],
			body: d.topics.map((row) => row.map(pdfText)),
			columnStyles: { 1: { cellWidth: 20, halign: 'center' }, 2: { cellWidth: 16, halign: 'right' } },
			styles: { font: FONT, fontSize: 8.5, cellPadding: 1.4, overflow: 'linebreak', textColor: TEXT, lineColor: [197, 206, 214], lineWidth: 0.2 }
		});
		this.y = Math.max(this.y, top + chartSize + 4);
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

	/** Shortens a one-line text to `width` mm, marking the cut with an ellipsis. */
	fit(value: string, width: number): string {
		if (this.doc.getTextWidth(value) <= width) return value;
		let cut = value;
		while (cut.length > 1 && this.doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
		return `${cut.trimEnd()}…`;
	}

	/** Header and footer on every page: company, provisional mark, page X of Y, versions, disclaimer. */
	decoratePages(): void {
		const { doc, data } = this;
		const pages = doc.getNumberOfPages();
		for (let page = 1; page <= pages; page++) {
			doc.setPage(page);
			doc.setFont(FONT, 'normal');
			doc.setFontSize(8);
			doc.setTextColor(...MUTED);
			const header = this.fit(pdfText(`KMU Cyber-Check · ${data.companyName}`), data.provisionalMark ? CONTENT_W - 45 : CONTENT_W);
			doc.text(header, MARGIN, 10, { baseline: 'top' });
			if (data.provisionalMark) {
				doc.setFont(FONT, 'bold');
				doc.setTextColor(...BAD);
				doc.text(pdfText(data.provisionalMark), PAGE_W - MARGIN, 10, { baseline: 'top', align: 'right' });
			}
			doc.setDrawColor(...PRIMARY);
			doc.setLineWidth(0.3);
			doc.line(MARGIN, 14.5, PAGE_W - MARGIN, 14.5);
			doc.line(MARGIN, PAGE_H - 20, PAGE_W - MARGIN, PAGE_H - 20);
			doc.setFont(FONT, 'normal');
			doc.setFontSize(7.5);
			doc.setTextColor(...MUTED);
			doc.text(pdfText(data.footer.pageOf(page, pages)), MARGIN, PAGE_H - 18.5, { baseline: 'top' });
			doc.text(pdfText(data.footer.meta), PAGE_W - MARGIN, PAGE_H - 18.5, { baseline: 'top', align: 'right' });
			doc.setFontSize(7);
			doc.text(doc.splitTextToSize(pdfText(data.footer.disclaimer), CONTENT_W) as string[], MARGIN, PAGE_H - 14.5, { baseline: 'top' });
		}
	}
}
