// A4 pages written with jsPDF and jspdf-autotable: the running position, headings, wrapped
// text, tables, and the header and footer every page carries. The reports build on it.
import type { jsPDF as JsPDF } from 'jspdf';
import { pdfText } from './pdf-text';

export const PAGE_W = 210;
export const PAGE_H = 297;
export const MARGIN = 18;
export const TOP = 20;
export const BOTTOM = 24;
export const CONTENT_W = PAGE_W - 2 * MARGIN;
export const PT_TO_MM = 0.3528;
export const PRIMARY: [number, number, number] = [11, 79, 108];
export const TOP_ACCENT: [number, number, number] = [138, 59, 0];
export const BAD: [number, number, number] = [164, 22, 26];
export const MUTED: [number, number, number] = [74, 85, 97];
export const TEXT: [number, number, number] = [27, 31, 36];
export const HIGHLIGHT: [number, number, number] = [253, 236, 236];
export const FONT = 'DejaVu';

/**
 * The radar chart on the first page: its size there (mm), the resolution it is drawn at, and its
 * label and tick font sizes (pt, as read at that size; labels at least 8 pt).
 */
export const PDF_CHART = { widthMm: 90, heightMm: 74, pxPerMm: 12, labelPt: 9, minLabelPt: 8, tickPt: 7 };
/** A font size in pt, in px of the chart's canvas. */
export const chartPx = (pt: number) => pt * PT_TO_MM * PDF_CHART.pxPerMm;

export type AutoTable = typeof import('jspdf-autotable').autoTable;

export interface TextOptions {
	size?: number;
	bold?: boolean;
	color?: [number, number, number];
	indent?: number;
	/** space after the text, mm */
	gap?: number;
	width?: number;
}

/** What the header and footer of every page say. */
export interface PageFrame {
	companyName: string;
	provisionalMark: string | null;
	footer: { pageOf: (page: number, pages: number) => string; meta: string; disclaimer: string };
}

/**
 * A new A4 document with the embedded fonts, its title, subject and language set – jsPDF and
 * jspdf-autotable are loaded only now.
 */
export async function openPdf(
	fonts: { regular: string; bold: string },
	meta: { fileTitle: string; title: string; locale: 'de' | 'en' }
): Promise<{ doc: JsPDF; autoTable: AutoTable }> {
	const [{ jsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
	const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
	doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	doc.setFont(FONT, 'normal');
	doc.setProperties({ title: pdfText(meta.fileTitle), subject: pdfText(meta.title), creator: 'KMU Cyber-Check' });
	doc.setLanguage(meta.locale === 'de' ? 'de-DE' : 'en-GB');
	return { doc, autoTable };
}

export class PdfWriter {
	y = TOP;

	constructor(
		protected doc: JsPDF,
		protected autoTable: AutoTable,
		protected page: PageFrame
	) {}

	newPage(): void {
		this.doc.addPage();
		this.y = TOP;
	}

	/** Starts a new page when `height` mm do not fit any more. */
	ensure(height: number): void {
		if (this.y + height > PAGE_H - BOTTOM) this.newPage();
	}

	text(value: string, options: TextOptions = {}): void {
		const { size = 10, color = TEXT, indent = 0, gap = 2 } = options;
		const { doc } = this;
		doc.setTextColor(...color);
		const lineHeight = size * PT_TO_MM * 1.35;
		for (const line of this.lines(value, options)) {
			this.ensure(lineHeight);
			doc.text(line, MARGIN + indent, this.y, { baseline: 'top' });
			this.y += lineHeight;
		}
		this.y += gap;
	}

	/** The height (mm) text() would take with these options, drawing nothing. */
	textHeight(value: string, options: TextOptions = {}): number {
		const { size = 10, gap = 2 } = options;
		return this.lines(value, options).length * size * PT_TO_MM * 1.35 + gap;
	}

	private lines(value: string, { size = 10, bold = false, indent = 0, width = CONTENT_W - indent }: TextOptions): string[] {
		this.doc.setFont(FONT, bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		return this.doc.splitTextToSize(pdfText(value), width) as string[];
	}

	/** A heading, on a new page when it and `keep` mm of what follows do not fit any more. */
	heading(value: string, size = 14, keep = 12): void {
		this.ensure(this.headingHeight(value, size) + keep);
		this.y += 2;
		this.text(value, { size, bold: true, color: PRIMARY, gap: 3 });
	}

	headingHeight(value: string, size = 14): number {
		return 2 + this.textHeight(value, { size, bold: true, gap: 3 });
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

	/** Shortens a one-line text to `width` mm, marking the cut with an ellipsis. */
	fit(value: string, width: number): string {
		if (this.doc.getTextWidth(value) <= width) return value;
		let cut = value;
		while (cut.length > 1 && this.doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
		return `${cut.trimEnd()}…`;
	}

	/** Header and footer on every page: company, provisional mark, page X of Y, versions, disclaimer. */
	decoratePages(): void {
		const { doc, page: data } = this;
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
