import { createCheck, answerAllParts } from './helpers/app';
import { expect, test } from './helpers/test';

test('closing the page in the middle of a burst of answers loses nothing that was shown as saved', async ({ context, page }) => {
	const id = await createCheck(page, 'Schnell & Weg GmbH');
	// A burst: every part of the first topic answered at once, faster than any write.
	await page.evaluate(() => {
		for (const input of document.querySelectorAll<HTMLInputElement>('input[value="fulfilled"], input[value="yes"]')) input.click();
	});
	await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved');
	const shownAsSaved = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`));
	expect(shownAsSaved.length).toBeGreaterThanOrEqual(10);

	// A second burst on the next topic, and the tab is closed at once, without any unload handler.
	await page.goto(`/check/?id=${id}&topic=identity`);
	await page.evaluate(() => {
		for (const input of document.querySelectorAll<HTMLInputElement>('input[value="not_fulfilled"]')) input.click();
	});
	await page.close({ runBeforeUnload: false });

	const again = await context.newPage();
	await again.goto(`/check/?id=${id}&topic=organisation`);
	await expect(again.locator('#topic-heading')).toHaveText('Organisation & Sensibilisierung');
	const stored = await again.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`));
	expect(stored).toEqual(expect.arrayContaining(shownAsSaved));
	expect(stored.length).toBe(shownAsSaved.length);
});

test('leaving while an answer is not stored yet asks first', async ({ page }) => {
	await createCheck(page, 'Nachfrage KG');
	// Transactions that never report completion, so an answer stays unsaved.
	await page.evaluate(() => {
		const open = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (...args: Parameters<typeof open>) {
			const transaction = open.apply(this, args);
			Object.defineProperty(transaction, 'oncomplete', { set() {}, get: () => null });
			return transaction;
		};
	});
	await answerAllParts(page, '01', 'Erfüllt');
	await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saving');
	const dialog = page.waitForEvent('dialog');
	void page.close({ runBeforeUnload: true });
	const asked = await dialog;
	expect(asked.type()).toBe('beforeunload');
	await asked.dismiss();
});
