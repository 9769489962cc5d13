// The §30 gap analysis of an important company (a medium-sized managed service provider):
// prefilled from its DIN check, confirmed and answered, kept across reloads, with its actions
// tracked in the check's plan and exported.
import { expect, test, type Page } from './helpers/test';
import { readFileSync } from 'node:fs';
import { expectAccessible } from './helpers/axe';
import { storedNis2 } from './helpers/nis2';
import { catalogue, expectSaved, record, seed, type Status } from './helpers/app';

const nis2 = storedNis2(['A1-6.1.10'], { staff: 60, turnoverEur: 12_000_000, balanceSheetEur: 11_000_000 }, 'important', ['important']);
// Every DIN requirement fulfilled but 11 (regular backups).
const din: Record<string, Status> = { ...Object.fromEntries(catalogue.requirements.map((r) => [r.id, 'fulfilled' as Status])), '11': 'not_fulfilled' };

const measure = (page: Page, id: string) => page.locator(`details[data-measure="${id}"]`);
const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
async function open(page: Page, id: string) {
	if (!(await measure(page, id).evaluate((d) => (d as HTMLDetailsElement).open))) await measure(page, id).locator('summary').click();
}

test.use({ viewport: { width: 390, height: 844 } });

test('an important company works through its §30 measures, prefilled from its DIN check, and keeps everything across reloads', async ({ page }) => {
	await page.goto('/');
	await seed(page, [{ ...record('msp-1', 'Systemhaus Nord GmbH', din), nis2 }]);
	await page.goto('/readiness/measures/?id=msp-1');
	await expect(page.getByTestId('measures-note')).toContainText('strukturierte Selbstbewertung, kein Nachweis');
	await expect(page.getByTestId('measures-summary')).toHaveText('0 von 10 Maßnahmen erfüllt');
	await expect(page.locator('details[data-measure]')).toHaveCount(10);

	// Business continuity: 11 not fulfilled leaves c1 at "no", taken over and marked as such.
	await open(page, 'c');
	await expect(measure(page, 'c').locator('[data-status]')).toHaveAttribute('data-status', 'open');
	await expect(page.getByTestId('prefill-c1')).toContainText('Aus dem DIN-Check – bitte bestätigen');
	await expect(page.getByTestId('prefill-c1')).toContainText('DIN-Anforderung 11');
	await expect(question(page, 'c1').getByRole('radio', { name: 'Nein' })).toBeChecked();
	await expect(question(page, 'c3').getByRole('radio', { name: 'Ja' })).toBeChecked();
	// Confirm one, answer one without a prefill, and write a note.
	await page.getByRole('button', { name: 'Antwort „Ja“ zu Frage c2 bestätigen' }).click();
	await expect(page.getByTestId('prefill-c2')).toHaveCount(0);
	await question(page, 'c4').getByRole('radio', { name: 'Nein' }).check();
	await page.getByLabel('Notiz zu c5').fill('Krisenstab: Geschäftsführung und IT-Leitung');

	// Cyber hygiene: every taken-over answer confirmed at once, the one left answered: met.
	await open(page, 'g');
	await page.getByRole('button', { name: 'Alle übernommenen Antworten zu Maßnahme 7 bestätigen' }).click();
	await expect(page.getByRole('status').filter({ hasText: '5 Antworten bestätigt.' })).toBeAttached();
	await question(page, 'g2').getByRole('radio', { name: 'Ja' }).check();
	await expect(measure(page, 'g').locator('[data-status]')).toHaveAttribute('data-status', 'met');
	await expect(page.getByTestId('measures-summary')).toHaveText('1 von 10 Maßnahmen erfüllt');

	// A managed service provider is asked the questions of Implementing Regulation 2024/2690 too.
	await open(page, 'a');
	await expect(question(page, 'a6')).toContainText('Für digitale Anbieter nach der Durchführungsverordnung (EU) 2024/2690');

	// The gaps become actions: c1 (taken over, not confirmed) and c4 (answered).
	const actions = page.locator('[data-action]');
	await expect(actions).toHaveCount(2);
	await expect(page.locator('[data-action="nis2-c1"]')).toContainText('beruht auf einer Antwort aus dem DIN-Check');
	const c4 = page.locator('[data-action="nis2-c4"]');
	await c4.getByText('Schritte und Umsetzung').click();
	await c4.getByLabel('Verantwortlich').fill('Frau Berg');
	await c4.getByLabel('Verantwortlich').blur();
	await c4.getByLabel('Fällig am').fill('2099-01-31');
	await c4.getByLabel('Fällig am').blur();
	await c4.getByLabel('Stand').selectOption('in_progress');
	await expectSaved(page);
	await expectAccessible(page);

	await page.reload();
	await expect(page.getByTestId('measures-summary')).toHaveText('1 von 10 Maßnahmen erfüllt');
	await open(page, 'c');
	await expect(page.getByTestId('prefill-c2')).toHaveCount(0);
	await expect(question(page, 'c2').getByRole('radio', { name: 'Ja' })).toBeChecked();
	await expect(page.getByTestId('prefill-c1')).toBeVisible();
	await expect(question(page, 'c4').getByRole('radio', { name: 'Nein' })).toBeChecked();
	await expect(page.getByLabel('Notiz zu c5')).toHaveValue('Krisenstab: Geschäftsführung und IT-Leitung');
	await expect(measure(page, 'g').locator('[data-status]')).toHaveAttribute('data-status', 'met');
	await expect(c4).toContainText('in Arbeit');
	await expect(c4).toContainText('verantwortlich: Frau Berg');

	// The plan's spreadsheet holds the NIS-2 actions with their tracking.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Maßnahmenplan als Tabelle (CSV)' }).click()]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv).toMatch(/NIS-2 c4;§ 30 Abs\. 2 Nr\. 3 BSIG – Aufrechterhaltung des Betriebs[^\r\n]*;Notfallplan für Betrieb und Wiederherstellung erstellen;/);
	expect(csv).toContain('Frau Berg;2099-01-31;in Arbeit');
	expect(csv).toContain('NIS-2 c1;');
	// 11 is also a DIN action of the plan.
	expect(csv).toMatch(/\r\n11;/);

	// The results page counts the open NIS-2 actions and leads to them.
	await page.goto('/results/?id=msp-1');
	await expect(page.getByTestId('nis2-measures-link')).toContainText('NIS-2-Maßnahmen (§ 30 BSIG): 2 offen');
	await page.getByRole('link', { name: 'Zur Umsetzung →' }).click();
	await expect(page).toHaveURL(/\/readiness\/measures\/\?id=msp-1/);
});

test('a company that is not affected is sent to the NIS-2 check instead', async ({ page }) => {
	await page.goto('/');
	await seed(page, [record('small-1', 'Bäckerei Klein', din)]);
	await page.goto('/readiness/measures/?id=small-1');
	await expect(page.getByRole('link', { name: 'Zur NIS-2-Prüfung' })).toBeVisible();
	await expect(page.locator('details[data-measure]')).toHaveCount(0);
});
