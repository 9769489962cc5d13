// `npm run bench`: builds, serves the production build and measures in Chromium what the
// issues budget. Times are medians of several runs; they vary between machines and runs, so
// they are reported here, never asserted in tests.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runLighthouse } from './lighthouse.mjs';
import { serve } from './serve.mjs';

const PORT = 4391;
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const rows = [];
function report(name, value, shown, budget, ok) {
	rows.push({ name, shown, budget: budget ?? '', verdict: budget ? (ok ? 'ok' : 'OVER BUDGET') : '' });
	console.log(`  ${name}: ${shown}${budget ? `  (budget ${budget}: ${ok ? 'ok' : 'OVER BUDGET'})` : ''}`);
}

// ---------------------------------------------------------------------------------------------
console.log('Building …');
execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serve({ port: PORT, host: 'localhost' });
const browser = await chromium.launch({ executablePath, args });

/** Loads a URL in a fresh context (a first visit) and sums what was transferred. */
async function firstVisit(url, { prepare, waitFor } = {}) {
	const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
	const page = await context.newPage();
	if (prepare) await prepare(page);
	const seen = [];
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		const url = response.url();
		let body = Buffer.alloc(0);
		try {
			body = await response.body();
		} catch {
			// redirects have no body
		}
		seen.push({ url, type, raw: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0 });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	if (waitFor) await waitFor(page);
	await page.waitForTimeout(300);
	await context.close();
	const sum = (filter, key) => seen.filter(filter).reduce((n, r) => n + r[key], 0);
	const isJs = (r) => r.type === 'script' || r.url.endsWith('.js');
	const isCss = (r) => r.type === 'stylesheet' || r.url.endsWith('.css');
	return {
		requests: seen.length,
		foreign: seen.filter((r) => !r.url.startsWith(ORIGIN) && !r.url.startsWith('data:')).map((r) => r.url),
		jsRaw: sum(isJs, 'raw'),
		jsGzip: sum(isJs, 'gzip'),
		cssRaw: sum(isCss, 'raw'),
		cssGzip: sum(isCss, 'gzip'),
		chart: seen.some((r) => /chart/i.test(r.url)),
		/** the readiness workspace's own code (its routes' chunks) that this visit loaded */
		readiness: seen.filter((r) => readinessChunks.has(new URL(r.url).pathname.slice(1))).map((r) => r.url)
	};
}

// The chunks only the readiness workspace's pages use, from Vite's client manifest: a first
// visit of home or questionnaire must load none of them ("loaded on demand").
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
const readinessChunks = new Set(
	Object.entries(manifest)
		.filter(([source]) => source.includes('routes/(check)/readiness/'))
		.map(([, entry]) => entry.file)
);

