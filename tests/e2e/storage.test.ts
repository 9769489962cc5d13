import { chromium, type Page } from '@playwright/test';
import { expect, test, waitingForReady, watchCsp } from './helpers/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config';
import { answerAllParts, cardButton, createCheck, expectSaved, noteField, openImport, record, seed } from './helpers/app';
import { expectAccessible } from './helpers/axe';

async function exportFrom(page: Page, button: ReturnType<Page['getByRole']>) {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const withoutExportTime = (text: string) => ({ ...JSON.parse(text), exportedAt: undefined });

test('export, delete and import give back an identical check', async ({ page }) => {
	await createCheck(page, 'Müller & Söhne GmbH');
	await answerAllParts(page, '01', 'Nicht erfüllt');
	await (await noteField(page, '01')).fill('Geschäftsführer prüft „Verantwortung“ – bis März');
	await expectSaved(page);
	await page.goto('/');
	const item = page.getByRole('article').filter({ hasText: 'Müller & Söhne GmbH' });
	const exported = await exportFrom(page, await cardButton(item, 'Exportieren'));
	expect(exported.name).toMatch(/^cyber-check-mueller-soehne-gmbh-\d{4}-\d{2}-\d{2}\.json$/);

	await (await cardButton(item, 'Löschen')).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
	await expect(page.getByText('Noch keine Checks gespeichert')).toBeVisible();

	await openImport(page);
	await page.locator('#import-files').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
	await expect(page.getByText('1 Check(s) gespeichert.')).toBeVisible();
	const again = await exportFrom(page, await cardButton(page.getByRole('article').filter({ hasText: 'Müller & Söhne GmbH' }), 'Exportieren'));
	expect(withoutExportTime(again.text)).toEqual(withoutExportTime(exported.text));
});

test('a backup of several checks round-trips, and a deletion can be undone', async ({ page }) => {
	await page.goto('/');
	await seed(page, [
		record('a1', 'Alpha GmbH', { '01': 'fulfilled', '04': 'not_relevant' }, { '01': 'ok' }),
		record('b2', 'Beta KG', { '11': 'not_fulfilled' }),
		record('c3', 'Gamma e. K.', {})
	]);
	await page.reload();
	await expect(page.getByRole('article')).toHaveCount(3);
	const backup = await exportFrom(page, page.getByRole('button', { name: 'Sicherung aller Checks herunterladen' }).first());
	expect(JSON.parse(backup.text).assessments).toHaveLength(3);

	await (await cardButton(page.getByRole('article').filter({ hasText: 'Beta KG' }), 'Löschen')).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
	await expect(page.getByRole('article')).toHaveCount(2);
	await page.getByRole('button', { name: 'Rückgängig' }).click();
	await expect(page.getByRole('article')).toHaveCount(3);

	for (const name of ['Alpha GmbH', 'Beta KG', 'Gamma e. K.']) {
		await (await cardButton(page.getByRole('article').filter({ hasText: name }), 'Löschen')).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
		await expect(page.getByRole('article').filter({ hasText: name })).toHaveCount(0);
	}
	await openImport(page);
	await page.locator('#import-files').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
	await expect(page.getByText('3 Check(s) gespeichert.')).toBeVisible();
	const again = await exportFrom(page, page.getByRole('button', { name: 'Sicherung aller Checks herunterladen' }).first());
	const sort = (t: string) => JSON.parse(t).assessments.sort((x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id));
	// The restored Beta KG got a higher revision through the undo; everything else is identical.
	expect(sort(again.text).map((a: { revision: number }) => ({ ...a, revision: 0 }))).toEqual(sort(backup.text).map((a: { revision: number }) => ({ ...a, revision: 0 })));
});

test('importing a check that exists: the same again changes nothing; changed on both sides asks keep both or replace', async ({ page }) => {
	await page.goto('/');
	await seed(page, [record('same', 'Doppelt GmbH', { '01': 'fulfilled' })]);
	await page.reload();
	const file = await exportFrom(page, await cardButton(page.getByRole('article'), 'Exportieren'));
	await openImport(page);
	await page.locator('#import-files').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
	await expect(page.getByText(/Auf diesem Gerät schon aktuell, nichts geändert: Check „Doppelt GmbH“ vom/)).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(1);
	// The file's check changed elsewhere as often as this one, later: which is newer cannot be told.
	const changed = JSON.parse(file.text);
	changed.assessment.notes = { '01': 'Anderswo ergänzt' };
	changed.assessment.updatedAt = '2026-11-03T09:00:00.000Z';
	await page.locator('#import-files').setInputFiles({ name: 'y.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
	const conflict = page.getByRole('group', { name: /Check „Doppelt GmbH“ vom .*: Was soll passieren\?/ });
	await expect(conflict).toBeVisible();
	await expectAccessible(page);
	await conflict.getByRole('radio', { name: /Beide behalten/ }).check();
	await page.getByRole('button', { name: 'Import abschließen' }).click();
	await expect(page.getByRole('article')).toHaveCount(2);
	await expect(page.getByRole('heading', { name: 'Doppelt GmbH (Kopie)' })).toBeVisible();
});

test('invalid files are rejected with a message and nothing stored changes', async ({ page }) => {
	await page.goto('/');
	await seed(page, [record('keep', 'Bleibt GmbH', { '01': 'fulfilled' })]);
	await page.reload();
	const future = JSON.stringify({ format: 'kmu-cyber-check/assessment', formatVersion: 9, exportedAt: '2030-01-01T00:00:00Z', assessment: {} });
	await openImport(page);
	await page.locator('#import-files').setInputFiles([
		{ name: 'brief.txt', mimeType: 'text/plain', buffer: Buffer.from('Sehr geehrte Damen und Herren') },
		{ name: 'zukunft.json', mimeType: 'application/json', buffer: Buffer.from(future) },
		{ name: 'riesig.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 32) }
	]);
	await expect(page.getByText('brief.txt: Die Datei ist keine JSON-Datei')).toBeVisible();
	await expect(page.getByText('zukunft.json: Die Datei stammt aus einer neueren Version der App')).toBeVisible();
	await expect(page.getByText('riesig.json: Die Datei ist zu groß')).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(1);
	await expect(page.getByRole('heading', { name: 'Bleibt GmbH' })).toBeVisible();
});

test('the home list renames, duplicates and shows progress and score', async ({ page }) => {
	await page.goto('/');
	const all: Record<string, 'fulfilled'> = {};
	for (let i = 1; i <= 27; i++) all[String(i).padStart(2, '0')] = 'fulfilled';
	await seed(page, [record('done', 'Fertig GmbH', all), record('half', 'Halb GmbH', { '01': 'fulfilled', '02': 'fulfilled', '03': 'fulfilled' })]);
	await page.reload();
	const done = page.getByRole('article').filter({ hasText: 'Fertig GmbH' });
	await expect(done.getByText('27 von 27 Anforderungen beantwortet (100 %)')).toBeVisible();
	await expect(done.getByText('Risiko-Status: 37 von 37 Punkten')).toBeVisible();
	const half = page.getByRole('article').filter({ hasText: 'Halb GmbH' });
	await expect(half.getByText('3 von 27 Anforderungen beantwortet (11 %)')).toBeVisible();
	await (await cardButton(half, 'Umbenennen')).click();
	await page.getByLabel('Neuer Name des Unternehmens').fill('Halb & Halb GmbH');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('heading', { name: 'Halb & Halb GmbH' })).toBeVisible();
	await (await cardButton(page.getByRole('article').filter({ hasText: 'Fertig GmbH' }), 'Duplizieren')).click();
	await expect(page.getByRole('heading', { name: 'Fertig GmbH (Kopie)' })).toBeVisible();
	await expectAccessible(page);
	await page.reload();
	await expect(page.getByRole('article')).toHaveCount(3);
});

test('a check in a persistent browser profile is still there after the browser is closed and reopened', async ({ cspViolations }) => {
	const profile = mkdtempSync(join(tmpdir(), 'kmu-profile-'));
	const launch = async () => {
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: config.use?.launchOptions?.executablePath,
			args: config.use?.launchOptions?.args,
			locale: 'de-DE',
			baseURL: config.use?.baseURL
		});
		await watchCsp(context, cspViolations);
		return context;
	};
	try {
		let context = await launch();
		let page = waitingForReady(await context.newPage());
		await createCheck(page, 'Dauerhaft GmbH');
		await answerAllParts(page, '01', 'Erfüllt');
		await expectSaved(page);
		await context.close();

		context = await launch();
		page = waitingForReady(await context.newPage());
		await page.goto('/');
		const item = page.getByRole('article').filter({ hasText: 'Dauerhaft GmbH' });
		await expect(item.getByText('1 von 27 Anforderungen beantwortet')).toBeVisible();
		// Reopening the app offers to continue where the user left.
		await page.getByRole('link', { name: 'Weitermachen' }).click();
		await expect(page.locator('#req-01').getByRole('radio', { name: 'Erfüllt', exact: true }).last()).toBeChecked();
		await context.close();
	} finally {
		rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
	}
	expect(cspViolations).toEqual([]);
});

test('a full storage quota is shown with advice to export, and nothing stored is lost', async ({ page }) => {
	const id = await createCheck(page, 'Voll GmbH');
	await answerAllParts(page, '01', 'Erfüllt');
	await expectSaved(page);
	// From now on every write fails the way a full disk makes it fail.
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.getByRole('group', { name: /Anforderung 03/ }).getByRole('radio', { name: 'Erfüllt', exact: true }).check();
	await expect(page.locator('.save-status')).toHaveText('Nicht gespeichert');
	await expect(page.getByRole('alert')).toContainText('Der Speicherplatz des Browsers ist voll.');
	await expect(page.getByRole('alert')).toContainText('Exportieren Sie Ihren Check als Datei');
	// The export still works from what is on screen, including the unsaved answer.
	const exported = await exportFrom(page, page.getByRole('alert').getByRole('button', { name: 'Exportieren', exact: true }));
	expect(JSON.parse(exported.text).assessment.answers).toEqual({ '01': 'fulfilled', '03': 'fulfilled' });
	// Leaving is allowed after confirming; what was stored before is intact.
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto(`/check/?id=${id}`);
	await expect(page.locator('#req-01').getByRole('radio', { name: 'Erfüllt', exact: true }).last()).toBeChecked();
	await expect(page.getByRole('group', { name: /Anforderung 03/ }).getByRole('radio', { name: 'Erfüllt', exact: true })).not.toBeChecked();
});

test('two tabs on the same check never overwrite each other silently', async ({ context }) => {
	const first = await context.newPage();
	const id = await createCheck(first, 'Zwei Fenster GmbH');
	const second = await context.newPage();
	await second.goto(`/check/?id=${id}`);
	await expect(second.getByRole('heading', { level: 2, name: 'Organisation & Sensibilisierung' })).toBeVisible();

	await answerAllParts(first, '01', 'Erfüllt');
	await expectSaved(first);
	await expect(second.locator('#req-01').getByRole('radio', { name: 'Erfüllt', exact: true }).last()).toBeChecked();
	await expect(second.getByRole('alert')).toContainText('In einem anderen Fenster wurde dieser Check geändert (01)');

	await second.getByRole('group', { name: /Anforderung 03/ }).getByRole('radio', { name: 'Nicht erfüllt' }).check();
	await expectSaved(second);
	await expect(first.getByRole('group', { name: /Anforderung 03/ }).getByRole('radio', { name: 'Nicht erfüllt' })).toBeChecked();
	await first.reload();
	await expect(first.locator('#req-01').getByRole('radio', { name: 'Erfüllt', exact: true }).last()).toBeChecked();
	await expect(first.getByRole('group', { name: /Anforderung 03/ }).getByRole('radio', { name: 'Nicht erfüllt' })).toBeChecked();
});
