import { expect, test, type Page } from './helpers/test';
import { readFileSync } from 'node:fs';
import { cardButton, openFirstAction, openImport, record, seed } from './helpers/app';

async function saveDownload(page: Page, click: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('logos that are not PNG, JPEG or WebP, or too large, are refused with a message', async ({ page }) => {
	await page.goto('/provider/');
	const logo = page.locator('#provider-logo');
	await logo.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__svg=1"><script>window.__svg=2</script></svg>') });
	await expect(page.getByText('Diese Datei ist kein PNG-, JPEG- oder WebP-Bild.')).toBeVisible();
	// An SVG that claims to be a PNG is still refused: the bytes decide.
	await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>') });
	await expect(page.getByText('Diese Datei ist kein PNG-, JPEG- oder WebP-Bild.')).toBeVisible();
	await logo.setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 …') });
	await expect(page.getByText('Diese Datei ist kein PNG-, JPEG- oder WebP-Bild.')).toBeVisible();
	const huge = Buffer.concat([readFileSync('static/icons/icon-512.png'), Buffer.alloc(2 * 1024 * 1024)]);
	await logo.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
	await expect(page.getByText('Die Datei ist zu groß. Erlaubt sind höchstens 2 MB.')).toBeVisible();
	const broken = Buffer.concat([readFileSync('static/icons/icon-192.png').subarray(0, 40)]);
	await logo.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: broken });
	await expect(page.getByText('Das Bild kann nicht gelesen werden.')).toBeVisible();
	await expect(page.getByRole('img', { name: /Logo von/ })).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __svg?: number }).__svg)).toBeUndefined();
});

test('duplicate clients, past dates and empty owners get a message and are not stored', async ({ page }) => {
	await page.goto('/clients/');
	await page.getByLabel('Name des Unternehmens').fill('Bäckerei Kranz GmbH');
	await page.getByRole('button', { name: 'Kunde anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Bäckerei Kranz GmbH' })).toBeVisible();
	const clientUrl = page.url();

	await page.getByLabel('Datum der nächsten Beratung').fill('2020-01-01');
	await page.getByLabel('Datum der nächsten Beratung').blur();
	await expect(page.getByText('Das Datum liegt in der Vergangenheit.')).toBeVisible();

	await page.goto('/clients/');
	await expect(page.getByText(/Nächster Termin|Termin überfällig/)).toHaveCount(0);
	await page.getByLabel('Name des Unternehmens').fill('bäckerei  kranz gmbh');
	await page.getByRole('button', { name: 'Kunde anlegen' }).click();
	await expect(page.getByText('Es gibt schon einen Kunden „Bäckerei Kranz GmbH“.')).toBeVisible();
	await page.getByRole('link', { name: 'Vorhandenen Kunden öffnen' }).click();
	await expect(page).toHaveURL(clientUrl);

	// The action plan of a check.
	await seed(page, [record('plan', 'Plan GmbH', { '01': 'not_fulfilled' })]);
	await page.goto('/results/?id=plan');
	await openFirstAction(page);
	await page.getByLabel('Fällig am').first().fill('2020-05-05');
	await page.getByLabel('Fällig am').first().blur();
	await expect(page.getByText('Das Datum liegt in der Vergangenheit.').first()).toBeVisible();
	await page.getByLabel('Verantwortlich').first().fill('Frau Öztürk');
	await page.getByLabel('Verantwortlich').first().blur();
	await page.getByLabel('Verantwortlich').first().fill('   ');
	await page.getByLabel('Verantwortlich').first().blur();
	await expect(page.getByText('Bitte einen Namen eingeben.')).toBeVisible();
	await page.reload();
	await openFirstAction(page);
	await expect(page.getByLabel('Verantwortlich').first()).toHaveValue('Frau Öztürk');
	await expect(page.getByLabel('Fällig am').first()).toHaveValue('');
});

test('an encrypted hand-over opens only with the right password and changes nothing otherwise', async ({ page }) => {
	await page.goto('/');
	await seed(page, [record('secret', 'Geheim & Co. KG', { '01': 'fulfilled', '02': 'not_fulfilled' }, { '01': 'Notiz mit Ümlaut' })]);
	await page.reload();
	await (await cardButton(page.getByRole('article').filter({ hasText: 'Geheim & Co. KG' }), 'Verschlüsselt exportieren')).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Passwort', { exact: true }).fill('kurz');
	await dialog.getByLabel('Passwort wiederholen').fill('kurz');
	await dialog.getByRole('button', { name: 'Verschlüsselt herunterladen' }).click();
	await expect(dialog.getByText('Das Passwort ist zu kurz')).toBeVisible();
	await dialog.getByLabel('Passwort', { exact: true }).fill('Apfel Birne Kirsche');
	await dialog.getByLabel('Passwort wiederholen').fill('Apfel Birne Kirsche');
	const file = await saveDownload(page, () => dialog.getByRole('button', { name: 'Verschlüsselt herunterladen' }).click());
	expect(file.name).toMatch(/verschluesselt\.json$/);
	expect(file.text).not.toContain('Geheim');
	expect(JSON.parse(file.text)).toMatchObject({ format: 'kmu-cyber-check/encrypted', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 }, cipher: { name: 'AES-GCM' } });

	// A tampered copy and a wrong password are refused; nothing is stored.
	const tampered = JSON.parse(file.text);
	tampered.data = (tampered.data[0] === 'A' ? 'B' : 'A') + tampered.data.slice(1);
	await openImport(page);
	await page.locator('#import-files').setInputFiles({ name: 'manipuliert.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
	await page.getByLabel('„manipuliert.json“ ist verschlüsselt. Passwort:').fill('Apfel Birne Kirsche');
	await page.getByRole('button', { name: 'Entschlüsseln' }).click();
	await expect(page.getByText('Passwort falsch oder Datei verändert. Es wurde nichts geändert.')).toBeVisible();
	await openImport(page);
	await page.locator('#import-files').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
	await page.getByLabel(/ist verschlüsselt/).fill('Apfel Birne Kiwi');
	await page.getByRole('button', { name: 'Entschlüsseln' }).click();
	await expect(page.getByText('Passwort falsch oder Datei verändert. Es wurde nichts geändert.')).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(1);

	// The right password: the check is here already, just as in the file: nothing to do, no copy.
	await page.getByLabel(/ist verschlüsselt/).fill('Apfel Birne Kirsche');
	await page.getByRole('button', { name: 'Entschlüsseln' }).click();
	await expect(page.getByText(/Auf diesem Gerät schon aktuell, nichts geändert: Check „Geheim & Co\. KG“ vom/)).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(1);
	await expect(page.getByRole('heading', { name: /\(Kopie\)/ })).toHaveCount(0);
});
