// Helpers for driving the app like a user, and for seeding the device's IndexedDB directly
// (the real database the app uses) when a test needs many stored checks.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface CatalogueJson {
	version: string;
	requirements: { id: string; top: boolean; topic: string; parts: { id: string }[]; precondition?: unknown }[];
	topics: { id: string }[];
}
/** The current catalogue, as new checks are answered against it. */
export const catalogue: CatalogueJson = JSON.parse(readFileSync('questions/din-spec-27076/2023.2.json', 'utf8'));
/** The earlier version, for checks stored before 2023.2 (migrated when opened). */
export const catalogue2023v1: CatalogueJson = JSON.parse(readFileSync('questions/din-spec-27076/2023.1.json', 'utf8'));

export type Status = 'fulfilled' | 'not_fulfilled' | 'not_relevant';

/** A stored check record as the app writes it, for seeding. */
export function record(id: string, name: string, answers: Record<string, Status>, notes: Record<string, string> = {}, under: CatalogueJson = catalogue) {
	const responses: Record<string, unknown> = {};
	for (const [rid, status] of Object.entries(answers)) {
		const r = under.requirements.find((q) => q.id === rid)!;
		if (status === 'not_relevant') responses[rid] = { precondition: 'no' };
		else {
			const parts = Object.fromEntries(r.parts.map((p) => [p.id, status]));
			responses[rid] = r.precondition ? { precondition: 'yes', parts } : { parts };
		}
	}
	return {
		id,
		company: { name },
		catalogue: { id: 'din-spec-27076', version: under.version },
		responses,
		answers,
		notes,
		createdAt: '2026-11-01T09:00:00.000Z',
		updatedAt: '2026-11-02T09:00:00.000Z',
		revision: 1
	};
}

/** Stores records straight into the device's database under `prefix` + id (the lists index them when read). */
async function store(page: Page, prefix: string, records: unknown[]) {
	await page.evaluate(
		async ({ prefix, list }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('kmu-cyber-check');
				request.onupgradeneeded = () => request.result.createObjectStore('assessments');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const tx = db.transaction('assessments', 'readwrite');
			for (const r of list as { id: string }[]) tx.objectStore('assessments').put(r, `${prefix}${r.id}`);
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		},
		{ prefix, list: records }
	);
}

export const seed = (page: Page, records: unknown[]) => store(page, 'assessment:', records);

export async function createCheck(page: Page, name: string) {
	await page.goto('/');
	await page.getByLabel('Name des Unternehmens').fill(name);
	await page.getByRole('button', { name: 'Check starten' }).click();
	await expect(page).toHaveURL(/\/check\/\?id=/);
	await expect(page.getByRole('heading', { level: 2, name: 'Organisation & Sensibilisierung' })).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

/** Waits until every change is stored ("Gespeichert"). */
export async function expectSaved(page: Page) {
	await expect(page.locator('.save-status')).toHaveText(/Gespeichert|Saved/);
}

/** Opens the import panel on the home page (it loads on demand). */
export async function openImport(page: Page) {
	const summary = page.getByText('Checks oder eine Sicherung importieren');
	if (!(await page.locator('details.import').evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
	await expect(page.locator('#import-files')).toBeAttached();
}

/** Gives every part of a requirement the same answer (01 has three parts since catalogue 2023.2). */
export async function answerAllParts(scope: Page | FrameLocator, id: string, label: string) {
	const radios = scope.locator(`#req-${id}`).getByRole('radio', { name: label, exact: true });
	await expect(radios.first()).toBeVisible();
	for (const radio of await radios.all()) await radio.check();
}

/** Unfolds the first action of the plan (steps and tracking fields are folded until asked for). */
export async function openFirstAction(page: Page) {
	await page.getByText('Schritte und Umsetzung').first().click();
	await expect(page.getByLabel('Verantwortlich').first()).toBeVisible();
}

/** Stores clients straight into the device's database (the client list indexes them when read). */
export const seedClients = (page: Page, clients: unknown[]) => store(page, 'client:', clients);

/** A consultation check of `clientId` by a named provider, stored as the app writes it. */
export function consultationRecord(id: string, clientId: string, name: string, answers: Record<string, Status>, updatedAt: string, previousId?: string) {
	return {
		...record(id, name, answers),
		clientId,
		createdAt: updatedAt,
		updatedAt,
		...(previousId ? { previousId } : {}),
		consultation: { provider: { company: 'IT-Service Nord GmbH', consultant: 'Jana Berg' }, phase: 'evaluation', checklist: {}, elapsedMs: 0, runningSince: null, clarify: [] }
	};
}

/** A check card's management button (rename, duplicate, export, delete), from its "Weitere Aktionen" fold. */
export async function cardButton(card: Locator, name: string): Promise<Locator> {
	const more = card.locator('details.more');
	if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open))) await more.locator('summary').click();
	return card.getByRole('button', { name, exact: true });
}

/** Opens a requirement's folded note field in the self-check and returns it. */
export async function noteField(page: Page, id: string): Promise<Locator> {
	const field = page.locator(`#req-${id}-note`);
	if (!(await field.isVisible())) await page.locator(`#req-${id}`).getByText('Notiz hinzufügen').click();
	return field;
}

/** Switches the language as a user does; on a phone the switch sits in the folded menu. */
export async function chooseLanguage(page: Page, name: 'English' | 'Deutsch') {
	const menu = page.getByRole('button', { name: /^(Menü|Menu)$/ });
	if (await menu.isVisible()) await menu.click();
	await page.getByRole('button', { name }).click();
}
