// Lighthouse (mobile preset, Debian's Chromium) on pages of the running build, for the bench.
// The profile is prepared with Playwright (a stored check, so the questionnaire and results
// have content) and Lighthouse is told not to clear it.
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * @param {{ origin: string, pages: { name: string, path: string }[], seed: (page: import('@playwright/test').Page) => Promise<void>, executablePath: string }} options
 * @returns {Promise<{ name: string, scores: Record<string, number> }[]>}
 */
export async function runLighthouse({ origin, pages, seed, executablePath }) {
	const profile = mkdtempSync(join(tmpdir(), 'kmu-lighthouse-'));
	try {
		const context = await chromium.launchPersistentContext(profile, { executablePath, args: FLAGS.slice(1), locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await seed(page);
		await context.close();

		const chrome = await launch({ chromePath: executablePath, chromeFlags: FLAGS, userDataDir: profile });
		try {
			const results = [];
			for (const { name, path } of pages) {
				const run = await lighthouse(`${origin}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					disableStorageReset: true,
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
				});
				const categories = run?.lhr.categories ?? {};
				const failing = Object.values(run?.lhr.audits ?? {})
					.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
					.map((a) => a.id);
				const audits = run?.lhr.audits ?? {};
				results.push({
					name,
					scores: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
					metrics: { lcp: audits['largest-contentful-paint']?.numericValue ?? NaN, fcp: audits['first-contentful-paint']?.numericValue ?? NaN },
					failing
				});
			}
			return results;
		} finally {
			await chrome.kill();
		}
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}
