// Reads a PDF the app made back with poppler-utils, as a user's tools would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export async function downloadReport(page: Page, buttonName: string | RegExp = /Bericht als PDF erstellen|Create the PDF report/): Promise<string> {
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

/** The text of one page (1-based), as laid out. */
export function pdfPageText(path: string, page: number): string {
	return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
}

/** A page's lines between the running header and the footer ("Seite N von M" / "Page N of M" and below). */
export function contentLines(pageText: string): string[] {
	const lines = pageText.split('\n').filter((l) => l.trim() !== '');
	const footer = lines.findIndex((l) => /^\s*(Seite \d+ von \d+|Page \d+ of \d+)/.test(l));
	return lines.slice(1, footer === -1 ? undefined : footer);
}

/** The images in the PDF as `pdfimages -list` reports them: size in pixels and resolution as placed. */
export function pdfImages(path: string): { type: string; width: number; height: number; xPpi: number; yPpi: number }[] {
	const rows = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
	return rows.map((row) => {
		const c = row.trim().split(/\s+/);
		return { type: c[2]!, width: Number(c[3]), height: Number(c[4]), xPpi: Number(c[12]), yPpi: Number(c[13]) };
	});
}

/** Annex A: every topic heading is followed, on its page, by a requirement row (or the rest of one). */
export function expectTopicsWithTheirRows(file: string) {
	let inAnnex = false;
	for (let p = 1; p <= pdfPages(file); p++) {
		const lines = contentLines(pdfPageText(file, p));
		if (lines.some((l) => l.includes('Anhang A'))) inAnnex = true;
		if (!inAnnex) continue;
		const end = lines.findIndex((l) => l.includes('Anhang B'));
		const annex = end === -1 ? lines : lines.slice(0, end);
		annex.forEach((line, i) => {
			if (!/^\s*[1-6]\. \S/.test(line)) return;
			// Right under the table's head it may also head the rest of a row from the page before.
			const continued = /^\s*Nr\.\s+Anforderung/.test(annex[i - 1] ?? '');
			expect(annex[i + 1] ?? '(end of page)', `page ${p}: after "${line.trim()}"`).toMatch(continued ? /\S/ : /^\s*\d{2}\s/);
		});
		if (end !== -1) return;
	}
	throw new Error('Annex B not found');
}

/** The declaration shares its page with at least one whole recommendation (its heading "NN Title"). */
export function expectDeclarationWithContent(file: string, heading: string) {
	const pages = Array.from({ length: pdfPages(file) }, (_, i) => contentLines(pdfPageText(file, i + 1)));
	const page = pages.find((lines) => lines.some((l) => l.includes(heading)));
	expect(page, heading).toBeDefined();
	const before = page!.slice(0, page!.findIndex((l) => l.includes(heading)));
	expect(before.some((l) => /^\s*\d{2} \p{Lu}/u.test(l)), `before "${heading}":\n${before.join('\n')}`).toBe(true);
}

/** Annex B: every address arrives whole, wrapped (if at all) only after "/" or a "-", "_", ".". */
export function expectAddressesWhole(file: string) {
	const raw = pdfText(file, 'raw');
	const { programmes } = JSON.parse(readFileSync('questions/funding/2026-12.json', 'utf8')) as { programmes: { source: string }[] };
	for (const { source } of programmes) {
		const shown = source.replace(/^https:\/\//, '').replace(/\/$/, '');
		const pattern = [...shown].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ('/-_.?&='.includes(c) ? '\\s*' : '')).join('');
		expect(raw, shown).toMatch(new RegExp(pattern));
	}
	// The address from the issue, on one line.
	expect(pdfText(file)).toContain('transferstelle-cybersicherheit.de');
}
