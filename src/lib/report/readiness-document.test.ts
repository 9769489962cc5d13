// The readiness report of one important company, worked out by hand from the files it reads:
// a machinery maker (Anlage 2, row A2-5.4.1) with 60 staff is medium, so important; its DIN
// check has every requirement fulfilled except 11 (regular backups). The §30 questions
// (questions/nis2-measures/2025-12.json) then stand as follows – prefilled where a question
// names DIN requirements, the user's own answers for a1 and a5:
//   a: a1 yes (own), a2 a3 a4 yes (DIN 01, 02, 07), a5 yes (own)       → met
//   c: c1 no (DIN 11 not fulfilled)                                     → open
//   b, d, e, f, g, h, i, j: some question without a DIN mapping is unanswered → not assessed
// Prefilled, still to be confirmed: a 3, b 2, c 4, d 2, e 4, f 1, g 5, h 2, i 2, j 2 = 27.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentCatalogue, currentNis2Rules as rules } from '$lib/engine';
import { classifyNis2 } from '$lib/engine/nis2';
import { currentMeasures } from '$lib/engine/nis2-measures-current';
import type { Assessment } from '$lib/model/assessment';
import { readDocx } from '$test-data/docx';
import { makeAssessment } from '$test-data/factories/assessment';
import { nis2Profile } from '$test-data/factories/nis2-profile';
import { renderNis2Docx } from './nis2-docx';
import { renderNis2Pdf } from './nis2-pdf';
import { buildReadinessDocumentData } from './readiness-document-data';

const NOW = new Date('2026-12-01T10:00:00Z');
const profile = nis2Profile({ activities: ['A2-5.4.1'], size: { staff: 60 } });
const measures = currentMeasures('de');
const fonts = { regular: readFileSync('static/fonts/DejaVuSans-subset.ttf').toString('base64'), bold: readFileSync('static/fonts/DejaVuSans-Bold-subset.ttf').toString('base64') };

function company(): Assessment {
	const answers = Object.fromEntries(currentCatalogue.requirements.map((r) => [r.id, r.id === '11' ? 'not_fulfilled' : 'fulfilled'] as const));
	return makeAssessment(answers, {
		company: { name: 'Maschinenbau Nord GmbH' },
		nis2: { rulesId: rules.id, legalState: rules.legalState, profile, updatedAt: '2026-11-30T09:00:00.000Z', result: { category: 'important', possibleCategories: [] } },
		plan: { 'nis2-c1': { owner: 'IT-Leitung', due: '2027-01-31', status: 'in_progress' } },
		readiness: {
			registration: { fields: { name: 'Maschinenbau Nord GmbH', ip_ranges: '192.0.2.0/24' }, steps: { elster: true } },
			measures: { version: measures.version, answers: { a1: { value: 'yes', at: '2026-11-30T10:00:00.000Z' }, a5: { value: 'yes', at: '2026-11-30T10:00:00.000Z' } } },
			management: { approvedBy: 'Eva Muster', approvedOn: '2026-11-20', lastTrainingOn: '2023-11-15' },
			incidents: [
				{
					id: 'i1',
					awareAt: '2026-11-30T08:00:00.000Z',
					createdAt: '2026-11-30T08:05:00.000Z',
					drafts: { early_warning: {} },
					sent: { early_warning: '2026-11-30T20:00:00.000Z' },
					log: [{ at: '2026-11-30T08:05:00.000Z', event: 'started' }]
				}
			]
		}
	});
}

function data() {
	const assessment = company();
	const verdict = classifyNis2(rules, profile);
	const rowNames = Object.fromEntries(rules.rows.map((r) => [r.id, r.name.de]));
	return buildReadinessDocumentData({ assessment, verdict, rules, measures, catalogue: currentCatalogue, rowNames }, { appVersion: '9.9.9', now: NOW });
}

