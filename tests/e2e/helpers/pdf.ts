// Reads a PDF the app made back with poppler-utils, as a user's tools would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export async function downloadReport(page: Page, buttonName = /Bericht als PDF erstellen|Create the PDF report/): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
	const path = join(mkdtempSync(join(tmpdir(), 'report-')), download.suggestedFilename());
	await download.saveAs(path);
	return path;
}

/** The text as laid out on the page ('layout'), or in the order it was written ('raw'). */
export function pdfText(path: string, mode: 'layout' | 'raw' = 'layout'): string {
	return execFileSync('pdftotext', [`-${mode}`, path, '-'], { encoding: 'utf8' });
}

export function pdfPages(path: string): number {
	const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
	return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

/** Renders every page to PNG; throws when poppler reports an error. Returns the number of images. */
export function renderPages(path: string): number {
	const dir = mkdtempSync(join(tmpdir(), 'pages-'));
	execFileSync('pdftoppm', ['-r', '30', '-png', path, join(dir, 'page')], { stdio: ['ignore', 'ignore', 'pipe'] });
	return readdirSync(dir).filter((f) => f.endsWith('.png')).length;
}
