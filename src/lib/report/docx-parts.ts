// Building blocks of the Word report: styles, paragraphs, tables, and the header and footer
// every page carries. Headings use Word's own heading styles so that Word can make a table of
// contents and a navigation pane from them; tables repeat their header row on every page.
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	Packer,
	PageNumber,
	Paragraph,
	Tab,
	Table,
	TableCell,
	TableRow,
	TabStopType,
	TextRun,
	WidthType,
	type IParagraphOptions,
	type IStylesOptions
} from 'docx';
import type { ReportData } from './report-data';
import { docxText, textRuns } from './docx-text';
import { REPORT_MIME } from './formats';

// Twips (1/20 pt). A4 with 2 cm margins leaves 17 cm = 9638 twips for text.
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const CONTENT_W = PAGE.width - 2 * PAGE.margin;

// The app's colours, as the PDF uses them (primary, TOP accent, warning, muted, highlight).
export const PRIMARY = '0B4F6C';
export const TOP_ACCENT = '8A3B00';
export const BAD = 'A4161A';
export const MUTED = '4A5561';
const HIGHLIGHT = 'FDECEC';
const GROUP = 'E8EEF2';
const HEAD = 'D9E3EA';
const LINE = 'C5CED6';

export function styles(locale: ReportData['locale']): IStylesOptions {
	// The outline level is what Word's table of contents and navigation pane go by (0 = level 1).
	const heading = (size: number, before: number, outlineLevel: number) => ({
		run: { size, bold: true, color: PRIMARY, font: 'Arial' },
		paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel }
	});
	return {
		default: {
			// Arial is on every Word installation; LibreOffice substitutes a metric twin.
			document: { run: { font: 'Arial', size: 20, language: { value: locale === 'de' ? 'de-DE' : 'en-GB' } }, paragraph: { spacing: { after: 80 } } },
			title: { run: { size: 40, bold: true, color: PRIMARY, font: 'Arial' }, paragraph: { spacing: { after: 120 } } },
			heading1: heading(32, 240, 0),
			heading2: heading(26, 240, 1),
			heading3: heading(22, 160, 2)
		}
	};
}

type Text = { text: string; bold?: boolean; size?: number; color?: string };

/** One paragraph of text (line breaks kept), or of several differently styled pieces. */
export function para(content: string | Text[], options: Omit<IParagraphOptions, 'children' | 'text'> & Omit<Text, 'text'> = {}): Paragraph {
	const { bold, size, color, ...paragraph } = options;
	const pieces = typeof content === 'string' ? [{ text: content }] : content;
	return new Paragraph({
		...paragraph,
		children: pieces.flatMap((piece) => textRuns(piece.text, { bold: piece.bold ?? bold, size: piece.size ?? size, color: piece.color ?? color }))
	});
}

export function heading(text: string, level: 1 | 2 | 3, options: { pageBreakBefore?: boolean; color?: string } = {}): Paragraph {
	const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
	return new Paragraph({
		heading: levels[level],
		pageBreakBefore: options.pageBreakBefore,
		children: textRuns(text, options.color ? { color: options.color } : {})
	});
}

export interface Cell {
	text: string;
	bold?: boolean;
	color?: string;
	fill?: string;
	span?: number;
	align?: 'right' | 'center';
}
type CellInput = string | Cell;

function cell(input: CellInput, width: number, head: boolean): TableCell {
	const c = typeof input === 'string' ? { text: input } : input;
	const fill = head ? HEAD : c.fill;
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		columnSpan: c.span,
		margins: { top: 40, bottom: 40, left: 80, right: 80 },
		...(fill ? { shading: { fill, type: 'clear', color: 'auto' } } : {}),
		children: [
			new Paragraph({
				spacing: { after: 0 },
				alignment: c.align === 'right' ? AlignmentType.RIGHT : c.align === 'center' ? AlignmentType.CENTER : undefined,
				children: textRuns(c.text, { bold: head || c.bold, color: c.color, size: 17 })
			})
		]
	});
}

/**
 * A table over the text width; `widths` in twips, where one 0 takes what is left. The
 * head row is marked as such, so Word repeats it at the top of every page the table runs onto.
 */
export function table(rows: { head?: string[]; body: CellInput[][]; widths: number[]; borders?: boolean }): Table {
	const rest = CONTENT_W - rows.widths.reduce((a, b) => a + b, 0);
	const widths = rows.widths.map((w) => (w === 0 ? rest : w));
	const spanWidth = (from: number, span: number) => widths.slice(from, from + span).reduce((a, b) => a + b, 0);
	const row = (cells: CellInput[], head: boolean) => {
		let column = 0;
		return new TableRow({
			tableHeader: head || undefined,
			// A head row alone at the bottom of a page would be no use.
			cantSplit: true,
			children: cells.map((input) => {
				const span = typeof input === 'string' ? 1 : (input.span ?? 1);
				const made = cell(input, spanWidth(column, span), head);
				column += span;
				return made;
			})
		});
	};
	const line = rows.borders === false ? { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } : { style: BorderStyle.SINGLE, size: 4, color: LINE };
	return new Table({
		width: { size: CONTENT_W, type: WidthType.DXA },
		columnWidths: widths,
		borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
		rows: [...(rows.head ? [row(rows.head, true)] : []), ...rows.body.map((cells) => row(cells, false))]
	});
}