describe('the readiness report', () => {
	it('opens with where each part stands', () => {
		const d = data();
		expect(d.category).toBe('important');
		const overview = d.sections[0]!;
		expect(overview.heading).toBe('Stand auf einen Blick');
		const rows = Object.fromEntries(overview.blocks[0]!.kind === 'pairs' ? overview.blocks[0]!.rows : []);
		// In scope since the law's first day (6 Dec 2025): three months → 6 March 2026, passed on 1 Dec 2026.
		expect(rows['Registrierung beim BSI']).toMatch(/6\. März 2026/);
		expect(rows['Maßnahmen nach §30']).toBe('1 erfüllt · 0 teilweise · 1 offen · 8 nicht bewertet');
		expect(rows['Zu bestätigen']).toBe('27 Antworten aus dem DIN-Check noch zu bestätigen');
		expect(rows['Billigung der Maßnahmen (§38)']).toBe('gebilligt am 20. November 2026 durch Eva Muster');
		// Last training 15 Nov 2023 → next by 15 Nov 2026, before 1 Dec 2026.
		expect(rows['Schulung der Geschäftsleitung']).toBe('zuletzt am 15. November 2023 – überfällig seit 15. November 2026');
		expect(rows['Sicherheitsvorfälle']).toBe('1 erfasst, davon 1 noch in Bearbeitung');
	});

	it('lists each measure with its status, and the backup gap with its tracking', () => {
		const section = data().sections.find((s) => s.heading === 'Maßnahmen nach §30')!;
		const items = section.blocks.flatMap((b) => (b.kind === 'item' ? [b.item] : []));
		expect(items).toHaveLength(10);
		expect(items[0]!.text).toBe('erfüllt · 5 von 5 Fragen beantwortet');
		const backup = items[2]!;
		expect(backup.title).toMatch(/^3\. /);
		expect(backup.text).toMatch(/^Lücke – offen · /);
		const c1 = measures.measures[2]!.questions.find((q) => q.id === 'c1')!;
		expect(backup.bullets).toContain(`${c1.action.title} – Verantwortlich: IT-Leitung · fällig 31. Januar 2027 · in Arbeit (aus dem DIN-Check, noch zu bestätigen)`);
		expect(backup.small[0]).toBe(`${measures.measures[2]!.paragraph} · ${measures.measures[2]!.article}`);
	});

	it('names the gathered registration data and the incident with its reports', () => {
		const d = data();
		const registration = d.sections.find((s) => s.heading === 'Registrierung beim BSI')!;
		const lines = registration.blocks.flatMap((b) => (b.kind === 'item' ? b.item.bullets : []));
		expect(lines.some((l) => l.endsWith(': 192.0.2.0/24'))).toBe(true);
		const incidents = d.sections.find((s) => s.heading === 'Sicherheitsvorfälle')!;
		const incident = incidents.blocks[0]!.kind === 'item' ? incidents.blocks[0]!.item : null;
		// Aware 30 Nov 08:00 UTC: notification due 72 h later, 3 Dec 08:00 UTC (09:00 in Berlin).
		expect(incident?.bullets.some((b) => b.includes('3. Dezember 2026'))).toBe(true);
		expect(incident?.bullets[0]).toMatch(/30\. November 2026/);
	});

	it('comes out as a PDF and a Word file that say the same', async () => {
		const d = data();
		const dir = mkdtempSync(join(tmpdir(), 'readiness-'));
		const pdf = join(dir, 'r.pdf');
		writeFileSync(pdf, Buffer.from(await (await renderNis2Pdf(d, fonts)).arrayBuffer()));
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		expect(text).toContain('NIS-2-Umsetzungsbericht');
		expect(text).toContain('1 erfüllt · 0 teilweise · 1 offen · 8 nicht bewertet');
		expect(text).toContain('Selbsteinschätzung – kein Nachweis der NIS-2-Konformität');
		const word = (await readDocx(await renderNis2Docx(d))).text.replace(/\s+/g, ' ');
		expect(word).toContain('NIS-2-Umsetzungsbericht');
		expect(word).toContain('gebilligt am 20. November 2026 durch Eva Muster');
	});
});
