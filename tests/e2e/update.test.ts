import { expect, test } from './helpers/test';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { expectSaved, answerAllParts } from './helpers/app';

// These tests are about the service worker: allow it (the suite blocks it, playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

// A copy of the build on its own port: the test changes its service worker, as a new release would.
test('a new version arriving while a check is open shows the update prompt and loses nothing', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'kmu-build-'));
	cpSync('build', dir, { recursive: true });
	const port = 4330 + test.info().workerIndex;
	const server = await serve({ dir, port, host: 'localhost' });
	try {
		const origin = `http://localhost:${port}`;
		await page.goto(`${origin}/`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.getByLabel('Name des Unternehmens').fill('Update GmbH');
		await page.getByRole('button', { name: 'Check starten' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Organisation & Sensibilisierung' })).toBeVisible();
		await page.reload();
		expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await answerAllParts(page, '01', 'Erfüllt');
		await expectSaved(page);

		// The new release: a changed service worker. The page finds it on its next update check.
		appendFileSync(join(dir, 'sw.js'), '\n// next release\n');
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const prompt = page.getByRole('status').filter({ hasText: 'Eine neue Version ist bereit' });
		await expect(prompt).toBeVisible();
		await page.getByRole('group', { name: /Anforderung 03/ }).getByRole('radio', { name: 'Nicht erfüllt' }).check();
		await expectSaved(page);

		await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
		await page.waitForEvent('load');
		await expect(page.locator('#req-01').getByRole('radio', { name: 'Erfüllt', exact: true }).last()).toBeChecked();
		await expect(page.getByRole('group', { name: /Anforderung 03/ }).getByRole('radio', { name: 'Nicht erfüllt' })).toBeChecked();
		await expect(prompt).toBeHidden();
	} finally {
		server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
