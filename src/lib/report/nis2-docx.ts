// Lays out the NIS-2 result document (Nis2DocumentData, the same the PDF is made from) as an
// editable Word file, with the report's styles, tables, header and footer (docx-parts.ts).
// Loaded only when the user asks for a Word file; made on the device, no network.
import { BorderStyle, HeadingLevel, type Paragraph, type Table } from 'docx';
import type { Nis2DocumentData, Nis2Item, Nis2Section } from './nis2-document-data';
import { BAD, heading, MUTED, para, PRIMARY, table, TOP_ACCENT, wordFile } from './docx-parts';

type Block = Paragraph | Table;

/** The result box's frame, in the colours of the result page. */
const TONE: Record<Nis2DocumentData['category'], { line: string; fill: string }> = {
	essential: { line: BAD, fill: 'FDECEC' },
	important: { line: BAD, fill: 'FDECEC' },
	registration_only: { line: TOP_ACCENT, fill: 'FFF3E6' },
	uncertain: { line: TOP_ACCENT, fill: 'FFF3E6' },
	not_affected: { line: '1E6B34', fill: 'E8F5EC' }
};

export async function renderNis2Docx(data: Nis2DocumentData): Promise<Blob> {
	return wordFile(data, null, [
		para(data.title, { heading: HeadingLevel.TITLE }),
		para(data.subtitle, { color: MUTED, size: 22, spacing: { after: 200 } }),
		table({ body: data.facts.map(([label, value]) => [{ text: label, bold: true }, value]), widths: [3100, 0], borders: false }),
		...resultBox(data),
		...data.sections.flatMap(section),
		heading(data.disclaimerHeading, 1),
		para(data.disclaimer, { bold: true })
	]);
}

/** Paragraphs with the same border and shading, which Word draws as one framed box. */
function resultBox(data: Nis2DocumentData): Block[] {
	const r = data.result;
	const tone = TONE[data.category];
	const line = { style: BorderStyle.SINGLE, size: 18, color: tone.line, space: 6 };
	const box = { border: { top: line, bottom: line, left: line, right: line }, shading: { fill: tone.fill, type: 'clear' as const, color: 'auto' }, keepNext: true, keepLines: true };
	const last = { ...box, keepNext: false, spacing: { after: 240 } };
	return [
		para(r.label, { ...box, bold: true, spacing: { before: 360, after: 60 } }),
		para(r.name, { ...box, bold: true, size: 32, color: PRIMARY, spacing: { after: 120 } }),
		para(r.description, box),
		...(r.possible ? [para(r.possible, { ...box, bold: true })] : []),
		para(r.size, { ...last, color: MUTED, size: 18 })
	];
}

function section(s: Nis2Section): Block[] {
	const blocks: Block[] = [heading(s.heading, 1)];
	for (const block of s.blocks) {
		if (block.kind === 'text') blocks.push(block.small ? para(block.text, { color: MUTED, size: 17 }) : para(block.text));
		else if (block.kind === 'list') blocks.push(...block.items.map((entry, i) => para(`${block.numbered ? `${i + 1}.` : '•'} ${entry}`, { indent: { left: 567, hanging: 283 }, spacing: { after: 40 } })));
		else if (block.kind === 'pairs') blocks.push(table({ body: block.rows.map(([label, value]) => [{ text: label, bold: true }, value]), widths: [3400, 0] }));
		else blocks.push(...item(block.item));
	}
	return blocks;
}

function item(i: Nis2Item): Block[] {
	const blocks: Block[] = [];
	if (i.title) blocks.push(para(i.title, { bold: true, size: 21, keepNext: true, spacing: { before: 160, after: 60 } }));
	if (i.text) blocks.push(para(i.text, { spacing: { before: i.title ? 0 : 120 } }));
	blocks.push(...i.bullets.map((b) => para(`• ${b}`, { indent: { left: 567, hanging: 283 }, spacing: { after: 40 } })));
	if (i.numbered) {
		blocks.push(para(i.numbered.lead, { keepNext: true, spacing: { after: 40 } }));
		blocks.push(...i.numbered.items.map((entry, n) => para(`${n + 1}. ${entry}`, { indent: { left: 567, hanging: 283 }, spacing: { after: 40 } })));
	}
	blocks.push(...i.small.map((s) => para(s, { color: MUTED, size: 17, spacing: { after: 40 } })));
	return blocks;
}
