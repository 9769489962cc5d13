import { expect, test, type Page } from './helpers/test';
import { ROOT_PORT } from '../../playwright.config';
import { chooseLanguage, record, seed, type Status } from './helpers/app';
import { downloadReport, expectAddressesWhole, expectDeclarationWithContent, expectTopicsWithTheirRows, pdfImages, pdfPages, pdfPageText, pdfText, renderPages } from './helpers/pdf';
import { readFileSync, statSync } from 'node:fs';
import mammoth from 'mammoth';

const DOCX_BUTTON = /Bericht als Word-Datei \(DOCX\)|Report as Word file \(DOCX\)/;

// The known check (worked out by hand): 01 (TOP) not fulfilled −3, the other four TOP +12;
// 04 and 25 not relevant; 10 and 14 not fulfilled; the other 18 regular fulfilled +18.
// Score 27 of 35.
function knownAnswers(): Record<string, Status> {
	const answers: Record<string, Status> = {};
	for (let i = 1; i <= 27; i++) answers[String(i).padStart(2, '0')] = 'fulfilled';
	return { ...answers, '01': 'not_fulfilled', '10': 'not_fulfilled', '14': 'not_fulfilled', '04': 'not_relevant', '25': 'not_relevant' };
}
const LONG_NOTE = `${'Die Datensicherung läuft über das NAS im Büro; Prüfung der Rücksicherung durch Herrn Weiß, Kosten ca. 250 € – „dringend“. '.repeat(38)}ENDE-DER-LANGEN-NOTIZ`;

async function openResults(page: Page, answers: Record<string, Status>, notes: Record<string, string> = {}, name = 'Bäckerei Müller GmbH') {
	await page.goto('/');
	await seed(page, [{ ...record('report', name, answers, notes), company: { name, seat: 'Köln', legalForm: 'GmbH', registerNumber: 'HRB 12345', industry: 'Lebensmittelhandwerk', employees: 18 } }]);
	await page.goto('/results/?id=report');
	await expect(page.getByTestId('risk-score')).toBeVisible();
}

test('the PDF report of a known check holds the score, all 27 requirements, TOP first and intact umlauts', async ({ page }) => {
	await openResults(page, knownAnswers(), { '11': LONG_NOTE, '05': 'Schulung im März geplant.' });
	const file = await downloadReport(page);
	expect(file).toMatch(/cyber-check-bericht-baeckerei-mueller-gmbh-\d{4}-\d{2}-\d{2}\.pdf$/);
	const text = pdfText(file);
	const pages = pdfPages(file);

	expect(text).toContain('IT-Sicherheitsbericht nach DIN SPEC 27076');
	expect(text).toContain('27 von 35 Punkten');
	expect(text).toMatch(/Sitz \(Ort\)\s+Köln/);
	expect(text).toMatch(/Registernummer\s+HRB 12345/);
	expect(text).toContain('Selbsteinschätzung');

	// TOP recommendations come before all others: only 01 is an open TOP requirement.
	const plan = text.slice(text.indexOf('Ihr Maßnahmenplan'));
	const top = plan.indexOf('TOP-Empfehlungen');
	const first = plan.indexOf('01 Verantwortung der Geschäftsführung (TOP)');
	const others = plan.indexOf('Weitere Empfehlungen');
	expect(top).toBeGreaterThan(-1);
	expect(first).toBeGreaterThan(top);
	expect(others).toBeGreaterThan(first);
	expect(plan.indexOf('\n  10 ')).toBeGreaterThan(others);
	expect(plan.indexOf('\n  14 ')).toBeGreaterThan(others);

	// Annex A lists all 27 requirements, by number.
	const annex = text.slice(text.indexOf('Anhang A'), text.indexOf('Anhang B'));
	for (let i = 1; i <= 27; i++) expect(annex, `requirement ${i}`).toMatch(new RegExp(`(^|\\n)\\s*${String(i).padStart(2, '0')}\\s`));
	expect(annex).toMatch(/Nicht erfüllt\s+−3/);
	expect(annex).toContain('Nicht relevant');

	// The long note wraps onto further lines and pages and arrives complete.
	expect(text.replace(/\s+/g, ' ')).toContain('ENDE-DER-LANGEN-NOTIZ');
	// German characters come out right.
	for (const word of ['Geschäftsführung', 'Maßnahmenplan', 'Förderprogramme', 'Rücksicherung', '250 €', '„dringend“', 'Änderungsmanagement']) {
		expect(text.replace(/\s+/g, ' '), word).toContain(word);
	}
	// Every page has "Seite X von Y", the catalogue and app version, and the disclaimer.
	for (let p = 1; p <= pages; p++) expect(text).toContain(`Seite ${p} von ${pages}`);
	expect(text.match(/Katalog 2023\.2 · App \d+\.\d+\.\d+/g)).toHaveLength(pages);
	expect(text.match(/Keine Zertifizierung, kein Audit/g)).toHaveLength(pages);
	// Annex B: funding programmes with the date the list was checked.
	const flat = pdfText(file, 'raw').replace(/\s+/g, ' ');
	expect(flat).toContain('ERP-Förderkredit Digitalisierung');
	expect(flat).toMatch(/Stand der Liste: \d+\. \p{L}+ \d{4}/u);

	expect(renderPages(file)).toBe(pages);

	// Every page's footer says what kind of report this is.
	for (let p = 1; p <= pages; p++) expect(pdfPageText(file, p).replace(/\s+/g, ' '), `page ${p}`).toContain('Selbsteinschätzung nach DIN SPEC 27076 mit dem KMU Cyber-Check');
	expect(text).not.toContain('Beratung durch');
	expectTopicsWithTheirRows(file);
	expectDeclarationWithContent(file, 'Hinweis zur Selbsteinschätzung');
	expectAddressesWhole(file);
});

