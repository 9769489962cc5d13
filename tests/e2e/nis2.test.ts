import { expect, test, type Page } from './helpers/test';
import { expectAccessible } from './helpers/axe';
import { expectSaved } from './helpers/app';

async function startCompany(page: Page, name: string) {
	await page.goto('/nis2/');
	await page.getByLabel('Name des Unternehmens').fill(name);
	await page.getByRole('button', { name: 'NIS-2-Prüfung starten' }).click();
	await expect(page.getByRole('heading', { name: '1. Tätigkeiten' })).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

async function chooseActivity(page: Page, search: string, name: RegExp, answer = 'Trifft zu') {
	await page.getByLabel('Tätigkeiten durchsuchen').fill(search);
	await page.getByRole('group', { name }).getByRole('radio', { name: answer, exact: true }).check();
}

async function size(page: Page, staff: string, turnover: string, balance: string) {
	await page.getByLabel('Beschäftigte (Jahresarbeitseinheiten)', { exact: true }).fill(staff);
	await page.getByLabel('Jahresumsatz ohne Umsatzsteuer', { exact: true }).fill(turnover);
	await page.getByLabel('Jahresbilanzsumme', { exact: true }).fill(balance);
}

const category = (page: Page) => page.getByTestId('nis2-category');

test('a 20-person bakery supplying shops is not affected, and the result is kept with its check', async ({ page }) => {
	await startCompany(page, 'Bäckerei Sonnenschein');
	// Even if the bakery counts itself as food production, it is small: size caps the Anlage rules.
	await chooseActivity(page, 'Lebensmittel', /Trifft „.*Lebensmittel.*“/);
	await size(page, '20', '1,8 Mio.', '900.000');
	await expect(category(page)).toHaveAttribute('data-category', 'not_affected');
	await expect(category(page)).toContainText('Nicht unmittelbar betroffen');
	await expect(page.getByText(/Größenklasse nach Ihren Angaben: klein/)).toBeVisible();
	await expect(page.getByText(/Rechtsstand: 6\. Dezember 2025/)).toBeVisible();
	await expect(page.getByText(/keine Rechtsberatung/i).first()).toBeVisible();
	await expectSaved(page);

	await page.reload();
	await expect(category(page)).toHaveAttribute('data-category', 'not_affected');
	await expect(page.getByLabel('Jahresumsatz ohne Umsatzsteuer', { exact: true })).toHaveValue('1.800.000');
	await page.goto('/');
	await expect(page.getByRole('article').filter({ hasText: 'Bäckerei Sonnenschein' })).toContainText('NIS-2: nicht unmittelbar betroffen');
});

test('a 60-person machinery maker is an important entity, and its DIN results show the NIS-2 measures', async ({ page }) => {
	const id = await startCompany(page, 'Maschinenbau Huber GmbH');
	await chooseActivity(page, 'Maschinenbau', /Trifft „.*Maschinen.*“/);
	await size(page, '60', '8 Mio.', '6.000.000 €');
	await expect(category(page)).toHaveAttribute('data-category', 'important');
	await expect(category(page)).toContainText('Wichtige Einrichtung');
	await expect(page.getByText('§28(2) Nr. 3 BSIG', { exact: false }).first()).toBeVisible();
	// Duties with their deadlines.
	await expect(page.getByRole('heading', { name: 'Ihre Pflichten' })).toBeVisible();
	await expect(page.getByText(/innerhalb von 24 Stunden/)).toBeVisible();
	await expect(page.getByText(/innerhalb von 72 Stunden/)).toBeVisible();
	await expect(page.getByText(/innerhalb von 3 Monaten/).first()).toBeVisible();
	await expectSaved(page);
	await expectAccessible(page);

	await page.goto(`/results/?id=${id}`);
	const coverage = page.getByRole('region', { name: /Welche Risikomanagement-Maßnahmen/ });
	await expect(coverage).toBeVisible();
	await expect(coverage).toContainText('Die DIN SPEC 27076 allein erfüllt die NIS-2-Pflichten nicht');
	await expect(coverage.getByRole('row')).toHaveCount(11);
	await expectAccessible(page);
});

test('a 3-person web hoster running DNS for its customers is an essential entity, whatever its size', async ({ page }) => {
	await startCompany(page, 'Webhosting Klein');
	await chooseActivity(page, 'DNS', /Trifft „DNS-Diensteanbieter.*“/);
	await size(page, '3', '400.000', '250.000');
	await expect(category(page)).toHaveAttribute('data-category', 'essential');
	await expect(category(page)).toContainText('Besonders wichtige Einrichtung');
	await expect(page.getByText('§28(1) Nr. 2 BSIG', { exact: false }).first()).toBeVisible();
});

test('number fields take German formats and reject negatives and nonsense at the field', async ({ page }) => {
	await startCompany(page, 'Zahlen AG');
	const turnover = page.getByLabel('Jahresumsatz ohne Umsatzsteuer', { exact: true });
	await turnover.fill('12,5 Mio.');
	await turnover.blur();
	await expect(turnover).toHaveValue('12.500.000');
	await turnover.fill('12500000 €');
	await turnover.blur();
	await expect(turnover).toHaveValue('12.500.000');
	await turnover.fill('-5');
	await expect(page.getByText('Bitte keine negative Zahl eingeben.')).toBeVisible();
	await expect(turnover).toHaveAttribute('aria-invalid', 'true');
	await turnover.fill('zwölf');
	await expect(page.getByText(/Das ist keine Zahl/)).toBeVisible();
	await turnover.fill('12.500.000');
	await expect(turnover).not.toHaveAttribute('aria-invalid', 'true');
});

test('an unknown that matters gives "uncertain" with what to clarify, never a guess', async ({ page }) => {
	await startCompany(page, 'Unsicher GmbH');
	await chooseActivity(page, 'Maschinenbau', /Trifft „.*Maschinen.*“/);
	await page.getByRole('checkbox', { name: /Beschäftigte.*Weiß nicht/ }).check();
	await page.getByRole('checkbox', { name: /Jahresumsatz.*Weiß nicht/ }).check();
	await page.getByRole('checkbox', { name: /Jahresbilanzsumme.*Weiß nicht/ }).check();
	await expect(category(page)).toHaveAttribute('data-category', 'uncertain');
	await expect(page.getByRole('heading', { name: 'Das sollten Sie klären' })).toBeVisible();
	await expect(page.getByText(/Wen fragen:/).first()).toBeVisible();
	await page.getByRole('checkbox', { name: /Beschäftigte.*Weiß nicht/ }).uncheck();
	await page.getByLabel('Beschäftigte (Jahresarbeitseinheiten)', { exact: true }).fill('12');
	// Staff known, money unknown: 12 staff could still be medium by turnover AND balance.
	await expect(category(page)).toHaveAttribute('data-category', 'uncertain');
	await page.getByRole('checkbox', { name: /Jahresumsatz.*Weiß nicht/ }).uncheck();
	await page.getByLabel('Jahresumsatz ohne Umsatzsteuer', { exact: true }).fill('2 Mio.');
	await expect(category(page)).toHaveAttribute('data-category', 'not_affected');
});

test('contradictory answers are pointed out', async ({ page }) => {
	await startCompany(page, 'Widerspruch KG');
	await chooseActivity(page, 'DNS', /Trifft „DNS-Diensteanbieter.*“/);
	await page.getByRole('group', { name: /Sind Sie .*DNS/ }).getByRole('radio', { name: 'Nein', exact: true }).check();
	await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie diese Angaben' })).toBeVisible();
});

test('the NIS-2 pages pass axe and the result prints as documentation', async ({ page }) => {
	await page.goto('/nis2/');
	await expectAccessible(page);
	await startCompany(page, 'Druck GmbH');
	await size(page, '5', '300.000', '200.000');
	await expect(category(page)).toHaveAttribute('data-category', 'not_affected');
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: '1. Tätigkeiten' })).toBeHidden();
	await expect(category(page)).toBeVisible();
	await expect(page.getByText(/Dokumentation erstellt am/)).toBeVisible();
	await expect(page.getByRole('heading', { name: '4. Ergebnis' })).toBeVisible();
});
