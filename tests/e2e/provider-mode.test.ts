// Provider mode without dead ends: the hand-over import on the clients page, re-importing
// one's own hand-over (updates, no copies), a real conflict asked in the right words, the
// interview clock that stops while the page is hidden or closed, download confirmations, and
// comparison columns that tell two checks of one day apart.
import { expect, test, type BrowserContext, type Page } from './helpers/test';
import { readFileSync } from 'node:fs';
import { cardButton, catalogue, expectSaved, record, seed } from './helpers/app';
import { expectAccessible } from './helpers/axe';

test.use({ viewport: { width: 1024, height: 768 } });

const PASSWORD = 'Apfel Birne Kirsche';
const clientCard = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });

async function setUpProvider(page: Page) {
	await page.goto('/provider/');
	await page.getByLabel('Firma des IT-Dienstleisters').fill('IT-Service Nord GmbH');
	await page.getByLabel('Beraterin oder Berater').fill('Jana Berg');
	await page.getByLabel('Beraterin oder Berater').blur();
}

async function newClient(page: Page, name: string) {
	await page.goto('/clients/');
	await page.getByLabel('Name des Unternehmens').fill(name);
	await page.getByRole('button', { name: 'Kunde anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Exports the open client encrypted; returns the file. */
async function handOver(page: Page) {
	await page.getByRole('button', { name: 'Verschlüsselt exportieren' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
	await dialog.getByLabel('Passwort wiederholen').fill(PASSWORD);
	const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Verschlüsselt herunterladen' }).click()]);
	const name = download.suggestedFilename();
	// The download is confirmed in words.
	await expect(page.getByRole('status').filter({ hasText: `„${name}“ wurde heruntergeladen.` })).toBeVisible();
	return { name, text: readFileSync((await download.path())!, 'utf8') };
}

/** Imports a hand-over file on the clients page. */
async function importOnClientsPage(page: Page, file: { name: string; text: string }) {
	await page.goto('/clients/');
	await page.getByText('Übergabe-Datei importieren (Kunde mit seinen Checks)').click();
	await page.locator('#import-files').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
	await page.getByLabel(/ist verschlüsselt/).fill(PASSWORD);
	await page.getByRole('button', { name: 'Entschlüsseln' }).click();
}

/** Sets the client's seat on its page, and returns there once it is stored (the client list shows it). */
async function setSeat(page: Page, seat: string, name = 'Tischlerei Holz KG') {
	await page.getByText('Unternehmensdaten').click();
	await page.getByLabel('Sitz (Ort)').fill(seat);
	await page.getByLabel('Sitz (Ort)').blur();
	await expect(async () => {
		await page.goto('/clients/');
		await expect(clientCard(page, name)).toContainText(seat, { timeout: 1000 });
	}).toPass({ timeout: 15_000 });
	await clientPage(page, name);
	await page.getByText('Unternehmensdaten').click();
}

async function clientPage(page: Page, name: string) {
	await page.goto('/clients/');
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('re-importing one’s own hand-over updates the client without copies; a real conflict is asked in the right words', async ({ page, browser }) => {
	test.slow();
	await setUpProvider(page);
	await newClient(page, 'Tischlerei Holz KG');
	await page.getByRole('button', { name: 'Erste Beratung beginnen' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Information' })).toBeVisible();
	await clientPage(page, 'Tischlerei Holz KG');
	const first = await handOver(page);

	// The same file back, from the clients page: nothing changes, nothing is copied.
	await importOnClientsPage(page, first);
	await expect(page.getByText(/Auf diesem Gerät schon aktuell, nichts geändert: Kunde „Tischlerei Holz KG“, Beratung „Tischlerei Holz KG“ vom/)).toBeVisible();
	await expect(page.getByRole('group', { name: /Was soll passieren/ })).toHaveCount(0);
	await expectAccessible(page);
	await expect(page.getByRole('heading', { level: 2, name: /Kunden/ })).toContainText('1');
	await expect(page.getByText('(Kopie)')).toHaveCount(0);

	// Changed here after the export: the file is older, the client here stays as it is.
	await clientPage(page, 'Tischlerei Holz KG');
	await setSeat(page, 'Bremen');
	await importOnClientsPage(page, first);
	await expect(page.getByText(/Auf diesem Gerät schon aktuell, nichts geändert: Kunde „Tischlerei Holz KG“/)).toBeVisible();
	await expect(clientCard(page, 'Tischlerei Holz KG')).toContainText('Bremen');
	await expect(page.getByText('(Kopie)')).toHaveCount(0);

	// A colleague's device takes the first hand-over and changes the client as well.
	const other: BrowserContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
	const colleague = await other.newPage();
	await colleague.goto('/clients/');
	await colleague.locator('html[data-ready]').waitFor({ state: 'attached' });
	await importOnClientsPage(colleague, first);
	await expect(colleague.getByText('1 Kunde(n) gespeichert.')).toBeVisible();
	await clientPage(colleague, 'Tischlerei Holz KG');
	await setSeat(colleague, 'Hamburg');
	await expect(colleague.getByLabel('Sitz (Ort)')).toHaveValue('Hamburg');
	const theirs = await handOver(colleague);
	await other.close();

	// Both changed the client apart from each other: asked, titled "Kunde", with options for a client.
	await importOnClientsPage(page, theirs);
	const conflict = page.getByRole('group', { name: 'Kunde „Tischlerei Holz KG“: Was soll passieren?' });
	await expect(conflict).toBeVisible();
	await expect(conflict.getByRole('radio', { name: 'Kunden hier durch den aus der Datei ersetzen' })).toBeVisible();
	await expect(conflict.getByRole('radio', { name: /Beide behalten \(Kunde aus der Datei als Kopie anlegen\)/ })).toBeChecked();
	// Every question has its own title.
	const titles = await page.locator('fieldset legend').allTextContents();
	expect(new Set(titles).size).toBe(titles.length);
	await expectAccessible(page);
	await conflict.getByRole('radio', { name: 'Kunden hier durch den aus der Datei ersetzen' }).check();
	await page.getByRole('button', { name: 'Import abschließen' }).click();
	await expect(page.getByText('1 Kunde(n) gespeichert.')).toBeVisible();
	await expect(clientCard(page, 'Tischlerei Holz KG')).toContainText('Hamburg');
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
});

test('the comparison tells two checks of one day apart, and a downloaded export is confirmed', async ({ page }) => {
	await page.goto('/');
	const all = Object.fromEntries(catalogue.requirements.map((r) => [r.id, 'fulfilled' as const]));
	const morning = { ...record('morning', 'Zwei am Tag GmbH', { ...all, '01': 'not_fulfilled' }), createdAt: '2026-03-02T08:00:00.000Z' };
	const afternoon = { ...record('afternoon', 'Zwei am Tag GmbH', all), createdAt: '2026-03-02T14:30:00.000Z', previousId: 'morning' };
	await seed(page, [morning, afternoon]);
	await page.goto('/compare/?a=morning&b=afternoon');
	const comparison = page.getByTestId('comparison');
	await expect(comparison).toBeVisible();
	// Berlin time (CET, UTC+1): 09:00 and 15:30 on 2 March 2026.
	const headers = await comparison.locator('thead th').allTextContents();
	expect(headers.slice(1, 3)).toEqual(['02.03.2026, 09:00', '02.03.2026, 15:30']);
	await expectAccessible(page);

	await page.goto('/');
	const exportButton = await cardButton(page.getByRole('article').first(), 'Exportieren');
	const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
	await expect(page.getByRole('status').filter({ hasText: `„${download.suggestedFilename()}“ wurde heruntergeladen.` })).toBeVisible();
	await expectAccessible(page);
});

test('the interview clock does not count while the page is hidden or closed', async ({ page, context }) => {
	// Fake time, moved on by hand; visibility as the test says (a tablet put aside, a tab closed).
	await context.clock.install({ time: new Date('2026-03-02T09:00:00.000Z') });
	await context.addInitScript(() => {
		let state: DocumentVisibilityState = 'visible';
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
		(window as unknown as { setVisibility: (s: DocumentVisibilityState) => void }).setVisibility = (s) => {
			state = s;
			document.dispatchEvent(new Event('visibilitychange'));
		};
	});
	const setVisibility = (p: Page, s: 'visible' | 'hidden') => p.evaluate((v) => (window as unknown as { setVisibility: (s: string) => void }).setVisibility(v), s);
	const clock = (p: Page) => p.locator('.clock time');

	await setUpProvider(page);
	await newClient(page, 'Uhr GmbH');
	await page.getByRole('button', { name: 'Erste Beratung beginnen' }).click();
	await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	// Two minutes of interview.
	await page.clock.fastForward(120_000);
	await expect(clock(page)).toHaveText(/^0:02:/);

	// Hidden for an hour: the clock stops, and goes on where it was when the page is back.
	await setVisibility(page, 'hidden');
	await expectSaved(page);
	await page.clock.fastForward(3_600_000);
	await setVisibility(page, 'visible');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect(clock(page)).toHaveText(/^0:02:/);
	await expectSaved(page);
	const url = page.url();

	// The tab is closed; a day later the check is opened again: the closed time does not count,
	// and the clock waits to be resumed.
	const again = await context.newPage();
	await page.close();
	await again.clock.fastForward(86_400_000);
	await again.goto(url);
	await expect(again.getByRole('button', { name: 'Zeit läuft nicht – fortsetzen' })).toBeVisible();
	await expect(clock(again)).toHaveText(/^0:02:/);
	await again.clock.fastForward(600_000);
	await expect(clock(again)).toHaveText(/^0:02:/);
	await expectAccessible(again);
});