test('the results page makes an editable Word report of the same check, on the device', async ({ page }) => {
	await openResults(page, knownAnswers(), { '11': LONG_NOTE, '03': '<b>fett</b> 👩‍💻 \u200Fשלום' });
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	const file = await downloadReport(page, DOCX_BUTTON);
	expect(file).toMatch(/cyber-check-bericht-baeckerei-mueller-gmbh-\d{4}-\d{2}-\d{2}\.docx$/);
	await expect(page.getByText(/^Bericht erstellt: .*\.docx$/)).toBeVisible();
	const text = (await mammoth.extractRawText({ buffer: readFileSync(file) })).value;
	expect(text).toContain('IT-Sicherheitsbericht nach DIN SPEC 27076');
	expect(text).toContain('27 von 35 Punkten');
	expect(text).toContain('Bäckerei Müller GmbH');
	expect(text).toContain('<b>fett</b> 👩‍💻 \u200Fשלום');
	expect(text).toContain('ENDE-DER-LANGEN-NOTIZ');
	for (let i = 1; i <= 27; i++) expect(text, `requirement ${i}`).toMatch(new RegExp(`(^|\\n)${String(i).padStart(2, '0')}\\n`));
	// A complete check with the real chart stays well under 1 MB.
	expect(statSync(file).size).toBeLessThan(1024 * 1024);
	// Made here: nothing was asked of another origin.
	const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url.replace(/^blob:/, '')).origin !== `http://localhost:${ROOT_PORT}`);
	expect(foreign).toEqual([]);
});

test('hostile input still gives a complete, readable PDF with visible replacements', async ({ page }) => {
	const longName = `Ünternehmen ${'Sehr Lange Firmenbezeichnung GmbH & Co. KG '.repeat(7)}`.slice(0, 290) + ' 🚀 שלום';
	await openResults(
		page,
		knownAnswers(),
		{ '03': '<script>alert("x")</script> <b>fett</b> Emoji 👩‍💻 und 🇩🇪 Hebräisch שלום עולם Ende.', '07': '' },
		longName
	);
	const file = await downloadReport(page);
	const text = pdfText(file, 'raw').replace(/\s+/g, ' ');
	expect(text).toContain('<script>alert("x")</script> <b>fett</b>');
	// One visible □ per emoji or letter the font cannot draw – nothing silently dropped.
	expect(text).toContain('Emoji □ und □ Hebräisch □□□□ □□□□ Ende.');
	expect(text).toContain('Ünternehmen Sehr Lange Firmenbezeichnung');
	expect(text).toContain('27 von 35 Punkten');
	expect(renderPages(file)).toBe(pdfPages(file));
});

test('a report of an incomplete check is marked provisional on every page', async ({ page }) => {
	await openResults(page, { '01': 'fulfilled', '02': 'not_fulfilled' });
	await expect(page.getByText('Der Bericht wird auf jeder Seite als vorläufig gekennzeichnet')).toBeVisible();
	const file = await downloadReport(page);
	const text = pdfText(file);
	const pages = pdfPages(file);
	expect(text.match(/VORLÄUFIG/g)).toHaveLength(pages);
	expect(text).toContain('Vorläufiges Ergebnis: 25 Anforderungen sind noch nicht beantwortet.');
	expect(renderPages(file)).toBe(pages);
});

test('the report follows the UI language', async ({ page }) => {
	await openResults(page, knownAnswers());
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('button', { name: 'Create the PDF report' })).toBeVisible();
	const file = await downloadReport(page);
	const text = pdfText(file, 'raw').replace(/\s+/g, ' ');
	expect(text).toContain('IT security report according to DIN SPEC 27076');
	expect(text).toContain('27 of 35 points');
	expect(text).toContain(`Page 1 of ${pdfPages(file)}`);
	expect(text).toContain('Annex A: All requirements with their result');
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the report can be made offline', async ({ page, context }) => {
		await openResults(page, knownAnswers());
		await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByTestId('risk-score')).toHaveText('27 von 35 Punkten');
		const failed: string[] = [];
		page.on('requestfailed', (request) => failed.push(request.url()));
		const file = await downloadReport(page);
		expect(pdfText(file)).toContain('27 von 35 Punkten');
		// The Word file's code was precached with the rest: it, too, is made offline.
		const docx = await downloadReport(page, DOCX_BUTTON);
		expect((await mammoth.extractRawText({ buffer: readFileSync(docx) })).value).toContain('27 von 35 Punkten');
		expect(failed).toEqual([]);
		expect(page.url()).toContain(`localhost:${ROOT_PORT}`);
	});
});

