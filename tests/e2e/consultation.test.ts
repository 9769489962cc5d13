import { expect, test, type Page } from './helpers/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { catalogue, expectSaved } from './helpers/app';
import { expectAccessible } from './helpers/axe';
import { downloadReport, expectDeclarationWithContent, pdfPages, pdfPageText, pdfText } from './helpers/pdf';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, serviceWorkers: 'allow' });

/** Answers every requirement of every topic: "Ja" to preconditions, the given status to all parts. */
async function answerAll(page: Page, checkId: string, status: (id: string) => 'fulfilled' | 'not_fulfilled') {
	for (const topic of catalogue.topics) {
		await page.goto(`/check/?id=${checkId}&topic=${topic.id}`);
		await expect(page.locator('#topic-heading')).toBeVisible();
		for (const r of catalogue.requirements.filter((q) => q.topic === topic.id)) {
			if (r.precondition) await page.locator(`input[name="req-${r.id}-pre"][value="yes"]`).tap();
			for (const p of r.parts) await page.locator(`input[name="req-${r.id}-${p.id}"][value="${status(r.id)}"]`).tap();
		}
		await expectSaved(page);
	}
}

test('a provider runs a consultation on a tablet offline, reports it, and a re-assessment shows exactly what changed', async ({ page, context }) => {
	test.slow();
	// Time flows as usual; the interview clock is moved on by hand once (see below).
	await context.clock.install();
	// One visit online installs the app; from then on everything happens offline.
	await page.goto('/');
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await context.setOffline(true);

	// Provider profile with a logo.
	await page.goto('/provider/');
	await page.getByLabel('Firma des IT-Dienstleisters').fill('IT-Service Nord GmbH');
	await page.getByLabel('Beraterin oder Berater').fill('Jana Berg');
	await page.getByLabel('Qualifikation').fill('Zertifizierte Beraterin DIN SPEC 27076, IHK');
	await page.getByLabel('Kontakt (Telefon oder E-Mail)').fill('0421 123456');
	await page.getByLabel('Kontakt (Telefon oder E-Mail)').blur();
	await page.locator('#provider-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: readFileSync('static/icons/icon-192.png') });
	await expect(page.getByText('Logo gespeichert.')).toBeVisible();
	await expect(page.getByRole('img', { name: 'Logo von IT-Service Nord GmbH' })).toBeVisible();
	await expectAccessible(page);

	// A client and the first consultation.
	await page.goto('/clients/');
	await page.getByLabel('Name des Unternehmens').fill('Tischlerei Holz KG');
	await page.getByRole('button', { name: 'Kunde anlegen' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: 'Tischlerei Holz KG' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Erste Beratung beginnen' }).tap();
	await expect(page.getByRole('heading', { level: 2, name: 'Information' })).toBeVisible();
	await expectAccessible(page);
	await expect(page.getByText('IT-Service Nord GmbH').first()).toBeVisible();
	// Who takes part: the managing director first (the role a new person gets until one is listed), then the IT lead.
	const participants = page.getByRole('group', { name: 'Teilnehmende am Interview' });
	const newName = participants.getByLabel('Name', { exact: true });
	await newName.fill('Anna Schulz');
	await expect(participants.getByLabel('Rolle', { exact: true })).toHaveValue('management');
	await participants.getByRole('button', { name: 'Hinzufügen' }).tap();
	await expect(participants.getByText('Anna Schulz ist eingetragen.')).toBeVisible();
	await newName.fill('Tom Beck');
	await expect(participants.getByLabel('Rolle', { exact: true })).toHaveValue('it');
	await participants.getByRole('button', { name: 'Hinzufügen' }).tap();
	await expect(participants.getByLabel('Rolle von Tom Beck')).toHaveValue('it');
	// A name over 200 characters is refused at its field with the reason; the list stays as it was.
	await newName.fill('x'.repeat(201));
	await participants.getByRole('button', { name: 'Hinzufügen' }).tap();
	await expect(participants.getByRole('alert')).toHaveText('Der Name ist zu lang: höchstens 200 Zeichen. Er wurde nicht gespeichert.');
	await expect(newName).toHaveAttribute('aria-invalid', 'true');
	await expect(participants.getByRole('listitem')).toHaveCount(2);
	await newName.fill('');
	// "Management takes part" now follows from the list.
	const management = page.getByLabel('Geschäftsführung nimmt teil');
	await expect(management).toBeChecked();
	await expect(management).toBeDisabled();
	await expectSaved(page);
	await expectAccessible(page);
	// The interview's day, as the tablet's calendar has it when the interview starts.
	const day = await page.evaluate(() => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(new Date()));
	await page.getByRole('button', { name: 'Gespräch beginnen' }).tap();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	// An hour and 25 minutes of talking, then a pause: the clock keeps 1:25 and a few seconds.
	await page.clock.fastForward('01:25:00');
	await expect(page.locator('.clock time')).toHaveText(/^1:25:\d\d$/);
	await page.getByRole('button', { name: 'Pause' }).tap();
	await expect(page.getByRole('button', { name: 'Zeit läuft nicht – fortsetzen' })).toBeVisible();
	await expectSaved(page);
	const firstId = new URL(page.url()).searchParams.get('id')!;

	// The interview: every answer, interview notes, one "to clarify later" mark.
	const first = (id: string) => (['03', '10', '14'].includes(id) ? (id === '03' ? 'fulfilled' : 'not_fulfilled') : 'fulfilled');
	await answerAll(page, firstId, first);
	await page.goto(`/check/?id=${firstId}&topic=identity`);
	await page.getByLabel('Gesprächsnotiz').first().fill('Zutritt über Schlüsselliste geregelt, Liste liegt beim Chef.');
	await page.getByRole('button', { name: 'Anforderung 10 später klären' }).tap();
	await expect(page.getByRole('button', { name: /Anforderung 10: wird später geklärt/ })).toHaveAttribute('aria-pressed', 'true');
	await expectSaved(page);
	await expectAccessible(page);

	// Evaluation and report with the provider's statement and logo.
	await page.goto(`/consultation/?id=${firstId}`);
	await expect(page.getByRole('link', { name: /10 – / })).toBeVisible();
	await page.getByRole('button', { name: 'Bericht', exact: true }).tap();
	// The report states the interview's time in h:mm, as the clock shows it, and its day as date.
	await expect(page.locator('.clock time')).toHaveText(/^1:25:\d\d$/);
	const consultationFacts = [
		`Datum des Interviews ${day}`,
		'Dauer des Interviews 1:25 Std.',
		'Geschäftsführung hat teilgenommen Ja',
		'Qualifikation Zertifizierte Beraterin DIN SPEC 27076, IHK',
		'Anna Schulz Geschäftsführung',
		'Tom Beck IT-Verantwortliche/r'
	];
	const report = await downloadReport(page);
	const text = pdfText(report, 'raw').replace(/\s+/g, ' ');
	for (const fact of consultationFacts) expect(text).toContain(fact);
	expect(text).not.toContain('nicht teilgenommen');
	expect(text).toContain('IT-Service Nord GmbH');
	expect(text).toContain('Erklärung des IT-Dienstleisters');
	expect(text).toContain('Unterschrift IT-Dienstleister');
	// Every footer names the provider and says it was a consultation, none a self-assessment.
	for (let p = 1; p <= pdfPages(report); p++) {
		const footer = pdfPageText(report, p).replace(/\s+/g, ' ');
		expect(footer, `page ${p}`).toContain('Beratung durch IT-Service Nord GmbH nach DIN SPEC 27076');
	}
	expect(text).not.toContain('Selbsteinschätzung nach DIN SPEC 27076 mit dem KMU Cyber-Check');
	expectDeclarationWithContent(report, 'Erklärung des IT-Dienstleisters');
	// Two images: the radar chart and the provider's logo.
	const images = execFileSync('pdfimages', ['-list', report], { encoding: 'utf8' }).trim().split('\n').slice(2);
	expect(images.length).toBeGreaterThanOrEqual(2);
	// The same report as Word file: provider name and logo in the page header, made offline.
	const docx = await downloadReport(page, 'Bericht als Word-Datei (DOCX)');
	await expect(page.getByText(/^Bericht erstellt: .*\.docx$/)).toBeVisible();
	const docxText = (await mammoth.extractRawText({ buffer: readFileSync(docx) })).value.replace(/\s+/g, ' ');
	expect(docxText).toContain('IT-Service Nord GmbH (Jana Berg) erklärt');
	for (const fact of consultationFacts) expect(docxText).toContain(fact);
	const header = execFileSync('unzip', ['-p', docx, 'word/header*.xml'], { encoding: 'utf8' });
	expect(header).toContain('IT-Service Nord GmbH');
	expect(header).toContain('<a:blip');

	// The re-assessment starts from the first check; three answers change.
	await page.goto('/clients/');
	await page.getByRole('link', { name: 'Tischlerei Holz KG' }).tap();
	await page.getByRole('button', { name: 'Wiederholungsprüfung beginnen' }).tap();
	await expect(page.getByRole('heading', { level: 2, name: 'Information' })).toBeVisible();
	const secondId = new URL(page.url()).searchParams.get('id')!;
	expect(secondId).not.toBe(firstId);
	await page.goto(`/check/?id=${secondId}&topic=organisation`);
	await expect(page.getByText('Antwort aus der letzten Prüfung übernommen').first()).toBeVisible();
	await page.locator('input[name="req-03-a"][value="not_fulfilled"]').tap();
	await page.goto(`/check/?id=${secondId}&topic=identity`);
	await page.locator('input[name="req-10-a"][value="fulfilled"]').tap();
	await expectSaved(page);
	await page.goto(`/check/?id=${secondId}&topic=backup`);
	for (const part of catalogue.requirements.find((r) => r.id === '14')!.parts) {
		await page.locator(`input[name="req-14-${part.id}"][value="fulfilled"]`).tap();
	}
	await expectSaved(page);

	// The comparison shows exactly those three.
	await page.goto('/clients/');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Tischlerei Holz KG' }).tap();
	await expect(page.getByRole('table').first()).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Mit vorheriger vergleichen' }).tap();
	const comparison = page.getByTestId('comparison');
	await expect(comparison).toBeVisible();
	await expect(comparison.locator('[data-requirement]')).toHaveCount(3);
	expect((await comparison.locator('[data-requirement]').evaluateAll((els) => els.map((e) => e.getAttribute('data-requirement')))).sort()).toEqual(['03', '10', '14']);
	await expect(comparison.getByText('Geänderte Antworten: 3')).toBeVisible();
	await expectAccessible(page);
});
