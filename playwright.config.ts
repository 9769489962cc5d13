import { defineConfig, devices } from '@playwright/test';

// The tests run against the production build (npm run build), served twice: at the root and
// in a sub-folder, because the app must work wherever a company or consultancy hosts it.
// E2E_PORT moves all three servers (to run two checkouts' suites side by side).
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4310);
export const SUBFOLDER_PORT = ROOT_PORT + 1;
export const SUBFOLDER = '/tools/check/';
// A consultancy's website on another origin that embeds the app.
export const HOST_PORT = ROOT_PORT + 2;

// `npx playwright install` cannot download browsers here: use the system Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://localhost:${ROOT_PORT}`,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		trace: 'retain-on-failure',
		// Installing the worker precaches the whole app (about 280 files) in every test's fresh
		// context, a quarter of the suite's time. Only the tests of offline use and updates need
		// it; they allow it with test.use({ serviceWorkers: 'allow' }) and use the real worker.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: [
		{ command: `node scripts/serve.mjs --port ${ROOT_PORT} --host localhost`, url: `http://localhost:${ROOT_PORT}/`, reuseExistingServer: false },
		{ command: `node scripts/serve.mjs --port ${SUBFOLDER_PORT} --host localhost --base ${SUBFOLDER}`, url: `http://localhost:${SUBFOLDER_PORT}${SUBFOLDER}`, reuseExistingServer: false },
		{ command: `node scripts/serve.mjs --dir tests/e2e/fixtures/host --port ${HOST_PORT} --host 0.0.0.0`, url: `http://127.0.0.1:${HOST_PORT}/`, reuseExistingServer: false }
	]
});
