import { expect, test, type BrowserContext, type Page } from './helpers/test';
import { ROOT_PORT, SUBFOLDER, SUBFOLDER_PORT } from '../../playwright.config';

// These tests are about the service worker: allow it (the suite blocks it, playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

// After one visit the service worker has precached the whole build: every page opens offline,
// at the root and in a sub-folder, even when the first visit landed on a deep page.
const sites = [
	{ name: 'at the root', base: `http://localhost:${ROOT_PORT}/` },
	{ name: `in the sub-folder ${SUBFOLDER}`, base: `http://localhost:${SUBFOLDER_PORT}${SUBFOLDER}` }
];

async function waitForOfflineReady(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
}

async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
}

for (const site of sites) {
	test(`works offline after one visit ${site.name}`, async ({ page, context }) => {
		// The first visit lands on a deep page.
		await page.goto(`${site.base}catalogue/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Die 27 Anforderungen');
		await waitForOfflineReady(page);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(scope).toBe(site.base);

		await goOffline(context);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Die 27 Anforderungen');

		// Navigate inside the app, then load the home page directly, and a page with a query.
		await page.getByRole('link', { name: 'Start' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie sicher ist Ihre IT?');
		await page.goto(site.base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie sicher ist Ihre IT?');
		await page.goto(`${site.base}catalogue/?from=offline-test#topic-backup`);
		await expect(page.getByRole('heading', { name: /Datensicherung/, level: 2 })).toBeVisible();
	});
}

test('the manifest makes the app installable from any folder', async ({ request }) => {
	const manifest = await (await request.get(`http://localhost:${SUBFOLDER_PORT}${SUBFOLDER}manifest.webmanifest`)).json();
	expect(manifest).toMatchObject({ name: 'KMU Cyber-Check', short_name: 'Cyber-Check', start_url: './', scope: './', display: 'standalone' });
	const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
	expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	for (const icon of manifest.icons) {
		const response = await request.get(`http://localhost:${SUBFOLDER_PORT}${SUBFOLDER}${icon.src}`);
		expect(response.headers()['content-type']).toBe('image/png');
	}
});
