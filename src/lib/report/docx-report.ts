// Lays out the report (ReportData, the same the PDF is made from) as an editable Word file with
// docx: title page, comparison, action plan, declaration, Annex A and B. Loaded only when the
// user asks for a Word file; made on the device, no network.
import { HeadingLevel, ImageRun, Paragraph, type Table } from 'docx';
import type { ReportConsultation } from './report-consultation';
import type { ReportAction, ReportData } from './report-data';
import { checkLogo, dataUrlBytes, logoPng, type LogoState } from './report-logo';
import { docxText } from './docx-text';
import { BAD, CONTENT_W, groupRow, heading, highlighted, logoRun, MUTED, para, PRIMARY, table, TOP_ACCENT, wordFile } from './docx-parts';

export interface DocxAssets {
	/** the radar chart as a PNG data URL; left out when it cannot be read */
	chartPng: string;
}

type Block = Paragraph | Table;

export async function renderReportDocx(input: ReportData, assets: DocxAssets): Promise<{ blob: Blob; logo: LogoState }> {
	const { data, logo } = checkLogo(input);
	const logoBytes = logoPng(data.logo);
	const blob = await wordFile(data, logoBytes, [
		...titlePage(data, logoBytes, assets.chartPng),
		// The consultation opens the second page (the result fills the first), and the
		// comparison or the action plan goes on on it, as in the PDF.
		...(data.consultation ? consultation(data.consultation) : []),
		...(data.comparison ? comparison(data.comparison, !data.consultation) : []),
		...actionPlan(data, !data.consultation || !!data.comparison),
		...declaration(data),
		...annexA(data),
		...annexB(data)
	]);
	return { blob, logo };
}

function titlePage(d: ReportData, logo: Uint8Array | null, chartPng: string): Block[] {
	const blocks: Block[] = [];
	if (logo && d.logo) blocks.push(new Paragraph({ children: [logoRun(logo, d.logo, d.providerLine ?? '')] }));
	blocks.push(para(d.title, { heading: HeadingLevel.TITLE }));
	if (d.providerLine) blocks.push(para(d.providerLine, { color: MUTED }));
	blocks.push(para(d.subtitle, { color: MUTED, size: 22 }), para(d.date, { color: MUTED, spacing: { after: 240 } }));
	blocks.push(table({ body: d.company.map(([label, value]) => [{ text: label, bold: true }, value]), widths: [2600, 0], borders: false }));
	if (d.provisional) {
		blocks.push(para(d.provisional, { bold: true, color: BAD, spacing: { before: 240 } }));
		blocks.push(para(d.missing.join(' · '), { color: BAD, size: 17 }));
	}
	if (d.clarify) blocks.push(para(d.clarify, { size: 17 }));
	blocks.push(heading(d.scoreHeading, 1));
	blocks.push(para(d.score, { bold: true, size: 52, color: PRIMARY }));
	if (d.rawScore) blocks.push(para(d.rawScore, { color: MUTED, size: 18 }));
	blocks.push(para(d.statement, { spacing: { after: 200 } }));
	blocks.push(heading(d.topicsHeading, 2));
	const chart = dataUrlBytes(chartPng);
	if (chart) {
		// 9.5 cm square; the alternative text lists what the chart shows, for screen readers.
		const alt = d.topics.map((row) => `${row[0]}: ${row[2]}`).join('; ');
		blocks.push(
			new Paragraph({
				keepNext: true,
				children: [new ImageRun({ type: 'png', data: chart, transformation: { width: 360, height: 360 }, altText: { name: 'chart', title: docxText(d.chart.datasetLabel), description: docxText(alt) } })]
			})
		);
	}
	blocks.push(table({ head: d.topicColumns, body: d.topics.map(([topic, of, share]) => [topic, { text: of, align: 'center' }, { text: share, align: 'right' }]), widths: [0, 1800, 1300] }));
	return blocks;
}

