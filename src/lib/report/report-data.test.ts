import { describe, expect, it } from 'vitest';
import { currentCatalogue } from '$lib/engine';
import { derive } from '$lib/model/derive';
import type { Assessment } from '$lib/model/assessment';
import { buildReportData } from '$lib/report/report-data';

const subject = (assessment: Assessment) => ({ assessment, catalogue: currentCatalogue, derived: derive(currentCatalogue, assessment.responses) });
import { pdfText, REPLACEMENT } from '$lib/report/pdf-text';
import { allAnswered, makeAssessment } from '$test-data/factories/assessment';

describe('pdfText keeps what the font draws and replaces the rest visibly', () => {
	it('keeps German text, typographic quotes, dashes and the euro sign', () => {
		const text = 'Größe „Maß“ – Übung: 250 € … ©';
		expect(pdfText(text)).toBe(text);
	});
	it('replaces each emoji, flag or unknown script letter by one □', () => {
		expect(pdfText('a 👩‍💻 b 🇩🇪 c שלום')).toBe(`a ${REPLACEMENT} b ${REPLACEMENT} c ${REPLACEMENT.repeat(4)}`);
	});
	it('composes decomposed umlauts instead of replacing them', () => {
		expect(pdfText('Mu\u0308ller')).toBe('Müller');
	});
	it('keeps HTML as plain text', () => {
		expect(pdfText('<b>x</b>')).toBe('<b>x</b>');
	});
});

describe('buildReportData', () => {
	// 01 and 05 (TOP) not fulfilled, 10 not fulfilled, 04 not relevant, all else fulfilled.
	const assessment = makeAssessment({ ...allAnswered('fulfilled'), '01': 'not_fulfilled', '05': 'not_fulfilled', '10': 'not_fulfilled', '04': 'not_relevant' });
	const data = buildReportData(subject(assessment), { appVersion: '9.9.9', now: new Date('2026-11-26T10:00:00Z') });

	it('states the score worked out by hand: 37 − 1 (04) = 36 max; 36 − 6 − 6 − 1 = 23', () => {
		expect(data.score).toBe('23 von 36 Punkten');
		expect(data.provisional).toBeNull();
	});

	it('puts the TOP recommendations first, then the others', () => {
		expect(data.topActions.map((a) => a.heading.slice(0, 2)).sort()).toEqual(['01', '05']);
		expect(data.topActions.every((a) => a.heading.endsWith('(TOP)'))).toBe(true);
		expect(data.topActions).toHaveLength(2);
		expect(data.otherActions.map((a) => a.heading.slice(0, 2))).toEqual(['10']);
	});

	it('lists all 27 requirements in Annex A with points from the catalogue and highlights the unfulfilled', () => {
		const rows = data.annexA.flatMap((g) => g.rows);
		expect(rows.map((r) => r.id)).toEqual(currentCatalogue.requirements.map((r) => r.id));
		expect(rows.find((r) => r.id === '01')).toMatchObject({ points: '−3', highlight: true });
		expect(rows.find((r) => r.id === '04')).toMatchObject({ points: '–', highlight: false, result: 'Nicht relevant' });
		expect(rows.find((r) => r.id === '11')).toMatchObject({ points: '+3', highlight: false });
		expect(rows.find((r) => r.id === '10')).toMatchObject({ points: '0', highlight: true });
	});

	it('marks an incomplete check as provisional and names what is missing', () => {
		const partial = buildReportData(subject(makeAssessment({ '01': 'fulfilled' })), { appVersion: '1' });
		expect(partial.provisional).toBe('Vorläufiges Ergebnis: 26 Anforderungen sind noch nicht beantwortet.');
		expect(partial.provisionalMark).toBe('VORLÄUFIG');
		expect(partial.missing).toHaveLength(26);
	});

	it('says it is a self-assessment, or carries the provider statement and signature fields', () => {
		expect(data.signatures).toBeNull();
		expect(data.declaration).toContain('Selbsteinschätzung');
		const consulted = buildReportData(subject(assessment), { appVersion: '1', provider: { company: 'IT-Service Nord GmbH', consultant: 'Jana Berg' } });
		expect(consulted.declaration).toContain('IT-Service Nord GmbH (Jana Berg) erklärt');
		expect(consulted.signatures).toHaveLength(2);
	});

	it('puts catalogue version, app version and date into the footer', () => {
		expect(data.footer.meta).toBe('DIN SPEC 27076:2023-05 · Katalog 2023.2 · App 9.9.9 · 26. November 2026');
		expect(data.footer.pageOf(2, 7)).toBe('Seite 2 von 7');
	});
});
