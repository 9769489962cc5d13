// The incident card (§32 BSIG) on a phone, offline: two taps from the home page start it, the
// three deadlines show the right times, a draft survives a reload, and exports as text and PDF.
// Times worked out by hand; the browser runs in Europe/Berlin (playwright.config.ts), and the
// page's clock starts on Saturday 21 November 2026, 08:00 CET (07:00Z) and then runs on.
import { readFileSync } from 'node:fs';
import { expectSaved, record, seed } from './helpers/app';
import { expectAccessible } from './helpers/axe';
import { storedNis2 } from './helpers/nis2';
import { pdfText } from './helpers/pdf';
import { expect, test, type Page } from './helpers/test';

// A medium-sized machine builder (Anlage 2): an important entity. Its check exists since 1 November 2026.
const company = {
	...record('maschinenbau', 'Maschinenbau Huber GmbH', {}),
	nis2: storedNis2(['A2-5.4.1'], { staff: 80, turnoverEur: 15_000_000, balanceSheetEur: 12_000_000 }, 'important', ['important'])
};

test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });

async function startOffline(page: Page, context: import('@playwright/test').BrowserContext) {
	await page.clock.install({ time: new Date('2026-11-21T07:00:00.000Z') });
	await page.goto('/');
	await seed(page, [company]);
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await context.setOffline(true);
	await page.reload();
	const card = page.getByRole('article', { name: 'Maschinenbau Huber GmbH' });
	await card.getByRole('link', { name: 'Sicherheitsvorfall' }).click();
	await page.getByRole('button', { name: 'Wir haben einen Sicherheitsvorfall' }).click();
	await expect(page.getByTestId('deadline-early_warning')).toBeVisible();
}

async function setAwareness(page: Page, value: string) {
	await page.getByLabel('Kenntnis vom Vorfall seit').fill(value);
	await page.getByRole('button', { name: 'Zeitpunkt übernehmen' }).click();
}

