// The registration checklist (§§ 33, 34 BSIG) and the management's duties (§ 38 BSIG) of the
// readiness workspace, as a user meets them: an important company (a machinery maker of medium
// size that also offers a cloud service) gathers its details, finds them again after a reload,
// exports the data sheet, and records the management's last training.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './helpers/axe';
import { storedNis2 } from './helpers/nis2';
import { expectSaved, record, seed } from './helpers/app';
import { downloadReport, pdfText } from './helpers/pdf';

// 60 staff, 12m turnover and 11m balance sheet: a medium-sized company (not large: < 250 staff).
const nis2 = storedNis2(['A2-5.4.1', 'A1-6.1.4'], { staff: 60, turnoverEur: 12_000_000, balanceSheetEur: 11_000_000 }, 'important', ['important']);

async function seedCompany(page: Page) {
	await page.goto('/');
	const check = record('reg-1', 'Müller Maschinen', {});
	await seed(page, [{ ...check, company: { name: 'Müller Maschinen', legalForm: 'GmbH', seat: 'Köln' }, nis2 }]);
}

test('the registration checklist: overdue by default, details kept over a reload, the data sheet exported', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await seedCompany(page);
	await page.goto('/readiness/registration/?id=reg-1');
	await expect(page.getByRole('heading', { level: 1, name: /Registrierung beim BSI/ })).toBeVisible();

	// Counted from the law's first day (6 Dec 2025): the three months ended on 6 March 2026.
	const status = page.getByTestId('registration-status');
	await expect(status).toContainText('Überfällig – jetzt registrieren');
	await expect(status).toContainText('Die Frist ist am 6. März 2026 abgelaufen.');
	await expect(page.getByRole('heading', { name: 'Das tun Sie heute' })).toBeVisible();
	await expect(page.getByText(/ELSTER-Organisationszertifikat hat\. Wenn nicht, beantragen Sie es heute/)).toBeVisible();

	// The Anlage rows from the NIS-2 answers, with their names; the cloud row brings § 34's group.
	await expect(page.getByTestId('registration-rows')).toContainText('A2-5.4.1 Maschinenbau (Anlage 2)');
	await expect(page.getByTestId('registration-rows')).toContainText('A1-6.1.4 Anbieter von Cloud-Computing-Diensten (Anlage 1)');
	// 10 fields for everyone + 2 for § 34 = 12.
	await expect(page.getByTestId('registration-gathered')).toHaveText('0 von 12 Angaben gesammelt');

	// The company's name and legal form are offered, not filled in unasked.
	await page.getByRole('button', { name: 'Übernehmen: „Müller Maschinen“' }).click();
	await page.getByRole('button', { name: 'Übernehmen: „GmbH“' }).click();
	await page.locator('summary', { hasText: 'Anschrift und Kontakt' }).click();
	await page.getByLabel('Öffentliche IP-Adressbereiche').fill('203.0.113.0/24');
	await page.getByLabel('E-Mail-Adresse für das BSI').fill('it-sicherheit@mueller.example');
	await page.getByRole('checkbox', { name: 'ELSTER-Organisationszertifikat liegt vor' }).check();
	await expect(page.getByTestId('registration-gathered')).toHaveText('4 von 12 Angaben gesammelt');

	// A registration day in the future is refused at the field; nothing is stored.
	await page.getByLabel('Registriert am').fill('2099-01-01');
	await expect(page.getByText('Dieser Tag liegt in der Zukunft. Tragen Sie ein, wann Sie sich registriert haben.')).toBeVisible();
	await expect(status).toContainText('Überfällig – jetzt registrieren');
	await expectSaved(page);

	await page.reload();
	await expect(page.getByTestId('registration-gathered')).toHaveText('4 von 12 Angaben gesammelt');
	await expect(page.getByLabel('Name der Einrichtung')).toHaveValue('Müller Maschinen');
	await expect(page.getByRole('checkbox', { name: 'ELSTER-Organisationszertifikat liegt vor' })).toBeChecked();
	await page.locator('summary', { hasText: 'Anschrift und Kontakt' }).click();
	await expect(page.getByLabel('Öffentliche IP-Adressbereiche')).toHaveValue('203.0.113.0/24');

	const file = await downloadReport(page, 'Datenblatt als PDF');
	expect(file).toMatch(/bsi-registrierung-mueller-maschinen-\d{4}-\d{2}-\d{2}\.pdf$/);
	const text = pdfText(file, 'raw').replace(/\s+/g, ' ');
	for (const expected of [
		'Datenblatt für die Registrierung beim BSI',
		'Überfällig – die Frist endete am 6. März 2026',
		'4 von 12 Angaben gesammelt',
		'Rechtsform GmbH',
		'203.0.113.0/24',
		'it-sicherheit@mueller.example',
		'Handelsregisternummer noch offen',
		'Zusätzlich für digitale Dienste (§ 34 BSIG)',
		'A1-6.1.4 Anbieter von Cloud-Computing-Diensten (Anlage 1)',
		'ELSTER-Organisationszertifikat liegt vor erledigt',
		'Es ist nicht die Registrierung'
	]) {
		expect(text).toContain(expected);
	}

	await expectAccessible(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
	expect(overflow).toBe(false);
});

