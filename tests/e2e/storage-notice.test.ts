// The notice that the browser may clear its storage: only after the first saved answer, in
// plain words with what to do, and once dismissed it stays away.
import { expect, test } from './helpers/test';
import { answerAllParts, createCheck, expectSaved } from './helpers/app';

test.beforeEach(async ({ page }) => {
	// A browser that refuses persistent storage.
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'storage', {
			value: { ...navigator.storage, persisted: async () => false, persist: async () => false, estimate: navigator.storage.estimate.bind(navigator.storage) }
		});
	});
});

test('shows after the first saved answer, says what to do, and stays dismissed after a reload', async ({ page }) => {
	await createCheck(page, 'Hinweis GmbH');
	const notice = page.getByText(/Ihr Browser darf hier gespeicherte Daten löschen/);
	await expect(page.locator('#topic-heading')).toBeVisible();
	await expect(notice).toHaveCount(0);
	await answerAllParts(page, '03', 'Erfüllt');
	await expectSaved(page);
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('Sicherung aller Checks');
	await page.getByRole('button', { name: 'Verstanden' }).click();
	await expect(notice).toHaveCount(0);
	await page.reload();
	await expect(page.locator('#topic-heading')).toBeVisible();
	// Give the (asynchronous) storage check time to show it, were it not remembered.
	await page.waitForTimeout(700);
	await expect(notice).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(notice).toHaveCount(0);
});
