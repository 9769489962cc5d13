// Catalogue 2023.2 in use: checks of 2023.1 migrate, "Weiß nicht" stays open and is named,
// the report lists the funding of the company's own state, and the interview shows the guide.
import { expect, test } from './helpers/test';
import { catalogue, catalogue2023v1, expectSaved, record, seed, type Status } from './helpers/app';
import { downloadReport, pdfText } from './helpers/pdf';

const all = (status: Status): Record<string, Status> => Object.fromEntries(catalogue.requirements.map((r) => [r.id, status]));
const guideOf = (id: string) => (catalogue as unknown as { requirements: { id: string; interview: { questions: { de: string }[] } }[] }).requirements.find((r) => r.id === id)!.interview;

test('a check stored under 2023.1 opens under 2023.2, says what changed and keeps every answer that still applies', async ({ page }) => {
	await page.goto('/');
	await seed(page, [record('old-1', 'Altbestand GmbH', all('fulfilled'), { '03': 'Notfallkarte hängt in der Küche.' }, catalogue2023v1)]);
	await page.goto('/check/?id=old-1&topic=organisation');
	await expect(page.getByText('Dieser Check wurde von Katalogversion 2023.1 auf 2023.2 übertragen.', { exact: false })).toBeVisible();
	await expect(page.getByText('Geändert, bitte neu beantworten: 01, 02, 06, 07, 13, 25, 27')).toBeVisible();
	// 03 did not change: its answer and note are still there; 01 changed: it is asked again.
	await expect(page.locator('input[name="req-03-a"][value="fulfilled"]')).toBeChecked();
	await expect(page.locator('#req-03-note')).toHaveValue('Notfallkarte hängt in der Küche.');
	await expect(page.locator('input[name^="req-01-"]:checked')).toHaveCount(0);
	// The migrated check was stored when it was opened: a reload shows it the same.
	await page.reload();
	await expect(page.locator('input[name="req-03-a"][value="fulfilled"]')).toBeChecked();
});

test('"Weiß nicht" on 01 leaves the score incomplete and lists 01 to clarify, with whom to ask', async ({ page }) => {
	await page.goto('/');
	const answers = all('fulfilled');
	delete answers['01'];
	await seed(page, [record('dk-1', 'Unsicher KG', answers)]);
	await page.goto('/check/?id=dk-1&topic=organisation');
	await page.locator('input[name="req-01-a"][value="unknown"]').check();
	await expect(page.locator('#req-01').getByText(/Bleibt offen und zählt wie unbeantwortet/)).toBeVisible();
	await expectSaved(page);
	await page.goto('/results/?id=dk-1');
	const clarify = page.getByTestId('to-clarify');
	await expect(clarify).toContainText('01');
	await expect(clarify).toContainText('Fragen Sie:');
	await expect(page.getByRole('heading', { name: 'Risiko-Status (vorläufig)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Noch nicht beantwortet: 1' })).toBeVisible();
});

test('a company in North Rhine-Westphalia gets a report whose funding annex lists no Bavarian or Baden-Württemberg programme', async ({ page }) => {
	await page.goto('/');
	const answers = { ...all('fulfilled'), '04': 'not_relevant' as Status };
	await seed(page, [{ ...record('nrw-1', 'Rhein Metall Service GmbH', answers), company: { name: 'Rhein Metall Service GmbH', seat: 'Bielefeld', state: 'DE-NW' } }]);
	await page.goto('/results/?id=nrw-1');
	await expect(page.getByTestId('risk-score')).toBeVisible();
	const text = pdfText(await downloadReport(page), 'raw').replace(/\s+/g, ' ');
	const annexB = text.slice(text.lastIndexOf('Anhang B'));
	expect(annexB).toContain('MID');
	expect(annexB).toContain('ERP-Förderkredit Digitalisierung');
	expect(annexB).not.toContain('Digitalbonus Bayern');
	expect(annexB).not.toContain('L-Bank');
	expect(annexB).not.toContain('Sachsen');
	// The reason for "not relevant" is printed with the requirement in Annex A.
	expect(text).toMatch(/Grund: .{10,}/);
});

test('the consultation interview shows the guide for each requirement on screen; the self-check folds it', async ({ page }) => {
	await page.goto('/');
	await seed(page, [record('self-1', 'Selbst GmbH', {})]);
	await page.goto('/check/?id=self-1&topic=organisation');
	const selfGuide = page.getByTestId('guidance-01');
	await expect(selfGuide.locator('summary')).toHaveText('So prüfen Sie das');
	await expect(selfGuide.getByText(guideOf('01').questions[0]!.de)).toBeHidden();

	await page.goto('/provider/');
	await page.getByLabel('Firma des IT-Dienstleisters').fill('IT-Service Nord GmbH');
	await page.getByLabel('Beraterin oder Berater').fill('Jana Berg');
	await page.getByLabel('Beraterin oder Berater').blur();
	await expect(page.getByText('Gespeichert').first()).toBeVisible();
	await page.goto('/clients/');
	await page.getByLabel('Name des Unternehmens').fill('Tischlerei Leitfaden');
	await page.getByRole('button', { name: 'Kunde anlegen' }).click();
	await page.getByRole('button', { name: 'Erste Beratung beginnen' }).click();
	await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/check/?id=${id}&topic=organisation`);
	const guide = page.getByTestId('guidance-01');
	await expect(guide.locator('summary')).toHaveText('Leitfaden für das Gespräch');
	for (const question of guideOf('01').questions) await expect(guide.getByText(question.de)).toBeVisible();
	await expect(guide.getByText('Erfüllt, wenn')).toBeVisible();
});

test('the results say why the maximum is lower and what TOP means, in visible text', async ({ page }) => {
	await page.goto('/');
	// 27 requirements: 5 TOP (+3 each) and 22 regular (+1) give 37; 04 and 25 do not apply (−2).
	await seed(page, [record('max-1', 'Maximum GmbH', { ...all('fulfilled'), '04': 'not_relevant', '25': 'not_relevant' })]);
	await page.goto('/results/?id=max-1');
	await expect(page.getByTestId('risk-score')).toHaveText('35 von 35 Punkten');
	await expect(page.getByTestId('max-explained')).toHaveText('Höchstwert 35 Punkte, weil 2 Anforderungen für Sie nicht zutreffen und nicht zählen.');
	await expect(page.locator('.top-legend')).toContainText('Sie zählt +3 Punkte, wenn sie erfüllt ist, und -3, wenn nicht.');
	await expect(page.getByTestId('beyond-maximum')).toContainText('WiBA');
});