export const highlighted = (text: string, on: boolean, strong = false): Cell =>
	on ? { text, fill: HIGHLIGHT, ...(strong ? { bold: true, color: BAD } : {}) } : { text };
export const groupRow = (text: string, span: number): Cell => ({ text, bold: true, fill: GROUP, span });

/** The logo at most 4.2 × 1.2 cm (at 96 px per inch, as docx measures), keeping its proportions. */
export function logoRun(png: Uint8Array, logo: NonNullable<ReportData['logo']>, alt: string): ImageRun {
	const scale = Math.min(160 / logo.width, 45 / logo.height);
	return new ImageRun({
		type: 'png',
		data: png,
		transformation: { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) },
		altText: { name: 'logo', title: docxText(alt), description: docxText(alt) }
	});
}

// The page number and the page count are Word fields (PAGE, NUMPAGES), so they stay right after
// the user edits the document. The translated "Seite X von Y" is split around two markers.
const PAGE_MARK = 90901;
const PAGES_MARK = 90902;
function pageOfChildren(pageOf: ReportData['footer']['pageOf']): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
	const text = docxText(pageOf(PAGE_MARK, PAGES_MARK));
	const [before, rest] = text.split(String(PAGE_MARK));
	const [between, after] = (rest ?? '').split(String(PAGES_MARK));
	if (rest === undefined || after === undefined) return [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES];
	return [before!, PageNumber.CURRENT, between!, PageNumber.TOTAL_PAGES, after];
}

/** What the header and footer of every page say; the provider's part only in a consultation. */
export type PageFrameData = Pick<ReportData, 'companyName' | 'provisionalMark' | 'footer'> & Partial<Pick<ReportData, 'providerName' | 'providerLine' | 'accent' | 'logo'>>;

/** Header: the provider (logo, name in their colour) in a consultation, the company and the provisional mark. */
export function pageHeader(data: PageFrameData, logo: Uint8Array | null): Header {
	const providerName = data.providerName;
	const accent = data.accent ?? PRIMARY;
	const left: (TextRun | ImageRun)[] = [];
	if (logo && data.logo) left.push(logoRun(logo, data.logo, providerName ?? ''), new TextRun({ text: '  ' }));
	if (providerName) left.push(...textRuns(providerName, { bold: true, color: accent, size: 18 }));
	const right = [data.companyName, data.provisionalMark].filter(Boolean).join(' · ');
	return new Header({
		children: [
			new Paragraph({
				tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_W }],
				border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: accent, space: 4 } },
				children: [...left, new TextRun({ children: [new Tab()] }), ...textRuns(right, { size: 16, color: data.provisionalMark ? BAD : MUTED, bold: !!data.provisionalMark })]
			})
		]
	});
}

/** Footer: page X of Y with catalogue and app version, the disclaimer, and the provider in a consultation. */
export function pageFooter(data: PageFrameData): Footer {
	const accent = data.accent ?? PRIMARY;
	return new Footer({
		children: [
			new Paragraph({
				border: { top: { style: BorderStyle.SINGLE, size: 8, color: accent, space: 4 } },
				spacing: { after: 40 },
				children: [
					new TextRun({ children: pageOfChildren(data.footer.pageOf), size: 16, bold: true }),
					...textRuns(` · ${data.footer.meta}`, { size: 16, color: MUTED })
				]
			}),
			...(data.providerLine ? [para(data.providerLine, { size: 16, color: accent, bold: true, spacing: { after: 40 } })] : []),
			para(data.footer.disclaimer, { size: 14, color: MUTED, spacing: { after: 0 } })
		]
	});
}

/** A Word file of A4 pages with the app's styles, running header and footer: the frame both
 *  reports (the DIN report and the NIS-2 result) share. */
export async function wordFile(
	data: PageFrameData & { fileTitle: string; title: string; locale: ReportData['locale'] },
	logo: Uint8Array | null,
	children: (Paragraph | Table)[]
): Promise<Blob> {
	const doc = new Document({
		title: docxText(data.fileTitle),
		subject: docxText(data.title),
		creator: 'KMU Cyber-Check',
		description: docxText(data.footer.meta),
		styles: styles(data.locale),
		sections: [
			{
				properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } } },
				headers: { default: pageHeader(data, logo) },
				footers: { default: pageFooter(data) },
				children
			}
		]
	});
	return new Blob([await Packer.toArrayBuffer(doc)], { type: REPORT_MIME.docx });
}
