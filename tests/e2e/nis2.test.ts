import { expect, test, type Page } from './helpers/test';
import { expectAccessible } from './helpers/axe';
import { expectSaved, record, seed } from './helpers/app';
import { downloadReport, pdfPages, pdfText, renderPages } from './helpers/pdf';
import { ROOT_PORT } from '../../playwright.config';
import { readFileSync } from 'node:fs';
import { category, chooseActivity, docxText, size, specials, startCompany, today } from './helpers/nis2';

const rules = JSON.parse(readFileSync('questions/nis2/2025-12-r2.json', 'utf8')) as { specialTypes: { id: string; question: { de: string; en: string } }[] };

const DISCLAIMER = 'Diese Prüfung ist eine Orientierungshilfe und keine Rechtsberatung.';

/** The paragraphs are in the specialists' section, folded on screen. */
async function openExpert(page: Page) {
	await page.getByText('Für Fachleute: Regeln, Rechtsgrundlagen und Quellen').click();
}

test('starting the check shows nothing chosen and no verdict until the activity step is answered', async ({ page }) => {
	await startCompany(page, 'Leer GmbH');
	await expect(page.locator('input[type="radio"]')).not.toHaveCount(0);
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
	await expect(page.locator('input[type="checkbox"]:checked')).toHaveCount(0);
	await expect(category(page)).toHaveCount(0);
	await expect(page.getByTestId('nis2-missing')).toContainText('Noch kein Ergebnis');
	await expect(page.getByTestId('nis2-bar')).toContainText('noch keines');
	// Answering the size alone is no answer to the activity step.
	await size(page, '5', '300.000', '200.000');
	await expect(category(page)).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Keine dieser Tätigkeiten übt unser Unternehmen aus' }).check();
	// The special questions are still open: a KRITIS installation, for one, could make it essential.
	await expect(category(page)).toHaveAttribute('data-category', 'uncertain');
	await expect(page.getByTestId('nis2-open')).toContainText('6 Fragen zu besonderen Einrichtungen');
	await specials(page);
	await expect(category(page)).toHaveAttribute('data-category', 'not_affected');
	await expect(page.getByTestId('nis2-open')).toHaveCount(0);
});

test('a sector shows its rows with their explanations when opened, and search finds words of the examples', async ({ page }) => {
	await startCompany(page, 'Praxis Dr. Berg');
	const health = page.locator('details.sector').filter({ hasText: 'Gesundheit' }).first();
	await expect(health.getByText('Gesundheitsdienstleister')).toBeHidden();
	await health.locator('summary').click();
	await expect(health.getByText(/Apotheken zählen dazu/)).toBeVisible();
	await expect(health.getByText(/Zum Beispiel: Krankenhaus; Medizinisches Versorgungszentrum/)).toBeVisible();
	// "Versorgungszentrum" is only in the examples.
	await page.getByLabel('Tätigkeiten durchsuchen').fill('Versorgungszentrum');
	await expect(page.getByRole('group', { name: /Trifft „Gesundheitsdienstleister“/ })).toBeVisible();
	await expect(page.getByText('1 von 67 Tätigkeiten angezeigt')).toBeVisible();
});

test('each special-type question is the rules file\'s own sentence, in German and in English', async ({ page }) => {
	await startCompany(page, 'Sätze GmbH');
	const legends = () => page.getByTestId('special-question').locator('legend').allInnerTexts();
	expect(await legends()).toEqual(rules.specialTypes.map((s) => s.question.de));
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: '1. Activities' })).toBeVisible();
	await expect.poll(legends).toEqual(rules.specialTypes.map((s) => s.question.en));
	for (const legend of await legends()) expect(legend).toMatch(/^[A-Z][^?]+\?$/);
});

test('a 20-person bakery supplying shops is not affected, and the result is kept with its check', async ({ page }) => {
	await startCompany(page, 'Bäckerei Sonnenschein');
	// Even if the bakery counts itself as food production, it is small: size caps the Anlage rules.
	await chooseActivity(page, 'Lebensmittel', /Trifft „.*Lebensmittel.*“/);
	await specials(page);
	await size(page, '20', '1,8 Mio.', '900.000');
	await expect(category(page)).toHaveAttribute('data-category', 'not_affected');
	await expect(category(page)).toContainText('Nicht unmittelbar betroffen');
	await expect(page.getByText(/Größenklasse nach Ihren Angaben: klein/)).toBeVisible();
	await openExpert(page);
	await expect(page.getByText(/Rechtsstand: 6\. Dezember 2025/)).toBeVisible();
	await expect(page.getByText(/keine Rechtsberatung/i).first()).toBeVisible();
	await expectSaved(page);
	// A negative result is worth filing too: the same document as for any other result.
	const pdf = await downloadReport(page, 'Ergebnis als PDF');
	expect(pdf).toMatch(/nis2-ergebnis-baeckerei-sonnenschein-\d{4}-\d{2}-\d{2}\.pdf$/);
	const text = pdfText(pdf).replace(/\s+/g, ' ');
	for (const words of ['Nicht unmittelbar betroffen', `Dokument erstellt am ${today()}`, 'Regelwerk bsig-2025-12-r2, Fassung 2', 'Regel R-NONE · Rechtsgrundlage: § 28 BSIG', 'Lebensmittel-Großhandel', DISCLAIMER]) {
		expect(text, words).toContain(words);
	}

	await page.reload();
	await expect(category(page)).toHaveAttribute('data-category', 'not_affected');
	await expect(page.getByLabel('Jahresumsatz ohne Umsatzsteuer', { exact: true })).toHaveValue('1.800.000');
	await page.goto('/');
	await expect(page.getByRole('article').filter({ hasText: 'Bäckerei Sonnenschein' })).toContainText('NIS-2: nicht unmittelbar betroffen');
});

