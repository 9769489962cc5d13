import { ROOT_PORT } from '../../playwright.config';
import { expect, test } from './helpers/test';
import { expectAccessible } from './helpers/axe';
import { readFileSync } from 'node:fs';
import { record, seed } from './helpers/app';

test('the home page explains the check in German and keeps data on the device', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/KMU Cyber-Check/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie sicher ist Ihre IT?');
	await expect(page.getByRole('heading', { name: 'Ihre Daten bleiben bei Ihnen' })).toBeVisible();
	await expect(page.getByText('30 bis 60 Minuten')).toBeVisible();
});

test.describe('a browser set to British English', () => {
	test.use({ locale: 'en-GB' });

	test('gets English on its first visit, and a choice of German is remembered', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How secure is your IT?');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('button', { name: 'Deutsch' }).click();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie sicher ist Ihre IT?');
	});

	test('gets the action plan as a CSV separated by commas, as English spreadsheet programs expect', async ({ page }) => {
		await page.goto('/');
		await seed(page, [record('csv-en', 'Comma Ltd', { '03': 'not_fulfilled', '10': 'not_fulfilled' })]);
		await page.goto('/results/?id=csv-en');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Action plan as a spreadsheet (CSV)' }).click()]);
		const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
		expect(text.split('\r\n')[0]).toMatch(/^No\.,Requirement,/);
	});
});

test('English can be chosen and is remembered across visits', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How secure is your IT?');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('/catalogue/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The 27 requirements');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: 'Deutsch' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Die 27 Anforderungen');
});

test('the requirements page lists all 27 requirements by topic with the TOP ones marked, and explains the terms', async ({ page }) => {
	await page.goto('/catalogue/');
	// Six topics, then the glossary of the technical terms.
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7);
	await expect(page.getByRole('heading', { level: 2 }).last()).toHaveText('Fachbegriffe kurz erklärt');
	await expect(page.getByRole('article')).toHaveCount(27);
	const topIds = await page.getByRole('article').filter({ has: page.locator('.badge-top') }).locator('.number').allTextContents();
	expect(topIds).toEqual(['01', '05', '11', '15', '20']);
});

for (const path of ['/', '/catalogue/']) {
	test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expectAccessible(page);
		await page.getByRole('button', { name: 'English' }).click();
		await expectAccessible(page);
	});
}

test('only the own origin is contacted', async ({ page }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(`http://localhost:${ROOT_PORT}/`) && !request.url().startsWith('data:')) {
			foreign.push(request.url());
		}
	});
	await page.goto('/');
	await page.goto('/catalogue/');
	expect(foreign).toEqual([]);
});

test('every page carries a Content-Security-Policy that blocks an injected inline script', async ({ page }) => {
	test.info().annotations.push({ type: 'csp-violation-expected' });
	for (const path of ['/', '/catalogue/', '/check/', '/results/', '/nis2/', '/clients/', '/client/', '/consultation/', '/compare/', '/provider/']) {
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, path).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(policy, path).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
		expect(policy, path).toMatch(/default-src 'self'/);
	}
	const result = await page.evaluate(async () => {
		const violations: string[] = [];
		document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.head.append(script);
		const handler = document.createElement('img');
		handler.setAttribute('src', 'data:,');
		handler.setAttribute('onerror', 'window.__injected = true');
		document.body.append(handler);
		await new Promise((resolve) => setTimeout(resolve, 200));
		return { injected: (window as unknown as { __injected?: boolean }).__injected === true, violations };
	});
	expect(result.injected).toBe(false);
	expect(result.violations).toContain('script-src-elem');
});

// A page reached by a link, without a reload, loads its styles with its code: it must arrive
// styled, not only after a reload.
test('a page reached through the navigation, without a reload, has its own styles', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Anforderungen' }).click();
	await expect(page).toHaveURL(/\/catalogue\/$/);
	await expect(page.locator('.requirements').first()).toHaveCSS('list-style-type', 'none');
	await expect(page.locator('.toc a').first()).toHaveCSS('display', 'inline-block');
});
