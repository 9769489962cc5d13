// The Playwright `test` of this project:
// - page.goto and page.reload wait until the app is hydrated (<html data-ready>), so a test
//   never types into a form before its handlers exist;
// - every Content-Security-Policy violation on any page of the test fails the test, so the
//   whole suite proves the policy holds (a test that provokes one on purpose says so with
//   `test.info().annotations.push({ type: 'csp-violation-expected' })`).
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

async function ready(page: Page) {
	if (!new URL(page.url()).protocol.startsWith('http')) return;
	// Only the app's pages (they link its manifest) get ready; a host page or a PDF does not.
	const isApp = await page.evaluate(() => !!document.querySelector('link[rel="manifest"]')).catch(() => false);
	if (isApp) await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
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

/** Reports every CSP violation of every page in the context to `violations`. */
async function watchCsp(context: BrowserContext, violations: string[]) {
	await context.exposeBinding('__kmuReportCsp', (source, text: string) => {
		violations.push(`${source.page?.url() ?? ''}: ${text}`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __kmuReportCsp: (t: string) => void }).__kmuReportCsp(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`
			);
		});
	});
}

export const test = base.extend<{ cspViolations: string[] }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies this way
	cspViolations: async ({}, use) => {
		await use([]);
	},
	context: async ({ context, cspViolations }, use) => {
		await watchCsp(context, cspViolations);
		context.on('page', (page) => waitingForReady(page));
		await use(context);
	},
	page: async ({ page, cspViolations }, use, testInfo) => {
		await use(waitingForReady(page));
		if (!testInfo.annotations.some((a) => a.type === 'csp-violation-expected')) {
			expect(cspViolations, `Content-Security-Policy violations:\n${cspViolations.join('\n')}`).toEqual([]);
		}
	}
});

export { expect, waitingForReady, watchCsp };
export type { BrowserContext, Page } from '@playwright/test';
