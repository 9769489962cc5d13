// Answering the NIS-2 form as a user does, for the end-to-end tests.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { expect, type Page } from './test';

export async function startCompany(page: Page, name: string) {
	await page.goto('/nis2/');
	await page.getByLabel('Name des Unternehmens').fill(name);
	await page.getByRole('button', { name: 'NIS-2-Prüfung starten' }).click();
	await expect(page.getByRole('heading', { name: '1. Tätigkeiten' })).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

export async function chooseActivity(page: Page, search: string, name: RegExp, answer = 'Trifft zu') {
	await page.getByLabel('Tätigkeiten durchsuchen').fill(search);
	await page.getByRole('group', { name }).getByRole('radio', { name: answer, exact: true }).check();
}

export async function size(page: Page, staff: string, turnover: string, balance: string) {
	await page.getByLabel('Beschäftigte (Jahresarbeitseinheiten)', { exact: true }).fill(staff);
	await page.getByLabel('Jahresumsatz ohne Umsatzsteuer', { exact: true }).fill(turnover);
	await page.getByLabel('Jahresbilanzsumme', { exact: true }).fill(balance);
}

/** Answers every special-type question (nothing is pre-answered). */
export async function specials(page: Page, answer = 'Nein') {
	for (const question of await page.getByTestId('special-question').all()) await question.getByRole('radio', { name: answer, exact: true }).check();
}

export const category = (page: Page) => page.getByTestId('nis2-category');

/** Today as the NIS-2 documents write it ("2. Dezember 2026"). */
export const today = () => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(new Date());

/** The text of a downloaded Word file, as mammoth reads it. */
export const docxText = async (file: string) => (await mammoth.extractRawText({ buffer: readFileSync(file) })).value;

/**
 * The NIS-2 part of a check as the NIS-2 page stores it once answered: the given activities and
 * size, every special question "no", and the result the rules decide for them (decided again
 * when the check is opened).
 */
export function storedNis2(activities: string[], size: { staff: number | null; turnoverEur: number | null; balanceSheetEur: number | null }, category: string, possibleCategories: string[] = []) {
	const profile = {
		activities,
		negligibleActivities: [],
		kritisOperator: 'no',
		trustServiceProvider: 'no',
		tldRegistry: 'no',
		dnsServiceProvider: 'no',
		publicTelecom: 'no',
		domainRegistrar: 'no',
		size: { ...size, linked: [], partners: [], itIndependent: 'no' }
	};
	return { rulesId: 'bsig-2025-12-r2', legalState: '2025-12-06', profile, updatedAt: '2026-11-02T09:00:00.000Z', result: { category, possibleCategories } };
}
