// Lays out the registration data sheet (RegistrationSheetData) as an A4 PDF on the report's page
// frame: facts, the status, one table per group of fields (label, value or "still open", the
// law), the Anlage rows, the steps, and the note that it is not the registration itself.
import type { PdfFonts } from './pdf-fonts';
import { pdfText } from './pdf-text';
import { BAD, FONT, MUTED, openPdf, PdfWriter, PRIMARY, TEXT } from './pdf-writer';
import type { RegistrationSheetData } from './registration-sheet-data';

export async function renderRegistrationPdf(data: RegistrationSheetData, fonts: PdfFonts): Promise<Blob> {
	const { doc, autoTable } = await openPdf(fonts, data);
	new RegistrationLayout(doc, autoTable, data).render();
	return doc.output('blob');
}

class RegistrationLayout extends PdfWriter {
	constructor(
		doc: ConstructorParameters<typeof PdfWriter>[0],
		autoTable: ConstructorParameters<typeof PdfWriter>[1],
		private data: RegistrationSheetData
	) {
		super(doc, autoTable, { companyName: data.companyName, provisionalMark: null, footer: data.footer });
	}

	render(): void {
		const d = this.data;
		this.text(d.title, { size: 18, bold: true, color: PRIMARY, gap: 1 });
		this.text(d.subtitle, { size: 11, color: MUTED, gap: 3 });
		this.table({
			theme: 'plain',
			body: d.facts.map(([label, value]) => [pdfText(label), pdfText(value)]),
			columnStyles: { 0: { fontStyle: 'bold', cellWidth: 48 } },
			styles: { font: FONT, fontSize: 9.5, cellPadding: 1, overflow: 'linebreak', textColor: TEXT },
			didParseCell: (cell) => {
				// The status in red while it is overdue, as on the page.
				if (d.status.kind === 'overdue' && cell.section === 'body' && cell.column.index === 1 && d.facts[cell.row.index]?.[1] === d.statusText) {
					cell.cell.styles.textColor = BAD;
					cell.cell.styles.fontStyle = 'bold';
				}
			}
		});
		for (const group of d.groups) {
			this.heading(group.heading, 12, 14);
			this.table({
				body: group.rows.map((row) => [pdfText(row.label), pdfText(row.value), pdfText(row.law)]),
				columnStyles: { 0: { fontStyle: 'bold', cellWidth: 50 }, 2: { cellWidth: 34, fontSize: 7.5, textColor: MUTED } },
				didParseCell: (cell) => {
					if (cell.section === 'body' && cell.column.index === 1 && group.rows[cell.row.index]?.missing) {
						cell.cell.styles.textColor = MUTED;
						cell.cell.styles.fontStyle = 'bold';
					}
				}
			});
		}
		this.heading(d.rowsHeading, 12, 8);
		if (d.anlageRows.length === 0) this.text('–', { size: 10 });
		for (const row of d.anlageRows) this.text(`• ${row}`, { size: 10, indent: 3, gap: 1 });
		this.y += 2;
		this.heading(d.stepsHeading, 12, 8);
		this.table({
			theme: 'plain',
			body: d.steps.map((s, i) => [`${i + 1}.`, pdfText(s.label), pdfText(s.state)]),
			columnStyles: { 0: { cellWidth: 8 }, 2: { cellWidth: 24, fontStyle: 'bold' } },
			styles: { font: FONT, fontSize: 9.5, cellPadding: 1, overflow: 'linebreak', textColor: TEXT },
			didParseCell: (cell) => {
				if (cell.section === 'body' && cell.column.index === 2 && !d.steps[cell.row.index]?.done) cell.cell.styles.textColor = MUTED;
			}
		});
		this.heading(d.noteHeading, 12, 10);
		this.text(d.note, { size: 10, bold: true });
		this.decoratePages();
	}
}
