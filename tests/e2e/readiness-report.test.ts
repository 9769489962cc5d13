// The readiness workspace as a whole: reached from the NIS-2 result, its overview says where
// each part stands, and the readiness report comes out as PDF and Word file. A company whose
// result does not call for it is told why; an uncertain one works provisionally.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './helpers/axe';
import { record, seed, type Status } from './helpers/app';
import { docxText, storedNis2 } from './helpers/nis2';
import { downloadReport, pdfText } from './helpers/pdf';

// As the NIS-2 page stores it once answered (its result is decided again when the check is opened).
const nis2 = (staff: number | null, category: string) =>
	storedNis2(['A2-5.4.1'], { staff, turnoverEur: staff === null ? null : 5_000_000, balanceSheetEur: staff === null ? null : 5_000_000 }, category, category === 'uncertain' ? ['important', 'not_affected'] : []);

// Every DIN requirement fulfilled except 11 (regular backups).
const answers = Object.fromEntries(Array.from({ length: 27 }, (_, i) => String(i + 1).padStart(2, '0')).map((id) => [id, (id === '11' ? 'not_fulfilled' : 'fulfilled') as Status]));

async function seedCompanies(page: Page) {
	await page.goto('/');
	await seed(page, [
		// A machinery maker (Anlage 2) with 60 staff: medium, so important.
		{ ...record('ready-1', 'Maschinenbau Nord GmbH', answers), nis2: nis2(60, 'important') },
		// The same with 10 staff and 5m / 5m: small, so not affected.
		{ ...record('ready-2', 'Kleinbetrieb Süd', answers), nis2: nis2(10, 'not_affected') },
		// Size unknown: important if medium, not affected if small – uncertain.
		{ ...record('ready-3', 'Unklar & Co.', answers), nis2: nis2(null, 'uncertain') }
	]);
}

test('from the NIS-2 result to the workspace, where each part stands, and the readiness report', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await seedCompanies(page);
	await page.goto('/nis2/?id=ready-1');
	await expect(page.getByTestId('nis2-category')).toHaveAttribute('data-category', 'important');
	await page.getByRole('link', { name: 'Zur NIS-2-Umsetzung' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'NIS-2-Umsetzung' })).toBeVisible();
	const parts = page.locator('.parts > li');
	await expect(parts).toHaveCount(4);
	// In scope since 6 Dec 2025: registration was due on 6 March 2026.
	await expect(parts.nth(0)).toContainText('Überfällig');
	await expect(parts.nth(0)).toContainText('0 von 10 Angaben gesammelt');
	// Only measure 3 (backups, DIN 11 not fulfilled) is open; the others wait for questions the DIN check does not cover.
	await expect(parts.nth(1)).toContainText('0 erfüllt · 0 teilweise · 1 offen · 9 nicht bewertet');
	await expect(parts.nth(1)).toContainText('27 Antworten aus dem DIN-Check noch zu bestätigen');
	await expect(parts.nth(2)).toContainText('Billigung durch die Geschäftsleitung noch nicht erfasst');
	await expect(parts.nth(3)).toContainText('Keine Sicherheitsvorfälle erfasst.');
	await expectAccessible(page);

	const pdf = pdfText(await downloadReport(page, 'Umsetzungsbericht als PDF')).replace(/\s+/g, ' ');
	expect(pdf).toContain('NIS-2-Umsetzungsbericht');
	expect(pdf).toContain('Maschinenbau Nord GmbH');
	expect(pdf).toContain('Wichtige Einrichtung');
	expect(pdf).toContain('0 erfüllt · 0 teilweise · 1 offen · 9 nicht bewertet');
	expect(pdf).toContain('kein Nachweis');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Umsetzungsbericht als Word-Datei (DOCX)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/\.docx$/);
	const word = (await docxText((await download.path())!)).replace(/\s+/g, ' ');
	expect(word).toContain('NIS-2-Umsetzungsbericht');
	expect(word).toContain('Aufrechterhaltung des Betriebs');
});

test('a company the result does not call for is told why; an uncertain one works provisionally', async ({ page }) => {
	await seedCompanies(page);
	await page.goto('/readiness/?id=ready-2');
	await expect(page.getByText(/nicht als besonders wichtige oder wichtige Einrichtung betroffen/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Zur NIS-2-Prüfung' })).toBeVisible();
	await expect(page.locator('.parts')).toHaveCount(0);

	await page.goto('/readiness/?id=ready-3');
	await expect(page.getByTestId('readiness-provisional')).toContainText('Vorläufig');
	await expect(page.locator('.parts > li')).toHaveCount(4);
	await expectAccessible(page);
});