test('the results page prints without navigation and buttons', async ({ page }) => {
	await openResults(page, knownAnswers());
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Bericht als PDF erstellen' })).toBeHidden();
	await expect(page.getByTestId('risk-score')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Ihr Maßnahmenplan' })).toBeVisible();
});

// What the radar chart reports on its canvas (data-label-layout): its size in px, the label font
// size in px and each label's box [left, top, right, bottom] as Chart.js placed it.
interface LabelLayout {
	width: number;
	height: number;
	font: number;
	boxes: [number, number, number, number][];
}

function expectLabelsInside(layout: LabelLayout) {
	expect(layout.boxes).toHaveLength(6);
	for (const [left, top, right, bottom] of layout.boxes) {
		expect(left).toBeGreaterThanOrEqual(0);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(right).toBeLessThanOrEqual(layout.width);
		expect(bottom).toBeLessThanOrEqual(layout.height);
	}
}

for (const [device, viewport] of [
	['phone', { width: 390, height: 844 }],
	['tablet', { width: 1024, height: 768 }]
] as const) {
	test.describe(`on a ${device}`, () => {
		test.use({ viewport, hasTouch: true });

		test('every label of the radar chart lies inside its canvas, in both languages', async ({ page }) => {
			await openResults(page, knownAnswers());
			const chart = page.getByTestId('radar-chart');
			await expect(chart).toHaveAttribute('data-label-layout', /boxes/);
			const german: LabelLayout = JSON.parse((await chart.getAttribute('data-label-layout'))!);
			// The layout is the one of the canvas as shown.
			const box = (await chart.boundingBox())!;
			expect(Math.abs(german.width - box.width)).toBeLessThanOrEqual(1);
			expect(Math.abs(german.height - box.height)).toBeLessThanOrEqual(1);
			expectLabelsInside(german);
			expect(german.font).toBeGreaterThanOrEqual(10);

			await chooseLanguage(page, 'English');
			await expect(chart).not.toHaveAttribute('data-label-layout', JSON.stringify(german));
			const english: LabelLayout = JSON.parse((await chart.getAttribute('data-label-layout'))!);
			expectLabelsInside(english);
			expect(english.font).toBeGreaterThanOrEqual(10);
		});
	});
}

test('the chart in the PDF has its labels inside the image, at 8 pt or more', async ({ page }) => {
	// Records the layout of every chart canvas the page turns into an image: the report's is
	// drawn off screen, never shown.
	await page.addInitScript(() => {
		const toDataURL = HTMLCanvasElement.prototype.toDataURL;
		const layouts: string[] = [];
		(window as unknown as { chartLayouts: string[] }).chartLayouts = layouts;
		HTMLCanvasElement.prototype.toDataURL = function (this: HTMLCanvasElement, ...args: Parameters<typeof toDataURL>) {
			if (this.dataset.labelLayout) layouts.push(this.dataset.labelLayout);
			return toDataURL.apply(this, args);
		};
	});
	await openResults(page, knownAnswers());
	const file = await downloadReport(page);
	const layouts = await page.evaluate(() => (window as unknown as { chartLayouts: string[] }).chartLayouts);
	expect(layouts).toHaveLength(1);
	const layout: LabelLayout = JSON.parse(layouts[0]!);
	expectLabelsInside(layout);
	// The image in the PDF is that canvas; at the resolution it is placed with, a px is 72/ppi pt.
	const image = pdfImages(file).find((i) => i.type === 'image' && i.width === layout.width && i.height === layout.height);
	expect(image, JSON.stringify(pdfImages(file))).toBeDefined();
	expect((layout.font * 72) / image!.xPpi).toBeGreaterThanOrEqual(8);
	expect((layout.font * 72) / image!.yPpi).toBeGreaterThanOrEqual(8);
});

test('a topic heading in Annex A stays with its first requirement at a page end', async ({ page }) => {
	// With these answers and no notes, "6. IT-Systeme und Netzwerke" used to end page 4 alone.
	const answers: Record<string, Status> = {};
	for (let i = 1; i <= 27; i++) answers[String(i).padStart(2, '0')] = 'fulfilled';
	await openResults(page, { ...answers, '01': 'not_fulfilled', '10': 'not_fulfilled', '14': 'not_fulfilled' });
	const file = await downloadReport(page);
	expectTopicsWithTheirRows(file);
	expectDeclarationWithContent(file, 'Hinweis zur Selbsteinschätzung');
});