/** Writes records straight into the app's IndexedDB: checks, or [key, value] pairs. */
async function seed(page, records) {
	const entries = records.map((r) => (Array.isArray(r) ? r : [`assessment:${r.id}`, r]));
	await page.evaluate(async (list) => {
		const db = await new Promise((resolve, reject) => {
			const request = indexedDB.open('kmu-cyber-check');
			request.onupgradeneeded = () => request.result.createObjectStore('assessments');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction('assessments', 'readwrite');
		for (const [key, value] of list) tx.objectStore('assessments').put(value, key);
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, entries);
}

// Checks as the app stores them today: answered against the newest catalogue (a check of an
// older version is migrated once when it is opened, which is not what a first visit measures).
const catalogueDir = 'questions/din-spec-27076';
const newest = readdirSync(catalogueDir)
	.filter((name) => name.endsWith('.json'))
	.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
	.at(-1);
const catalogue = JSON.parse(readFileSync(join(catalogueDir, newest), 'utf8'));
function record(i, complete) {
	const answers = {};
	const responses = {};
	const notes = {};
	for (const [n, r] of catalogue.requirements.entries()) {
		if (!complete && n > i % 27) break;
		const status = (n + i) % 4 === 0 ? 'not_fulfilled' : 'fulfilled';
		answers[r.id] = status;
		const parts = Object.fromEntries(r.parts.map((p) => [p.id, status]));
		responses[r.id] = r.precondition ? { precondition: 'yes', parts } : { parts };
		if (n % 5 === 0) notes[r.id] = `Notiz ${i}/${r.id}: Rücksprache mit dem IT-Dienstleister – Angebot bis Ende des Monats einholen.`;
	}
	const stamp = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
	return {
		id: `bench-${i}`,
		company: { name: `Firma ${i} GmbH & Co. KG` },
		catalogue: { id: catalogue.id, version: catalogue.version },
		responses,
		answers,
		notes,
		createdAt: stamp,
		updatedAt: stamp,
		revision: 1
	};
}

// ---------------------------------------------------------------------------------------------
console.log('\nFirst visit of the home page (service worker blocked, so only what the page needs):');
const home = await firstVisit(`${ORIGIN}/`);
report('home JS', home.jsGzip, `${kb(home.jsRaw)} raw, ${kb(home.jsGzip)} gzip`, '60 KB gzip', home.jsGzip <= 60 * 1024);
report('home CSS', home.cssGzip, `${kb(home.cssRaw)} raw, ${kb(home.cssGzip)} gzip`);
report('home requests', home.requests, String(home.requests));
report('requests to other origins', home.foreign.length, home.foreign.length ? home.foreign.join(', ') : 'none', 'none', home.foreign.length === 0);

// Precache: every entry in the generated service worker, with its size on disk.
const sw = readFileSync('build/sw.js', 'utf8');
const entries = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
const precacheBytes = entries.reduce((n, url) => {
	const path = url === './' ? 'index.html' : url.endsWith('/') ? `${url}index.html` : url;
	return n + statSync(join('build', path)).size;
}, 0);
report('precache', precacheBytes, `${entries.length} entries, ${kb(precacheBytes)}`, '1.5 MB', precacheBytes <= 1.5 * 1024 * 1024);

console.log('\nFirst visit of the questionnaire:');
const check = await firstVisit(`${ORIGIN}/check/?id=bench-1`, {
	prepare: async (page) => {
		await page.goto(`${ORIGIN}/favicon.svg`);
		await seed(page, [record(1, false)]);
	},
	waitFor: (page) => page.locator('#topic-heading').waitFor()
});
report('readiness code on home and questionnaire', home.readiness.length + check.readiness.length, home.readiness.length + check.readiness.length === 0 ? 'none' : [...home.readiness, ...check.readiness].join(', '), 'none', home.readiness.length + check.readiness.length === 0);
report('questionnaire JS', check.jsGzip, `${kb(check.jsRaw)} raw, ${kb(check.jsGzip)} gzip${check.chart ? ' (includes Chart.js!)' : ', Chart.js not loaded'}`, '90 KB gzip', check.jsGzip <= 90 * 1024 && !check.chart);

console.log('\nFirst visit of the NIS-2 check of a company:');
const nis2 = await firstVisit(`${ORIGIN}/nis2/?id=bench-nis2`, {
	prepare: async (page) => {
		await page.goto(`${ORIGIN}/favicon.svg`);
		const check = record(5, false);
		check.id = 'bench-nis2';
		await seed(page, [check]);
	},
	waitFor: (page) => page.locator('#nis2-result').waitFor()
});
report('NIS-2 page JS', nis2.jsGzip, `${kb(nis2.jsRaw)} raw, ${kb(nis2.jsGzip)} gzip${nis2.chart ? ' (includes Chart.js!)' : ''}`, '80 KB gzip', nis2.jsGzip <= 80 * 1024);

console.log('\nFirst visit of the NIS-2 readiness workspace and of its incident card (an important company):');
{
	const ready = record(6, true);
	ready.id = 'bench-ready';
	const profile = {
		activities: ['A2-5.4.1'],
		negligibleActivities: [],
		kritisOperator: 'no',
		trustServiceProvider: 'no',
		tldRegistry: 'no',
		dnsServiceProvider: 'no',
		publicTelecom: 'no',
		domainRegistrar: 'no',
		size: { staff: 60, turnoverEur: 5_000_000, balanceSheetEur: 5_000_000, linked: [], partners: [], itIndependent: 'no' }
	};
	ready.nis2 = { rulesId: 'bsig-2025-12-r2', legalState: '2025-12-06', profile, updatedAt: ready.updatedAt, result: { category: 'important', possibleCategories: [] } };
	const prepare = async (page) => {
		await page.goto(`${ORIGIN}/favicon.svg`);
		await seed(page, [ready]);
	};
	const workspace = await firstVisit(`${ORIGIN}/readiness/?id=bench-ready`, { prepare, waitFor: (page) => page.locator('main h1').waitFor() });
	report('readiness workspace JS', workspace.jsGzip, `${kb(workspace.jsRaw)} raw, ${kb(workspace.jsGzip)} gzip`, '80 KB gzip', workspace.jsGzip <= 80 * 1024);
	const incident = await firstVisit(`${ORIGIN}/readiness/incident/?id=bench-ready`, { prepare, waitFor: (page) => page.locator('main h1').waitFor() });
	report('incident card JS', incident.jsGzip, `${kb(incident.jsRaw)} raw, ${kb(incident.jsGzip)} gzip`, '80 KB gzip', incident.jsGzip <= 80 * 1024);
}

// ---------------------------------------------------------------------------------------------
console.log('\nFrom an answer to its being stored (200 answers, one after another):');
{
	const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/favicon.svg`);
	await seed(page, [record(2, false)]);
	await page.goto(`${ORIGIN}/check/?id=bench-2&topic=network`);
	await page.locator('#topic-heading').waitFor();
	await page.evaluate(() => performance.clearMeasures('kmu:change-saved'));
	const radios = await page.locator('input[type=radio][value$="fulfilled"]').all();
	for (let i = 0; i < 200; i++) {
		await radios[i % radios.length].check();
		await page.locator('.save-status[data-state="saved"]').waitFor();
	}
	const durations = await page.evaluate(() => performance.getEntriesByName('kmu:change-saved').map((e) => e.duration));
	const ms = median(durations);
	report('answer → stored', ms, `median ${ms.toFixed(1)} ms over ${durations.length} answers (p95 ${durations.sort((a, b) => a - b)[Math.floor(durations.length * 0.95)].toFixed(1)} ms)`, '20 ms', ms <= 20);
	await context.close();
}

/** Median time from reading storage to the list on screen, after one visit that indexes the checks. */
async function listTime(seedRecords, url, shown, marks) {
	const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/favicon.svg`);
	for (let i = 0; i < seedRecords.length; i += 1000) await seed(page, seedRecords.slice(i, i + 1000));
	// The first visit writes the list entries of checks stored without one (as an older version would have left them).
	await page.goto(url);
	await shown(page).waitFor({ timeout: 120_000 });
	const times = [];
	for (let run = 0; run < RUNS; run++) {
		await page.goto(url);
		await shown(page).waitFor();
		times.push(await page.evaluate(([start, end]) => performance.measure('list', start, end).duration, marks));
	}
	await context.close();
	return median(times);
}

console.log('\nHome list (first page on screen):');
{
	const homeList = (n) =>
		listTime(
			Array.from({ length: n }, (_, i) => record(i, i % 2 === 0)),
			`${ORIGIN}/`,
			(page) => page.locator('article').nth(Math.min(n, 20) - 1),
			['kmu:list-load-start', 'kmu:list-shown']
		);
	const t500 = await homeList(500);
	report('home list, 500 checks', t500, `median ${t500.toFixed(0)} ms from reading storage to the list on screen`, '300 ms', t500 <= 300);
	const [t50, t5000] = [await homeList(50), await homeList(5000)];
	const ratio = t5000 / t50;
	report('home list, 5,000 vs 50 checks', ratio, `${t5000.toFixed(0)} ms vs ${t50.toFixed(0)} ms: ratio ${ratio.toFixed(2)}`, '≤ 1.5', ratio <= 1.5);
}

console.log('\nPDF and Word report of a complete check with long notes:');
{
	const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block', acceptDownloads: true });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/favicon.svg`);
	const full = record(3, true);
	const longNote = 'Rücksprache mit dem IT-Dienstleister: Angebot für die Umstellung einholen, Termin im März – „dringend“, Kosten ca. 500 €. '.repeat(40);
	for (const r of catalogue.requirements) full.notes[r.id] = longNote;
	await seed(page, [full]);
	await page.goto(`${ORIGIN}/results/?id=bench-3`);
	// Click to file, first time (loading jsPDF or docx) and again; the button is ready again once
	// the download notice confirms the report.
	async function measure(name) {
		const button = page.getByRole('button', { name });
		await button.waitFor();
		const times = [];
		let bytes = 0;
		for (let run = 0; run < RUNS; run++) {
			await page.evaluate(() => document.querySelector('.download-region button')?.click());
			const started = Date.now();
			const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
			const path = await download.path();
			times.push(Date.now() - started);
			bytes = statSync(path).size;
			await page.locator('.download-region', { hasText: 'Bericht erstellt' }).waitFor();
			await button.and(page.locator(':enabled')).waitFor();
		}
		return { ms: median(times), first: times[0], bytes };
	}
	const pdf = await measure('Bericht als PDF erstellen');
	report('report: click → file', pdf.ms, `median ${pdf.ms} ms over ${RUNS} runs (first, with loading jsPDF: ${pdf.first} ms)`, '2 s', pdf.ms <= 2000);
	report('report: PDF size', pdf.bytes, `${kb(pdf.bytes)} (27 notes of ${longNote.length} characters)`, '1 MB', pdf.bytes <= 1024 * 1024);
	const docx = await measure('Bericht als Word-Datei (DOCX)');
	report('report: DOCX click → file', docx.ms, `median ${docx.ms} ms over ${RUNS} runs (first, with loading docx: ${docx.first} ms)`, '2 s', docx.ms <= 2000 && docx.first <= 2000);
	report('report: DOCX size', docx.bytes, `${kb(docx.bytes)} (27 notes of ${longNote.length} characters)`, '1 MB', docx.bytes <= 1024 * 1024);
	await context.close();
}

/** Clients with five checks each, the later ones re-assessments of the earlier. */
function clientRecords(count) {
	const records = [];
	for (let c = 0; c < count; c++) {
		const stamp = new Date(Date.UTC(2025, 0, 1) + c * 3_600_000).toISOString();
		records.push([`client:client-${c}`, { id: `client-${c}`, company: { name: `Kunde ${String(c).padStart(4, '0')} GmbH`, seat: 'Bremen' }, createdAt: stamp, updatedAt: stamp, revision: 1 }]);
		for (let k = 0; k < 5; k++) {
			const check = record(c * 5 + k, true);
			check.id = `check-${c}-${k}`;
			check.clientId = `client-${c}`;
			check.createdAt = check.updatedAt = new Date(Date.UTC(2025, k * 2, 1 + (c % 28))).toISOString();
			if (k > 0) check.previousId = `check-${c}-${k - 1}`;
			// Seeded with the summary the app stores with every check (rough figures suffice here).
			check.summary = { answered: 27, total: 27, complete: true, score: 20 + k, maxScore: 37 };
			records.push(check);
		}
	}
	return records;
}

console.log('\nConsultation mode: clients with 5 checks each:');
{
	const clientList = (count) =>
		listTime(clientRecords(count), `${ORIGIN}/clients/`, (page) => page.locator('.clients > li').nth(Math.min(count, 20) - 1), ['kmu:clients-load-start', 'kmu:clients-shown']);
	const t200 = await clientList(200);
	report('client list, 200 × 5', t200, `median ${t200.toFixed(0)} ms from reading storage to the list on screen`, '300 ms', t200 <= 300);
	const [t10, t1000] = [await clientList(10), await clientList(1000)];
	const ratio = t1000 / t10;
	report('client list, 5,000 vs 50 checks', ratio, `1,000 clients ${t1000.toFixed(0)} ms vs 10 clients ${t10.toFixed(0)} ms: ratio ${ratio.toFixed(2)}`, '≤ 1.5', ratio <= 1.5);

	const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/favicon.svg`);
	await seed(page, clientRecords(8));
	const compareTimes = [];
	for (let run = 0; run < RUNS; run++) {
		await page.goto(`${ORIGIN}/compare/?a=check-7-3&b=check-7-4`);
		await page.getByTestId('comparison').waitFor();
		compareTimes.push(await page.evaluate(() => performance.measure('compare', 'kmu:compare-start', 'kmu:compare-shown').duration));
	}
	const compare = median(compareTimes);
	report('comparison view', compare, `median ${compare.toFixed(0)} ms from reading both checks to the comparison on screen`, '300 ms', compare <= 300);
	await context.close();
}

console.log('\nLighthouse (mobile preset, median of the runs):');
{
	const pages = [
		{ name: 'home', path: '/' },
		{ name: 'questionnaire', path: '/check/?id=bench-lh' },
		{ name: 'results', path: '/results/?id=bench-lh' },
		{ name: 'NIS-2', path: '/nis2/?id=bench-lh' }
	];
	const runs = [];
	for (let run = 0; run < Math.min(RUNS, 3); run++) {
		runs.push(
			await runLighthouse({
				origin: ORIGIN,
				pages,
				executablePath,
				seed: async (page) => {
					const check = record(4, true);
					check.id = 'bench-lh';
					await seed(page, [check]);
				}
			})
		);
	}
	const budgets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 };
	for (const { name } of pages) {
		const lcp = median(runs.map((r) => r.find((x) => x.name === name).metrics.lcp));
		const fcp = median(runs.map((r) => r.find((x) => x.name === name).metrics.fcp));
		report(`lighthouse ${name} LCP`, lcp, `${(lcp / 1000).toFixed(2)} s (first contentful paint ${(fcp / 1000).toFixed(2)} s)`, '≤ 2.0 s', lcp <= 2000);
		for (const [category, budget] of Object.entries(budgets)) {
			const value = median(runs.map((r) => r.find((x) => x.name === name).scores[category]));
			const failing = [...new Set(runs.flatMap((r) => r.find((x) => x.name === name).failing))];
			report(`lighthouse ${name} ${category}`, value, `${value}${value < budget && failing.length ? ` (below 90: ${failing.join(', ')})` : ''}`, `≥ ${budget}`, value >= budget);
		}
	}
}

await browser.close();
server.close();

console.log('\nSummary');
console.table(rows);
