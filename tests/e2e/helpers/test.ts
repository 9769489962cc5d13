// The Playwright `test` of this project: page.goto and page.reload wait until the app is
// hydrated (<html data-ready>), so a test never types into a form before its handlers exist.
import { test as base, expect, type Page } from '@playwright/test';

async function ready(page: Page) {
	if (new URL(page.url()).protocol.startsWith('http')) {
		await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 20_000 }).catch(() => {
			// Pages that are not the app (a PDF, an error page) never get ready; the test decides.
		});
	}
}

function waitingForReady(page: Page): Page {
	const goto = page.goto.bind(page);
	const reload = page.reload.bind(page);
	page.goto = async (...args) => {
		const response = await goto(...args);
		await ready(page);
		return response;
	};
	page.reload = async (...args) => {
		const response = await reload(...args);
		await ready(page);
		return response;
	};
	return page;
}

export const test = base.extend({
	page: async ({ page }, use) => {
		await use(waitingForReady(page));
	},
	context: async ({ context }, use) => {
		context.on('page', (page) => waitingForReady(page));
		await use(context);
	}
});

export { expect, waitingForReady };
export type { BrowserContext, Page } from '@playwright/test';
