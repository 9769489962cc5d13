import { expect, test, type Page } from './helpers/test';
import { expectAccessible } from './helpers/axe';
import { answerAllParts, catalogue, consultationRecord, createCheck, record, seed, seedClients, type Status } from './helpers/app';

// Every page at a small phone, a phone and a tablet (touch): nothing wider than the screen,
// and axe clean at each width.
const all = (status: Status, except: Record<string, Status> = {}) =>
	Object.fromEntries(catalogue.requirements.map((r) => [r.id, except[r.id] ?? status])) as Record<string, Status>;

async function seedProviderData(page: Page) {
	await page.goto('/');
	const stamp = '2026-11-01T09:00:00.000Z';
	await seedClients(page, [{ id: 'c1', company: { name: 'Tischlerei Holz KG' }, createdAt: stamp, updatedAt: stamp, revision: 1 }]);
	await seed(page, [
		record('self', 'Bäckerei Kranz GmbH', all('fulfilled', { '03': 'not_fulfilled', '10': 'not_fulfilled', '14': 'not_fulfilled' })),
		consultationRecord('first', 'c1', 'Tischlerei Holz KG', all('fulfilled', { '03': 'not_fulfilled', '20': 'not_fulfilled' }), '2026-11-03T09:00:00.000Z'),
		consultationRecord('second', 'c1', 'Tischlerei Holz KG', all('fulfilled', { '20': 'not_fulfilled' }), '2026-11-03T15:30:00.000Z', 'first')
	]);
}

const pages: [string, string][] = [
	['home', '/'],
	['topic', '/check/?id=self&topic=identity'],
	['results', '/results/?id=self'],
	['NIS-2', '/nis2/?id=self'],
	['catalogue', '/catalogue/'],
	['clients', '/clients/'],
	['client', '/client/?id=c1'],
	['compare', '/compare/?a=first&b=second'],
	['consultation', '/consultation/?id=second'],
	['provider', '/provider/']
];

for (const width of [320, 390, 1024]) {
	test.describe(`at ${width} px with touch`, () => {
		test.use({ viewport: { width, height: width < 1000 ? 740 : 768 }, hasTouch: true });

		test('no page is wider than the screen, and every page passes axe', async ({ page }) => {
			test.slow();
			await seedProviderData(page);
			for (const [name, path] of pages) {
				await page.goto(path);
				await expect(page.locator('html[data-ready]')).toBeAttached();
				await expect(page.locator('main h1').first()).toBeVisible();
				await expect(page.getByRole('status').filter({ hasText: /^Wird geladen/ })).toHaveCount(0);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
				await expectAccessible(page);
			}
		});
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 740 }, hasTouch: true });

	test('"weiter" lands on the next topic with its first question in view and focus on its heading', async ({ page }) => {
		await createCheck(page, 'Flow GmbH');
		for (const r of catalogue.requirements.filter((q) => q.topic === 'organisation')) {
			if (r.precondition) await page.locator(`input[name="req-${r.id}-pre"][value="yes"]`).tap();
			await answerAllParts(page, r.id, 'Erfüllt');
		}
		await page.getByRole('link', { name: /Identitäts- und Berechtigungsmanagement →/ }).tap();
		const heading = page.getByRole('heading', { level: 2, name: 'Identitäts- und Berechtigungsmanagement' });
		await expect(heading).toBeFocused();
		const first = catalogue.requirements.find((q) => q.topic === 'identity')!;
		await expect(heading).toBeInViewport();
		await expect(page.locator(`#req-${first.id} fieldset`).first()).toBeInViewport();
		// Notes and explanations are folded; the page is questions, not empty fields.
		await expect(page.locator('textarea:visible')).toHaveCount(0);
	});

	test('the navigation folds into a menu that opens, closes with Escape, and holds the language switch', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
		const toggle = page.getByRole('button', { name: 'Menü' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.tap();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('link', { name: 'Anbieterprofil' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(toggle).toBeFocused();
		await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
		await toggle.tap();
		await page.getByRole('link', { name: 'Beratung' }).tap();
		await expect(page).toHaveURL(/\/clients\//);
		await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
	});
});

async function createProvider(page: Page) {
	await page.goto('/provider/');
	await page.getByLabel('Firma des IT-Dienstleisters').fill('IT-Service Nord GmbH');
	await page.getByLabel('Beraterin oder Berater').fill('Jana Berg');
	await page.getByLabel('Beraterin oder Berater').blur();
	await expect(page.getByText(/gespeichert/i).first()).toBeVisible();
}

test('the provider profile stays in the navigation once it exists', async ({ page }) => {
	await createProvider(page);
	await page.goto('/');
	await page.getByRole('link', { name: 'Anbieterprofil' }).click();
	await expect(page.getByLabel('Firma des IT-Dienstleisters')).toHaveValue('IT-Service Nord GmbH');
});

test('a re-assessment confirms a topic\'s unchanged answers at once and shows last time\'s notes', async ({ page }) => {
	await createProvider(page);
	const stamp = '2026-11-01T09:00:00.000Z';
	await seedClients(page, [{ id: 'c1', company: { name: 'Tischlerei Holz KG' }, createdAt: stamp, updatedAt: stamp, revision: 1 }]);
	const first = { ...consultationRecord('first', 'c1', 'Tischlerei Holz KG', all('fulfilled'), stamp), notes: { '03': 'Notfallkarte hängt in der Werkstatt.' } };
	await seed(page, [first]);
	await page.goto('/client/?id=c1');
	await page.getByRole('button', { name: 'Wiederholungsprüfung beginnen' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Information' })).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/check/?id=${id}&topic=organisation`);
	const organisation = catalogue.requirements.filter((q) => q.topic === 'organisation');
	await expect(page.locator('#req-03').getByText('Notiz der letzten Prüfung: Notfallkarte hängt in der Werkstatt.')).toBeVisible();
	await expect(page.getByText('Antwort aus der letzten Prüfung übernommen')).toHaveCount(organisation.length);
	await page.getByRole('button', { name: `Alle ${organisation.length} übernommenen Antworten dieses Themas bestätigen` }).click();
	await expect(page.getByText('Alle übernommenen Antworten dieses Themas sind bestätigt.')).toBeVisible();
	await expect(page.getByText('Antwort aus der letzten Prüfung übernommen')).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('Antwort aus der letzten Prüfung übernommen')).toHaveCount(0);
	// The other topics still wait for confirmation.
	await page.goto(`/check/?id=${id}&topic=identity`);
	await expect(page.getByText('Antwort aus der letzten Prüfung übernommen').first()).toBeVisible();
});

test('the home page lists self-checks once, each with one primary action, and points to the consultations', async ({ page }) => {
	await seedProviderData(page);
	await page.reload();
	await expect(page.getByRole('article')).toHaveCount(1);
	await expect(page.getByTestId('consultations-elsewhere')).toContainText('(2)');
	const card = page.getByRole('article').filter({ hasText: 'Bäckerei Kranz GmbH' });
	// Complete: the result leads; editing and file actions are secondary or folded away.
	await expect(card.locator('.primary')).toHaveCount(1);
	await expect(card.locator('.primary')).toHaveText('Ergebnis');
	await expect(card.getByRole('button', { name: 'Löschen', exact: true })).toBeHidden();
	await page.getByRole('link', { name: 'Zu den Kunden' }).click();
	await expect(page.getByRole('link', { name: 'Tischlerei Holz KG' })).toBeVisible();
});