test('started offline from the home page: three deadlines, a draft kept across a reload, text and PDF exports', async ({ page, context }) => {
	await startOffline(page, context);
	await expect(page).toHaveURL(/\/readiness\/incident\/\?id=maschinenbau/);
	// Aware now (Sat 21 Nov 08:00 CET): +24 h, +72 h; notification due Tue 24 Nov → end of 24 Dec.
	await expect(page.getByTestId('deadline-early_warning-due')).toHaveText('Frist: So., 22. November 2026 um 08:00 MEZ');
	await expect(page.getByTestId('deadline-notification-due')).toHaveText('Frist: Di., 24. November 2026 um 08:00 MEZ');
	await expect(page.getByTestId('deadline-final-due')).toHaveText('Frist: Fr., 25. Dezember 2026 um 00:00 MEZ');
	await expect(page.getByTestId('deadline-early_warning-status')).toHaveText(/^noch (24 Std\. 0|23 Std\. 59) Min\.$/);

	// Aware since Friday 20 November, 10:30 CET (09:30Z): early warning by Sat 21 Nov 10:30,
	// notification by Mon 23 Nov 10:30; not notified yet → 23 November + one month → end of 23 December.
	await setAwareness(page, '2026-11-20T10:30');
	await expect(page.getByRole('status').filter({ hasText: 'Alle Fristen neu berechnet' })).toHaveText(
		'Alle Fristen neu berechnet: frühe Erstmeldung bis Sa., 21. November 2026 um 10:30 MEZ, Meldung bis Mo., 23. November 2026 um 10:30 MEZ, Abschlussmeldung bis Do., 24. Dezember 2026 um 00:00 MEZ.'
	);
	await expect(page.getByTestId('deadline-early_warning-due')).toHaveText('Frist: Sa., 21. November 2026 um 10:30 MEZ');
	await expect(page.getByTestId('deadline-notification-due')).toHaveText('Frist: Mo., 23. November 2026 um 10:30 MEZ');
	await expect(page.getByTestId('deadline-final-due')).toHaveText('Frist: Do., 24. Dezember 2026 um 00:00 MEZ');
	await expect(page.getByTestId('deadline-early_warning-status')).toHaveText(/^noch 2 Std\. (30|29) Min\.$/);
	await expect(page.getByText(/Wochenenden und Feiertage verlängern keine Frist/)).toBeVisible();
	// 2 h 31 min later the early warning's deadline has passed: said once, and shown as overdue.
	await page.clock.fastForward('02:31:00');
	await expect(page.getByRole('status').filter({ hasText: 'ist abgelaufen' })).toHaveText('Die Frist für „Frühe Erstmeldung“ ist abgelaufen.');
	await expect(page.getByTestId('deadline-early_warning-status')).toHaveText(/^Überfällig seit Sa\., 21\. November 2026 um 10:30 MEZ \([01] Min\.\)$/);

	await page.getByLabel('Was ist passiert? (kurz)').fill('Verschlüsselte Dateien auf dem Dateiserver, Lösegeldforderung');
	await page.getByRole('group', { name: /rechtswidrige oder böswillige Handlung/ }).getByLabel('Ja').check();
	await expectSaved(page);
	await page.reload();
	await expect(page.getByLabel('Was ist passiert? (kurz)')).toHaveValue('Verschlüsselte Dateien auf dem Dateiserver, Lösegeldforderung');
	await expect(page.getByTestId('deadline-early_warning-due')).toHaveText('Frist: Sa., 21. November 2026 um 10:30 MEZ');

	const [textDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Textdatei speichern' }).click()]);
	expect(textDownload.suggestedFilename()).toBe('sicherheitsvorfall-early-warning-maschinenbau-huber-gmbh-2026-11-21.txt');
	const text = readFileSync((await textDownload.path())!, 'utf8');
	expect(text).toContain('Frühe Erstmeldung nach §32 BSIG\n\nUnternehmen: Maschinenbau Huber GmbH\n');
	expect(text).toContain('Kenntnis seit: Fr., 20. November 2026 um 10:30 MEZ\n');
	expect(text).toContain('Frist: Sa., 21. November 2026 um 10:30 MEZ – spätestens 24 Stunden nach Kenntnis (§32 Abs. 1 Nr. 1 BSIG)\n');
	expect(text).toContain('Was ist passiert? (kurz)\nVerschlüsselte Dateien auf dem Dateiserver, Lösegeldforderung\n');
	expect(text).toContain('Besteht der Verdacht, dass der Vorfall auf eine rechtswidrige oder böswillige Handlung zurückgeht?\nJa\n');

	const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vorfall als PDF' }).click()]);
	expect(pdfDownload.suggestedFilename()).toBe('sicherheitsvorfall-maschinenbau-huber-gmbh-2026-11-21.pdf');
	const pdf = pdfText((await pdfDownload.path())!, 'raw').replace(/\s+/g, ' ');
	expect(pdf).toContain('Sicherheitsvorfall: Meldungen und Protokoll');
	expect(pdf).toContain('Frist: Sa., 21. November 2026 um 10:30 MEZ');
	expect(pdf).toContain('Frist: Do., 24. Dezember 2026 um 00:00 MEZ');
	expect(pdf).toContain('Verschlüsselte Dateien auf dem Dateiserver, Lösegeldforderung');
	expect(pdf).toContain('Zeitpunkt der Kenntnis geändert');
	expect(pdf).toContain('portal.bsi.bund.de');

	// Nothing wider than the smallest phone.
	await page.setViewportSize({ width: 320, height: 700 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('bad times are refused at the field; a report is marked sent; the page passes axe', async ({ page, context }) => {
	await startOffline(page, context);
	await setAwareness(page, '2026-11-22T09:00');
	await expect(page.getByText('Der Zeitpunkt liegt in der Zukunft.', { exact: false })).toBeVisible();
	await expect(page.getByLabel('Kenntnis vom Vorfall seit')).toHaveAttribute('aria-invalid', 'true');
	await setAwareness(page, '2026-10-31T23:00');
	await expect(page.getByText(/vor dem Anlegen dieser Prüfung \(So\., 1\. November 2026 um 10:00 MEZ\)/)).toBeVisible();
	// Nothing was stored: the deadlines still count from now.
	await expect(page.getByTestId('deadline-early_warning-due')).toHaveText('Frist: So., 22. November 2026 um 08:00 MEZ');

	await setAwareness(page, '2026-11-21T06:15');
	await expect(page.getByRole('status').filter({ hasText: 'Alle Fristen neu berechnet' })).toContainText('frühe Erstmeldung bis So., 22. November 2026 um 06:15 MEZ');

	await page.getByRole('button', { name: /^Als gesendet markieren/ }).click();
	await expect(page.getByTestId('deadline-early_warning-status')).toHaveText(/^Gesendet am Sa\., 21\. November 2026 um 08:0\d MEZ$/);
	await page.getByLabel('Gesendet am').fill('2026-11-21T06:00');
	await page.getByRole('button', { name: 'Sendezeit übernehmen' }).click();
	await expect(page.getByText('Die Sendezeit liegt vor dem Zeitpunkt der Kenntnis (Sa., 21. November 2026 um 06:15 MEZ).', { exact: false })).toBeVisible();
	await expect(page.getByTestId('deadline-early_warning-status')).toHaveText(/^Gesendet am Sa\., 21\. November 2026 um 08:0\d MEZ$/);
	await expect(page.getByTestId('incident-log')).toContainText('„Frühe Erstmeldung“ als gesendet markiert');
	await expect(page.getByTestId('incident-log')).toContainText('Zeitpunkt der Kenntnis geändert (vorher: Sa., 21. November 2026 um 08:00 MEZ)');
	await expectAccessible(page);

	// Copied for the portal (the clipboard granted, as a user's browser asks).
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Als Text kopieren' }).first().click();
	await expect(page.getByText('Der Text von „Frühe Erstmeldung“ ist in der Zwischenablage.', { exact: false })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Frühe Erstmeldung nach §32 BSIG\n\nUnternehmen: Maschinenbau Huber GmbH');

	// Closed: folded under the earlier incidents, and the big button is back for the next one.
	await page.getByRole('button', { name: 'Bearbeitung abgeschlossen' }).click();
	await expect(page.getByRole('heading', { name: 'Frühere Vorfälle' })).toBeVisible();
	await expect(page.getByText(/^Sicherheitsvorfall vom Sa\., 21\. November 2026 um 06:15 MEZ · Abgeschlossen am Sa\., 21\. November 2026 um 08:0\d MEZ$/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Wir haben einen Sicherheitsvorfall' })).toBeVisible();
	await expectAccessible(page);
});
