// Lays out the report (ReportData) as an A4 PDF with jsPDF and jspdf-autotable. The text is
// real text in an embedded font (DejaVu Sans, subset), so it can be searched and copied and
// umlauts come out right; every string passes through pdfText() first.
import type { jsPDF as JsPDF } from 'jspdf';
import type { ReportConsultation } from './report-consultation';
import type { ReportAction, ReportData } from './report-data';
import { ReportAnnexes } from './pdf-annexes';
import { pdfText } from './pdf-text';
import type { PdfFonts } from './pdf-fonts';
import { BAD, BOTTOM, CONTENT_W, FONT, MARGIN, MUTED, openPdf, PAGE_H, PAGE_W, PDF_CHART, PRIMARY, TEXT, TOP, TOP_ACCENT, type AutoTable, type TextOptions } from './pdf-writer';

export interface PdfAssets extends PdfFonts {
	/** the radar chart as a PNG data URL */
	chartPng: string;
}


/** the label column of the consultation's facts, mm */
const FACT_LABEL_W = 75;
/** room for the two signature lines and their labels, mm */
const SIGNATURES_H = 30;

export async function renderReportPdf(data: ReportData, assets: PdfAssets): Promise<Blob> {
	const { doc, autoTable } = await openPdf(assets, data);
	new Layout(doc, autoTable, data, assets).render();
	return doc.output('blob');
}

class Layout extends ReportAnnexes {
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
		// The consultation follows the result: on the first page when it fits, else at the top of
		// the next one, which the comparison or the action plan then goes on filling.
		const continues = this.data.consultation ? this.consultation(this.data.consultation) : false;
		if (this.data.comparison) {
			if (!continues) this.newPage();
			this.comparison(this.data.comparison);
		}
		if (this.data.comparison || !continues) this.newPage();
		this.actionPlan();
		this.declaration();
		this.newPage();
		this.annexA(this.data);
		this.annexB(this.data);
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

	/** The consultation section; true when it went on to a page of its own, which the next section may share. */
	consultation(c: ReportConsultation): boolean {
		const first = this.doc.getNumberOfPages();
		const facts = this.factsHeight(c);
		// The heading moves with the whole section when it fits on a page, else with the facts.
		const whole = facts + this.participantsHeight(c);
		this.heading(c.heading, 13, whole <= PAGE_H - TOP - BOTTOM - 20 ? whole : facts);
		this.table({
			theme: 'plain',
			body: c.rows.map(([label, value]) => [pdfText(label), pdfText(value)]),
			columnStyles: { 0: { fontStyle: 'bold', cellWidth: FACT_LABEL_W } },
			styles: { font: FONT, fontSize: 9.5, cellPadding: 1, overflow: 'linebreak', textColor: TEXT }
		});
		if (c.managementAbsent) this.text(c.managementAbsent, { size: 10, bold: true, color: BAD, gap: 3 });
		this.ensure(this.textHeight(c.participantsHeading, { size: 11, bold: true, gap: 1 }) + 14);
		this.text(c.participantsHeading, { size: 11, bold: true, gap: 1 });
		if (c.noParticipants) this.text(c.noParticipants, { size: 9.5, gap: 3 });
		else this.table({ head: [c.participantColumns.map(pdfText)], body: c.participants.map((row) => row.map(pdfText)), columnStyles: { 1: { cellWidth: 70 } } });
		return this.doc.getNumberOfPages() > first;
	}

	/** The table of facts and the sentence on the management, mm (rows measured as the table wraps them, with room to spare). */
	factsHeight(c: ReportConsultation): number {
		const rows = c.rows.reduce((sum, [label, value]) => {
			const lines = Math.max(this.textHeight(label, { size: 9.5, bold: true, width: FACT_LABEL_W - 2, gap: 0 }), this.textHeight(value, { size: 9.5, width: CONTENT_W - FACT_LABEL_W - 2, gap: 0 }));
			return sum + lines + 2;
		}, 5);
		return rows + (c.managementAbsent ? this.textHeight(c.managementAbsent, { size: 10, bold: true, gap: 3 }) : 0);
	}

	/** The participants' heading and table (or the sentence that there are none), mm. */
	participantsHeight(c: ReportConsultation): number {
		const heading = this.textHeight(c.participantsHeading, { size: 11, bold: true, gap: 1 });
		if (c.noParticipants) return heading + this.textHeight(c.noParticipants, { size: 9.5, gap: 3 });
		const rows = c.participants.reduce((sum, [name]) => sum + this.textHeight(name, { size: 9, width: CONTENT_W - 72, gap: 0 }) + 3.5, 0);
		return heading + 8 + rows + 5;
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
		const all = [...d.topActions, ...d.otherActions];
		if (all.length === 0) {
			if (this.movesWithDeclaration(this.y, this.textHeight(d.noActions))) this.newPage();
			this.text(d.noActions);
			return;
		}
		const last = all[all.length - 1]!;
		for (const [heading, actions, top] of [[d.topHeading, d.topActions, true], [d.otherHeading, d.otherActions, false]] as const) {
			if (actions.length === 0) continue;
			// A group heading stays with (the start of) its first recommendation, and goes with it
			// when that one moves on to keep the declaration company.
			const height = this.partsHeight(this.actionParts(actions[0]!, top));
			const moves = actions[0] === last && this.movesWithDeclaration(this.y + this.headingHeight(heading, 13), height);
			this.heading(heading, 13, moves ? height + this.declarationHeight() : Math.min(height, 22));
			actions.forEach((action) => this.action(action, top, action === last));
		}
	}

	/**
	 * Whether the last recommendation (at `y`, `height` mm high) moves to the next page with the
	 * declaration: when the declaration does not fit after it on this page, so that it does not
	 * stand there alone or with a few lines (if the two fit on one page).
	 */
	movesWithDeclaration(y: number, height: number): boolean {
		const end = PAGE_H - BOTTOM;
		const declaration = this.declarationHeight();
		return y + height + declaration > end && height + declaration <= end - TOP;
	}

	actionParts(action: ReportAction, top: boolean): [string, TextOptions][] {
		return [
			[action.heading, { size: 11, bold: true, color: top ? TOP_ACCENT : TEXT, indent: 3, gap: 1 }],
			[action.summary, { size: 9.5, indent: 3, gap: 1 }],
			...action.steps.map((step, i): [string, TextOptions] => [`${i + 1}. ${step}`, { size: 9.5, indent: 7, gap: 0.5 }]),
			[action.hints, { size: 8.5, color: MUTED, indent: 3, gap: 4 }]
		];
	}

	partsHeight(parts: [string, TextOptions][]): number {
		return parts.reduce((sum, [value, options]) => sum + this.textHeight(value, options), 0);
	}

	action(action: ReportAction, top: boolean, last: boolean): void {
		const parts = this.actionParts(action, top);
		const height = this.partsHeight(parts);
		if (last && this.movesWithDeclaration(this.y, height)) this.newPage();
		else this.ensure(Math.min(height, 22));
		for (const [value, options] of parts) this.text(value, options);
	}

	/** Heading, text and signature lines of the declaration, in mm. */
	declarationHeight(): number {
		const d = this.data;
		return this.headingHeight(d.declarationHeading, 13) + this.textHeight(d.declaration, { size: 10, gap: 6 }) + (d.signatures ? SIGNATURES_H : 0);
	}

	declaration(): void {
		const d = this.data;
		// Heading, text and signatures stay together on one page.
		this.ensure(this.declarationHeight());
		this.heading(d.declarationHeading, 13, 0);
		this.text(d.declaration, { size: 10, gap: 6 });
		if (d.signatures) {
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
}