test('a 60-person machinery maker is an important entity, and its DIN results show the NIS-2 measures', async ({ page }) => {
	const id = await startCompany(page, 'Maschinenbau Huber GmbH');
	await chooseActivity(page, 'Maschinenbau', /Trifft „.*Maschinen.*“/);
	await specials(page);
	await size(page, '60', '8 Mio.', '6.000.000 €');
	await expect(category(page)).toHaveAttribute('data-category', 'important');
	await expect(category(page)).toContainText('Wichtige Einrichtung');
	// Plain words first; the paragraphs only in the specialists' section.
	await expect(page.getByRole('heading', { name: 'Was Sie jetzt tun sollten' })).toBeVisible();
	await expect(page.getByText('§ 28 Abs. 2 Nr. 3 BSIG')).toBeHidden();
	await openExpert(page);
	await expect(page.getByText('§ 28 Abs. 2 Nr. 3 BSIG', { exact: false }).first()).toBeVisible();
	// Each fine once.
	await expect(page.getByTestId('nis2-fines').getByText(/^Bis zu 7\.000\.000\s€/)).toHaveCount(1);
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

test('a decided result downloads as PDF and as Word file, made on the device', async ({ page }) => {
	await startCompany(page, 'Maschinenbau Köhler GmbH');
	await chooseActivity(page, 'Maschinenbau', /Trifft „.*Maschinen.*“/);
	await specials(page);
	await size(page, '60', '8 Mio.', '6 Mio.');
	await expect(category(page)).toHaveAttribute('data-category', 'important');
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));

	const pdf = await downloadReport(page, 'Ergebnis als PDF');
	expect(pdf).toMatch(/nis2-ergebnis-maschinenbau-koehler-gmbh-\d{4}-\d{2}-\d{2}\.pdf$/);
	const pages = pdfPages(pdf);
	expect(renderPages(pdf)).toBe(pages);
	const layout = pdfText(pdf);
	const text = layout.replace(/\s+/g, ' ');
	for (const words of [
		'Wichtige Einrichtung',
		`Dokument erstellt am ${today()}`,
		'BSI-Gesetz (BSIG) in der Fassung vom Dezember 2025',
		'Regelwerk bsig-2025-12-r2, Fassung 2',
		'Regel R-ANLAGE-MEDIUM · Rechtsgrundlage: § 28 Abs. 2 Nr. 3 BSIG',
		'Erhebliche Sicherheitsvorfälle melden',
		'innerhalb von 24 Stunden',
		'Maschinenbau Köhler GmbH',
		DISCLAIMER
	]) {
		expect(text, words).toContain(words);
	}
	for (let p = 1; p <= pages; p++) expect(layout).toContain(`Seite ${p} von ${pages}`);

	const docx = await downloadReport(page, 'Ergebnis als Word-Datei (DOCX)');
	expect(docx).toMatch(/nis2-ergebnis-maschinenbau-koehler-gmbh-\d{4}-\d{2}-\d{2}\.docx$/);
	await expect(page.getByText(/^Dokument erstellt: .*\.docx$/)).toBeVisible();
	const word = await docxText(docx);
	for (const words of ['Wichtige Einrichtung', today(), 'Regelwerk bsig-2025-12-r2, Fassung 2', '§ 28 Abs. 2 Nr. 3 BSIG', 'Erhebliche Sicherheitsvorfälle melden', DISCLAIMER]) {
		expect(word, words).toContain(words);
	}
	// Made here: nothing was asked of another origin.
	const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url.replace(/^blob:/, '')).origin !== `http://localhost:${ROOT_PORT}`);
	expect(foreign).toEqual([]);
});

test('an open result downloads with what to clarify, in English too', async ({ page }) => {
	await startCompany(page, 'Unklar GmbH');
	await chooseActivity(page, 'Maschinenbau', /Trifft „.*Maschinen.*“/);
	await specials(page);
	await page.getByRole('checkbox', { name: /Beschäftigte.*Weiß nicht/ }).check();
	await expect(category(page)).toHaveAttribute('data-category', 'uncertain');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: '1. Activities' })).toBeVisible();
	const word = await docxText(await downloadReport(page, 'Result as Word file (DOCX)'));
	for (const words of ['Not yet clear – please clarify', 'What you should clarify', 'Rules bsig-2025-12-r2', 'This check is an orientation aid, not legal advice.']) {
		expect(word, words).toContain(words);
	}
});

