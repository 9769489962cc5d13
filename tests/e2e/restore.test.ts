// What the app stores, it restores: the ways a user could once store something its own
// importer refused now either store valid data or are refused at the field; a backup restores
// record by record; damaged data never hides the rest; two tabs keep each other's answers.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { cardButton, createCheck, expectSaved, openFirstAction, openImport, record, seed, seedClients } from './helpers/app';
import { expect, test, waitingForReady } from './helpers/test';

async function downloadFrom(page: Page, button: ReturnType<Page['getByRole']>) {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** The backup of this device, imported into a fresh browser profile: every record comes back. */
async function expectBackupRestoresCompletely(page: Page, browser: Browser) {
	await page.goto('/');
	const backup = await downloadFrom(page, page.getByRole('button', { name: 'Sicherung aller Checks herunterladen' }).first());
	await expect(page.getByText(/Sicherung gespeichert/).first()).toBeVisible();
	const records = JSON.parse(backup.text).assessments.length + (JSON.parse(backup.text).clients?.length ?? 0);
	const context = await browser.newContext({ locale: 'de-DE' });
	const fresh = waitingForReady(await context.newPage());
	await fresh.goto('/');
	await openImport(fresh);
	await fresh.locator('#import-files').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
	await expect(fresh.getByText(new RegExp(`gültig, ${records} Check\\(s\\) erkannt`))).toBeVisible();
	await expect(fresh.getByText(/konnten nicht gelesen werden/)).toHaveCount(0);
	await context.close();
	return JSON.parse(backup.text);
}

test('an interview clock left running for weeks stops at its limit, and the backup restores completely', async ({ page, browser }) => {
	await page.goto('/');
	const started = new Date(Date.now() - 13 * 24 * 3_600_000).toISOString();
	// Last saved just now with the clock running since 13 days: a tab left open that long. Opened
	// again, the stretch counts until that last save – and stops at the clock's limit.
	await seed(page, [
		{
			...record('uhr-1', 'Uhrwerk GmbH', {}),
			updatedAt: new Date().toISOString(),
			consultation: { provider: { company: 'IT-Service Nord', consultant: 'Jana Berg' }, phase: 'interview', checklist: {}, elapsedMs: 0, runningSince: started, clarify: [] }
		}
	]);
	await page.goto('/consultation/?id=uhr-1');
	await expect(page.getByRole('button', { name: 'Zeit läuft nicht – fortsetzen' })).toBeVisible();
	await expectSaved(page);
	const backup = await expectBackupRestoresCompletely(page, browser);
	expect(backup.assessments[0].consultation.elapsedMs).toBe(1_000_000_000);
});

test('a cleared share and an impossible turnover are refused at the field, and the backup restores completely', async ({ page, browser }) => {
	await page.goto('/nis2/');
	await page.getByLabel('Name des Unternehmens').fill('Beteiligung AG');
	await page.getByRole('button', { name: 'NIS-2-Prüfung starten' }).click();
	await page.getByRole('button', { name: /Partnerunternehmen hinzufügen/ }).click();
	const share = page.getByLabel('Beteiligung in Prozent').first();
	await share.fill('');
	await share.blur();
	await expect(page.getByText(/Anteil über 0 %/)).toBeVisible();
	const turnover = page.getByLabel('Jahresumsatz ohne Umsatzsteuer', { exact: true }).first();
	await turnover.fill('2.000.000.000.000.000 €');
	await turnover.blur();
	await expect(page.getByText(/^Höchstens /).first()).toBeVisible();
	await expectSaved(page);
	const backup = await expectBackupRestoresCompletely(page, browser);
	expect(backup.assessments[0].nis2.profile.size.partners[0].sharePercent).toBe(25);
});

test('a company field longer than allowed (set past the field) is not stored, and the backup restores completely', async ({ page, browser }) => {
	await createCheck(page, 'Lang GmbH');
	await page.getByText('Unternehmensdaten für den Bericht').click();
	const seat = page.getByLabel('Sitz (Ort)');
	await seat.evaluate((input: HTMLInputElement) => {
		input.removeAttribute('maxlength');
		input.value = 'x'.repeat(400);
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await expect(page.getByText(/nicht gespeichert/).first()).toBeVisible();
	const backup = await expectBackupRestoresCompletely(page, browser);
	expect(backup.assessments[0].company.seat ?? '').not.toHaveLength(400);
});

test('a backup with one bad record restores the others and names the bad one', async ({ page }) => {
	const good = record('gut-1', 'Gut GmbH', { '01': 'fulfilled' });
	const bad = { ...record('schlecht-1', 'Schlecht KG', {}), plan: { '01': { status: 'open', due: '2027-02-30' } } };
	const other = record('gut-2', 'Auch Gut e. K.', {});
	const client = { id: 'kunde-1', company: { name: 'Kunde mit Datum' }, followUp: '2026-99-99', createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z', revision: 1 };
	const file = { format: 'kmu-cyber-check/backup', formatVersion: 1, exportedAt: '2026-12-01T10:00:00.000Z', assessments: [good, bad, other], clients: [client] };
	await page.goto('/');
	await openImport(page);
	await page.locator('#import-files').setInputFiles({ name: 'sicherung.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
	await expect(page.getByText('2 von 4 Datensätzen wiederhergestellt', { exact: false })).toBeVisible();
	await expect(page.getByText(/Check Nr\. 2 \(Schlecht KG\)/)).toBeVisible();
	await expect(page.getByText(/Kunde Nr\. 1 \(Kunde mit Datum\)/)).toBeVisible();
	await expect(page.getByRole('article').filter({ hasText: 'Gut GmbH' })).toBeVisible();
	await expect(page.getByRole('article').filter({ hasText: 'Auch Gut e. K.' })).toBeVisible();
	await expect(page.getByRole('article').filter({ hasText: 'Schlecht KG' })).toHaveCount(0);
});

test('a client stored with an impossible date is marked, every other client still shows, and it can be deleted', async ({ page }) => {
	await page.goto('/');
	const stamp = '2026-11-01T09:00:00.000Z';
	await seed(page, [
		record('k-check', 'Kaputt GmbH', {}),
		...[]
	]);
	await seedClients(page, [
		{ id: 'c-bad', company: { name: 'Kaputt GmbH' }, followUp: '2026-99-99', createdAt: stamp, updatedAt: stamp, revision: 1 },
		{ id: 'c-ok', company: { name: 'Heil GmbH' }, createdAt: stamp, updatedAt: stamp, revision: 1 }
	]);
	await page.goto('/clients/');
	await expect(page.getByRole('heading', { name: 'Ihre Kunden (2)' })).toBeVisible();
	const broken = page.getByRole('listitem').filter({ hasText: 'Kaputt GmbH' });
	await expect(broken.getByText(/ungültigen Wert \(\/followUp\)/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Heil GmbH' })).toBeVisible();
	await broken.getByRole('link', { name: 'Kaputt GmbH' }).click();
	await page.getByRole('button', { name: 'Kunden und Checks löschen' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Kunden und Checks löschen' }).click();
	await expect(page).toHaveURL(/\/clients\/$/);
	await expect(page.getByRole('heading', { name: 'Ihre Kunden (1)' })).toBeVisible();
});

test('two tabs answering different NIS-2 questions both keep their answer', async ({ context }) => {
	const first = await context.newPage();
	await first.goto('/nis2/');
	await first.getByLabel('Name des Unternehmens').fill('Zwei Tabs GmbH');
	await first.getByRole('button', { name: 'NIS-2-Prüfung starten' }).click();
	await expect(first.getByRole('heading', { name: '1. Tätigkeiten' })).toBeVisible();
	const url = first.url();
	const second = await context.newPage();
	await second.goto(url);
	await first.getByRole('group', { name: /kritische Anlage/ }).getByRole('radio', { name: 'Ja', exact: true }).check();
	await expectSaved(first);
	await second.getByLabel('Beschäftigte (Jahresarbeitseinheiten)', { exact: true }).fill('300');
	await second.getByLabel('Beschäftigte (Jahresarbeitseinheiten)', { exact: true }).blur();
	await expectSaved(second);
	for (const page of [first, second]) {
		await page.reload();
		await expect(page.getByRole('group', { name: /kritische Anlage/ }).getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
		await expect(page.getByLabel('Beschäftigte (Jahresarbeitseinheiten)', { exact: true })).toHaveValue('300');
	}
});

test('two tabs setting the owner and the due date of the same action both keep their entry', async ({ context }) => {
	const first = await context.newPage();
	await first.goto('/');
	await seed(first, [record('plan-1', 'Plan GmbH', { '01': 'not_fulfilled' })]);
	await first.goto('/results/?id=plan-1');
	await openFirstAction(first);
	const second = await context.newPage();
	await second.goto('/results/?id=plan-1');
	await openFirstAction(second);
	await first.getByLabel('Verantwortlich').first().fill('Frau Öztürk');
	await first.getByLabel('Verantwortlich').first().blur();
	await expectSaved(first);
	await second.getByLabel('Fällig am').first().fill('2030-03-31');
	await second.getByLabel('Fällig am').first().blur();
	await expectSaved(second);
	for (const page of [first, second]) {
		await page.reload();
		await openFirstAction(page);
		await expect(page.getByLabel('Verantwortlich').first()).toHaveValue('Frau Öztürk');
		await expect(page.getByLabel('Fällig am').first()).toHaveValue('2030-03-31');
	}
});

test('a right-to-left override in an imported name never reaches the page or a file name', async ({ page }) => {
	const crafted = { ...record('rtl-1', '\u202Efdp.exe Handel GmbH', {}) };
	const file = { format: 'kmu-cyber-check/assessment', formatVersion: 1, exportedAt: '2026-12-01T10:00:00.000Z', assessment: crafted };
	await page.goto('/');
	await openImport(page);
	await page.locator('#import-files').setInputFiles({ name: 'rtl.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
	const item = page.getByRole('article').filter({ hasText: 'fdp.exe Handel GmbH' });
	await expect(item.getByRole('heading')).toHaveText('fdp.exe Handel GmbH');
	const exported = await downloadFrom(page, await cardButton(item, 'Exportieren'));
	expect(exported.name).toMatch(/^cyber-check-fdp-exe-handel-gmbh-/);
	expect(exported.text).not.toContain('\u202E');
});
