// The report's two annexes: all requirements with their result (A) and the funding programmes
// (B). Tables drawn with jspdf-autotable, so they flow over as many pages as they need.
import type { ReportData } from './report-data';
import { pdfText } from './pdf-text';
import { BAD, CONTENT_W, FONT, HIGHLIGHT, MARGIN, MUTED, PdfWriter, TEXT, type AutoTable } from './pdf-writer';
import { urlLines } from './url-lines';

type Row = NonNullable<Parameters<AutoTable>[1]['body']>[number];

const CELL_PAD = 1.6;
/** height of a topic's heading band above its first requirement, mm */
const GROUP_BAND = 6.5;
const GROUP_FILL: [number, number, number] = [232, 238, 242];
const LINE: [number, number, number] = [197, 206, 214];
/** Annex B: the address column, its width and the font sizes (pt) it may use */
const ADDRESS = { column: 3, width: 48, pad: 1.4, sizes: [8, 7.5, 7, 6.5] };

export class ReportAnnexes extends PdfWriter {
	annexA(d: ReportData): void {
		this.heading(d.annexAHeading, 16);
		const body: Row[] = [];
		// Keyed by the row itself: a row that continues on the next page is a copy with the same content.
		const topicOf = new Map<Row, string>();
		const highlighted = new Set<Row>();
		for (const group of d.annexA) {
			group.rows.forEach((r, i) => {
				const row: Row = [r.id, pdfText(r.title), pdfText(r.result), r.points, pdfText(r.note)];
				if (i === 0) topicOf.set(row, pdfText(group.topic));
				if (r.highlight) highlighted.add(row);
				body.push(row);
			});
		}
		this.table({
			head: [d.annexAColumns.map(pdfText)],
			body,
			columnStyles: { 0: { cellWidth: 10 }, 1: { cellWidth: 46 }, 2: { cellWidth: 27 }, 3: { cellWidth: 17, halign: 'right' } },
			didParseCell: ({ section, row, column, cell }) => {
				if (section !== 'body') return;
				// A topic's heading is part of its first row, so the two are never on different pages.
				if (topicOf.has(row.raw as Row)) cell.styles.cellPadding = { top: CELL_PAD + GROUP_BAND, right: CELL_PAD, bottom: CELL_PAD, left: CELL_PAD };
				if (highlighted.has(row.raw as Row)) {
					cell.styles.fillColor = HIGHLIGHT;
					if (column.index === 2) {
						cell.styles.textColor = BAD;
						cell.styles.fontStyle = 'bold';
					}
				}
			},
			didDrawCell: ({ section, row, column, cell }) => {
				const topic = topicOf.get(row.raw as Row);
				// After the row's last cell, so the band lies over all of them.
				if (section !== 'body' || topic === undefined || column.index !== 4) return;
				const { doc } = this;
				doc.setFillColor(...GROUP_FILL);
				doc.setDrawColor(...LINE);
				doc.setLineWidth(0.2);
				doc.rect(MARGIN, cell.y, CONTENT_W, GROUP_BAND, 'FD');
				doc.setFont(FONT, 'bold');
				doc.setFontSize(9);
				doc.setTextColor(...TEXT);
				doc.text(this.fit(topic, CONTENT_W - 2 * CELL_PAD), MARGIN + CELL_PAD, cell.y + GROUP_BAND / 2, { baseline: 'middle' });
			}
		});
	}

	annexB(d: ReportData): void {
		this.ensure(50);
		this.heading(d.annexBHeading, 16);
		this.text(d.annexBNote, { size: 9, color: MUTED, gap: 3 });
		const body = d.annexB.map((row) => row.map(pdfText));
		const links = new Map<Row, string>(body.map((row, i) => [row, d.annexBLinks[i]!]));
		const space = ADDRESS.width - 2 * ADDRESS.pad;
		this.table({
			head: [d.annexBColumns.map(pdfText)],
			body,
			styles: { font: FONT, fontSize: 8, cellPadding: ADDRESS.pad, overflow: 'linebreak', textColor: TEXT, lineColor: LINE, lineWidth: 0.2 },
			columnStyles: {
				0: { cellWidth: 34 },
				1: { cellWidth: 42 },
				// Addresses wrap after "/" (never inside a name) ...
				[ADDRESS.column]: {
					cellWidth: ADDRESS.width,
					overflow: (text, width) => urlLines([text].flat().join(''), width, (t) => this.doc.getTextWidth(t))
				}
			},
			didParseCell: ({ section, column, cell }) => {
				// ... in a font small enough for the host name to fit on one line.
				if (section !== 'body' || column.index !== ADDRESS.column) return;
				const host = [cell.text].flat().join('').split('/')[0]!;
				this.doc.setFont(FONT, 'normal');
				cell.styles.fontSize = ADDRESS.sizes.find((size) => this.doc.setFontSize(size).getTextWidth(host) <= space) ?? ADDRESS.sizes.at(-1)!;
			},
			didDrawCell: ({ section, row, column, cell }) => {
				const url = links.get(row.raw as Row);
				if (section === 'body' && column.index === ADDRESS.column && url) this.doc.link(cell.x, cell.y, cell.width, cell.height, { url });
			}
		});
	}
}