test('a 3-person web hoster running DNS for its customers is an essential entity, whatever its size', async ({ page }) => {
	await startCompany(page, 'Webhosting Klein');
	await chooseActivity(page, 'DNS', /Trifft „DNS-Diensteanbieter.*“/);
	await specials(page);
	await page.getByRole('group', { name: /DNS-Dienste für andere/ }).getByRole('radio', { name: 'Ja', exact: true }).check();
	await size(page, '3', '400.000', '250.000');
	await expect(category(page)).toHaveAttribute('data-category', 'essential');
	await expect(category(page)).toContainText('Besonders wichtige Einrichtung');
	await openExpert(page);
	await expect(page.getByText('§ 28 Abs. 1 Nr. 2 BSIG', { exact: false }).first()).toBeVisible();
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
	await specials(page);
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
	await page.getByRole('group', { name: /DNS-Dienste für andere/ }).getByRole('radio', { name: 'Nein', exact: true }).check();
	await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie diese Angaben' })).toBeVisible();
	// … and named at the question it concerns.
	await page.getByLabel('Tätigkeiten durchsuchen').fill('DNS');
	await expect(page.locator('[id^="row-"]').filter({ hasText: 'Bitte prüfen:' })).toContainText('DNS');
});

test('the NIS-2 pages pass axe and the result prints as documentation', async ({ page }) => {
	await page.goto('/nis2/');
	await expectAccessible(page);
	await startCompany(page, 'Druck GmbH');
	await expectAccessible(page);
	await page.getByRole('checkbox', { name: 'Keine dieser Tätigkeiten übt unser Unternehmen aus' }).check();
	await specials(page);
	await size(page, '5', '300.000', '200.000');
	await expect(category(page)).toHaveAttribute('data-category', 'not_affected');
	await expectAccessible(page);
	// Printing opens every folded layer: the specialists' section is part of the documentation.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText(/Rechtsstand: 6\. Dezember 2025/)).toBeVisible();
	await expect(page.getByRole('heading', { name: '1. Tätigkeiten' })).toBeHidden();
	await expect(category(page)).toBeVisible();
	await expect(page.getByText(/Dokumentation erstellt am/)).toBeVisible();
	await expect(page.getByRole('heading', { name: '4. Ergebnis' })).toBeVisible();
});

test('on a 390 px phone the current verdict stays in view of the question just answered', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await startCompany(page, 'Handy GmbH');
	const bar = page.getByTestId('nis2-bar');
	await chooseActivity(page, 'Maschinenbau', /Trifft „.*Maschinen.*“/);
	await expect(bar).toBeInViewport();
	await expect(bar).toContainText('Punkte zu klären');
	const kritis = page.getByRole('group', { name: /kritische Anlage/ });
	await kritis.getByRole('radio', { name: 'Nein', exact: true }).check();
	await expect(kritis).toBeInViewport();
	await expect(bar).toBeInViewport();
	await specials(page);
	await size(page, '60', '8 Mio.', '6 Mio.');
	await expect(page.getByLabel('Jahresbilanzsumme', { exact: true })).toBeInViewport();
	await expect(bar).toBeInViewport();
	await expect(bar).toContainText('wichtige Einrichtung');
});

test('a result stored under the previous revision of the rules is recomputed, and the change is told', async ({ page }) => {
	await page.goto('/');
	// A large bank, classified by revision 1 with the BSIG duties that DORA displaces.
	const profile = {
		activities: ['A1-3.1.1'],
		negligibleActivities: [],
		kritisOperator: 'no',
		trustServiceProvider: 'no',
		tldRegistry: 'no',
		dnsServiceProvider: 'no',
		publicTelecom: 'no',
		domainRegistrar: 'no',
		size: { staff: 300, turnoverEur: 60_000_000, balanceSheetEur: 900_000_000, linked: [], partners: [], itIndependent: 'no' }
	};
	const nis2 = { rulesId: 'bsig-2025-12', legalState: '2025-12-06', profile, updatedAt: '2026-11-02T09:00:00.000Z', result: { category: 'essential', possibleCategories: ['essential'] } };
	await seed(page, [{ ...record('bank-r1', 'Regionalbank eG', {}), nis2 }]);
	await page.goto('/nis2/?id=bank-r1');
	const notice = page.getByText('Die Prüfregeln wurden korrigiert.');
	await expect(notice).toBeVisible();
	await expect(page.getByText(/Einordnung bisher: besonders wichtige Einrichtung – jetzt: besonders wichtige Einrichtung/)).toBeVisible();
	await expect(page.getByText(/Entfallen: .*Risikomanagement/)).toBeVisible();
	await expect(page.getByTestId('nis2-removed-duties')).toContainText('DORA');
	await page.getByRole('button', { name: 'Zur Kenntnis genommen' }).click();
	await expect(notice).toBeHidden();
	await expectSaved(page);
	await page.reload();
	await expect(category(page)).toHaveAttribute('data-category', 'essential');
	await expect(notice).toBeHidden();
});
