// Lays out the NIS-2 result document (Nis2DocumentData) as an A4 PDF on the report's page frame
// (PdfWriter: fonts, header, footer with page X of Y and the disclaimer on every page).
import type { PdfFonts } from './pdf-fonts';
import type { Nis2DocumentData, Nis2Item, Nis2Section } from './nis2-document-data';
import { pdfText } from './pdf-text';
import { BAD, CONTENT_W, FONT, HIGHLIGHT, MARGIN, MUTED, openPdf, PdfWriter, PRIMARY, TEXT, TOP_ACCENT, type TextOptions } from './pdf-writer';

type Rgb = [number, number, number];
/** The result box in the colours of the result page: red for duties, green for none, amber for open. */
const TONES: Record<Nis2DocumentData['category'], { line: Rgb; fill: Rgb }> = {
	essential: { line: BAD, fill: HIGHLIGHT },
	important: { line: BAD, fill: HIGHLIGHT },
	registration_only: { line: TOP_ACCENT, fill: [255, 243, 230] },
	uncertain: { line: TOP_ACCENT, fill: [255, 243, 230] },
	not_affected: { line: [30, 107, 52], fill: [232, 245, 236] }
};
const BOX_PAD = 4;

export async function renderNis2Pdf(data: Nis2DocumentData, fonts: PdfFonts): Promise<Blob> {
	const { doc, autoTable } = await openPdf(fonts, data);
	new Nis2Layout(doc, autoTable, data).render();
	return doc.output('blob');
}

class Nis2Layout extends PdfWriter {
	constructor(
		doc: ConstructorParameters<typeof PdfWriter>[0],
		autoTable: ConstructorParameters<typeof PdfWriter>[1],
		private data: Nis2DocumentData
	) {
		super(doc, autoTable, { companyName: data.companyName, provisionalMark: data.provisionalMark, footer: data.footer });
	}

	render(): void {
		const d = this.data;
		this.text(d.title, { size: 18, bold: true, color: PRIMARY, gap: 1 });
		this.text(d.subtitle, { size: 11, color: MUTED, gap: 3 });
		this.pairs(d.facts, 58);
		this.resultBox();
		for (const section of d.sections) this.section(section);
		this.heading(d.disclaimerHeading, 13, 10);
		this.text(d.disclaimer, { size: 10, bold: true });
		this.decoratePages();
	}

	pairs(rows: [string, string][], labelWidth: number): void {
		this.table({
			theme: 'plain',
			body: rows.map(([label, value]) => [pdfText(label), pdfText(value)]),
			columnStyles: { 0: { fontStyle: 'bold', cellWidth: labelWidth } },
			styles: { font: FONT, fontSize: 9.5, cellPadding: 1, overflow: 'linebreak', textColor: TEXT }
		});
	}

	/** The category in a framed box, kept on one page. */
	resultBox(): void {
		const r = this.data.result;
		const width = CONTENT_W - 2 * BOX_PAD;
		const parts: [string, TextOptions][] = [
			[r.label, { size: 10, bold: true, gap: 1 }],
			[r.name, { size: 16, bold: true, color: PRIMARY, gap: 2 }],
			[r.description, { size: 10, gap: 1.5 }],
			...(r.possible ? [[r.possible, { size: 10, bold: true, gap: 1.5 }] as [string, TextOptions]] : []),
			[r.size, { size: 9, color: MUTED, gap: 0 }]
		];
		const height = parts.reduce((sum, [value, options]) => sum + this.textHeight(value, { ...options, width }), 0) + 2 * BOX_PAD;
		this.ensure(height + 4);
		const tone = TONES[this.data.category];
		this.doc.setFillColor(...tone.fill);
		this.doc.setDrawColor(...tone.line);
		this.doc.setLineWidth(0.8);
		this.doc.rect(MARGIN, this.y, CONTENT_W, height, 'FD');
		this.y += BOX_PAD;
		for (const [value, options] of parts) this.text(value, { ...options, indent: BOX_PAD, width });
		this.y += BOX_PAD + 4;
	}

	section(section: Nis2Section): void {
		const first = section.blocks[0];
		const keep = first?.kind === 'item' ? Math.min(this.itemHeight(first.item), 22) : first?.kind === 'text' ? this.textHeight(first.text) : 10;
		this.heading(section.heading, 13, keep);
		for (const block of section.blocks) {
			if (block.kind === 'text') this.text(block.text, block.small ? { size: 8.5, color: MUTED, gap: 2 } : { size: 10, gap: 2 });
			else if (block.kind === 'list') {
				block.items.forEach((entry, i) => this.text(`${block.numbered ? `${i + 1}.` : '•'} ${entry}`, { size: 10, indent: 3, gap: 1 }));
				this.y += 1.5;
			} else if (block.kind === 'pairs') this.pairs(block.rows, 72);
			else this.item(block.item);
		}
	}

	itemParts(item: Nis2Item): [string, TextOptions][] {
		return [
			...(item.title ? [[item.title, { size: 10.5, bold: true, gap: 1 }] as [string, TextOptions]] : []),
			...(item.text ? [[item.text, { size: 10, gap: 1 }] as [string, TextOptions]] : []),
			...item.bullets.map((b): [string, TextOptions] => [`• ${b}`, { size: 9.5, indent: 3, gap: 0.5 }]),
			...(item.numbered
				? [
						[item.numbered.lead, { size: 9.5, gap: 0.5 }] as [string, TextOptions],
						...item.numbered.items.map((entry, i): [string, TextOptions] => [`${i + 1}. ${entry}`, { size: 9.5, indent: 4, gap: 0.5 }])
					]
				: []),
			...item.small.map((s): [string, TextOptions] => [s, { size: 8.5, color: MUTED, gap: 0.5 }])
		];
	}

	itemHeight(item: Nis2Item): number {
		return this.itemParts(item).reduce((sum, [value, options]) => sum + this.textHeight(value, options), 0);
	}

	/**
	 * One duty, fine or note: its start stays together (a long one may run onto the next page),
	 * and its fine print (the legal basis) never starts a page alone: it goes with the part before.
	 */
	item(item: Nis2Item): void {
		const parts = this.itemParts(item);
		const tail = Math.max(0, parts.length - item.small.length - 1);
		const height = (from: number) => parts.slice(from).reduce((sum, [value, options]) => sum + this.textHeight(value, options), 0);
		this.ensure(Math.min(height(0), 30));
		parts.forEach(([value, options], i) => {
			if (i === tail && i > 0) this.ensure(Math.min(height(i), 40));
			this.text(value, options);
		});
		this.y += 3;
	}
}