/** Date, duration, participants and consultant, right after the result. */
function consultation(c: ReportConsultation): Block[] {
	const blocks: Block[] = [heading(c.heading, 1, { pageBreakBefore: true }), table({ body: c.rows.map(([label, value]) => [{ text: label, bold: true }, value]), widths: [3400, 0], borders: false })];
	if (c.managementAbsent) blocks.push(para(c.managementAbsent, { bold: true, color: BAD, spacing: { before: 160 } }));
	blocks.push(heading(c.participantsHeading, 2));
	blocks.push(c.noParticipants ? para(c.noParticipants) : table({ head: c.participantColumns, body: c.participants, widths: [0, 3800] }));
	return blocks;
}

function comparison(c: NonNullable<ReportData['comparison']>, pageBreakBefore: boolean): Block[] {
	const blocks: Block[] = [heading(c.heading, 1, { pageBreakBefore }), para(c.intro), para(c.score, { bold: true, size: 32, color: PRIMARY, spacing: { after: 200 } })];
	for (const list of c.lists) {
		blocks.push(heading(list.heading, 2));
		for (const item of list.items) blocks.push(para(`• ${item}`, { indent: { left: 284 } }));
	}
	blocks.push(table({ head: c.topicColumns, body: c.topics.map(([topic, ...rest]) => [topic, ...rest.map((text) => ({ text, align: 'right' as const }))]), widths: [0, 1700, 1700, 1300] }));
	return blocks;
}

function actionPlan(d: ReportData, pageBreakBefore: boolean): Block[] {
	const blocks: Block[] = [heading(d.planHeading, 1, { pageBreakBefore }), para(d.planIntro, { color: MUTED, size: 18 })];
	if (d.topActions.length + d.otherActions.length === 0) return [...blocks, para(d.noActions)];
	if (d.topActions.length > 0) blocks.push(heading(d.topHeading, 2), ...d.topActions.flatMap((a) => action(a, true)));
	if (d.otherActions.length > 0) blocks.push(heading(d.otherHeading, 2), ...d.otherActions.flatMap((a) => action(a, false)));
	return blocks;
}

function action(a: ReportAction, top: boolean): Block[] {
	return [
		heading(a.heading, 3, top ? { color: TOP_ACCENT } : {}),
		para(a.summary),
		...a.steps.map((step, i) => para(`${i + 1}. ${step}`, { indent: { left: 567, hanging: 283 }, spacing: { after: 40 } })),
		para(a.hints, { color: MUTED, size: 17, spacing: { before: 80, after: 40 } }),
		// Owner, due date and status as a line of label–value pairs, easy to edit in Word.
		para(
			a.tracking.flatMap(([label, value], i) => [
				{ text: `${i > 0 ? ' · ' : ''}${label}: `, bold: true },
				{ text: value }
			]),
			{ size: 18, spacing: { after: 240 } }
		)
	];
}

function declaration(d: ReportData): Block[] {
	const blocks: Block[] = [heading(d.declarationHeading, 2), para(d.declaration, { spacing: { after: 240 } })];
	if (d.signatures) {
		// Room to sign above a line, one field each for provider and company, side by side.
		const field = (label: string) => ({ text: `\n\n\n${'_'.repeat(34)}\n${label}`, color: MUTED });
		blocks.push(table({ body: [d.signatures.map(field)], widths: [CONTENT_W / 2, 0], borders: false }));
	}
	return blocks;
}

function annexA(d: ReportData): Block[] {
	const body = d.annexA.flatMap((group) => [
		[groupRow(group.topic, 5)],
		...group.rows.map((row) => [
			highlighted(row.id, row.highlight),
			highlighted(row.title, row.highlight),
			highlighted(row.result, row.highlight, true),
			{ ...highlighted(row.points, row.highlight), align: 'right' as const },
			highlighted(row.note, row.highlight)
		])
	]);
	return [heading(d.annexAHeading, 1, { pageBreakBefore: true }), table({ head: d.annexAColumns, body, widths: [560, 2600, 1500, 850, 0] })];
}

function annexB(d: ReportData): Block[] {
	return [
		heading(d.annexBHeading, 1, { pageBreakBefore: true }),
		para(d.annexBNote, { color: MUTED, size: 18, spacing: { after: 160 } }),
		table({ head: d.annexBColumns, body: d.annexB, widths: [2000, 2500, 0, 2300] })
	];
}