test('the registration deadline from a later day in scope, and once registered', async ({ page }) => {
	await seedCompany(page);
	await page.goto('/readiness/registration/?id=reg-1');
	const status = page.getByTestId('registration-status');
	// Before the law's first day the duty did not exist.
	await page.getByLabel('Seit wann betroffen?').fill('2025-01-10');
	await expect(page.getByText('Vor dem 6. Dezember 2025 galt diese Pflicht noch nicht.')).toBeVisible();
	await page.getByLabel('Registriert am').fill('2026-02-10');
	await expect(status).toHaveText('Registriert am 10. Februar 2026.');
	await expect(page.getByRole('heading', { name: 'Das tun Sie heute' })).toBeHidden();
});

test('management: the last training gives the next one due, as a calendar file; bad days are refused', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await seedCompany(page);
	await page.goto('/readiness/management/?id=reg-1');
	await expect(page.getByRole('heading', { level: 1, name: /Pflichten der Geschäftsleitung/ })).toBeVisible();
	await expect(page.getByTestId('management-next-training')).toHaveText('Noch keine Schulung eingetragen. Planen Sie die erste bald und tragen Sie danach den Tag ein.');

	await page.getByLabel('Gebilligt von').fill('Maria Müller, Geschäftsführerin');
	await page.getByLabel('Gebilligt am').fill('2099-05-01');
	await expect(page.getByText('Dieser Tag liegt in der Zukunft. Tragen Sie ein, wann es stattgefunden hat.')).toBeVisible();
	await page.getByLabel('Gebilligt am').fill('2026-04-20');
	await expect(page.getByText('Dieser Tag liegt in der Zukunft.')).toBeHidden();

	// 15 June 2025 + three years = 15 June 2028.
	await page.getByLabel('Letzte Schulung am').fill('2025-06-15');
	await page.getByLabel('Teilgenommen haben').fill('Maria Müller, Jan Müller');
	await expect(page.getByTestId('management-next-training')).toHaveText('Nächste Schulung fällig bis 15. Juni 2028.');
	await expectSaved(page);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Termin in den Kalender (.ics)' }).click()]);
	const path = await download.path();
	const ics = readFileSync(path!, 'utf8');
	expect(ics).toContain('DTSTART;VALUE=DATE:20280615\r\n');
	expect(ics).toContain('DTEND;VALUE=DATE:20280616\r\n');
	expect(ics).toContain('UID:management-training-reg-1@kmu-cyber-check');

	await page.reload();
	await expect(page.getByLabel('Gebilligt von')).toHaveValue('Maria Müller, Geschäftsführerin');
	await expect(page.getByLabel('Gebilligt am')).toHaveValue('2026-04-20');
	await expect(page.getByTestId('management-next-training')).toHaveText('Nächste Schulung fällig bis 15. Juni 2028.');

	await expectAccessible(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
	expect(overflow).toBe(false);
});
