// The NIS-2 result document: its model for three cases worked out by hand from the rules file
// (questions/nis2/2025-12-r2.json), and the Word and PDF files read back as a user's tools would.
// Size: large = staff >= 250; medium = staff >= 50 OR (turnover > 10m AND balance > 10m).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDocx } from '$test-data/docx';
import { currentNis2Rules as rules } from '$lib/engine';
import { classifyNis2, type Nis2Profile } from '$lib/engine/nis2';
import { locale } from '$lib/i18n/locale.svelte';
import { renderNis2Docx } from '$lib/report/nis2-docx';
import { buildNis2DocumentData, type Nis2DocumentData, type Nis2Item } from '$lib/report/nis2-document-data';
import { renderNis2Pdf } from '$lib/report/nis2-pdf';
import { nis2Profile } from '$test-data/factories/nis2-profile';

const NOW = new Date('2026-12-01T10:00:00Z');
// A hospital (Anlage 1, health care providers) with 300 staff: large, so essential (§ 28 Abs. 1 Nr. 4).
const hospital = nis2Profile({ activities: ['A1-4.1.1'], size: { staff: 300, turnoverEur: 30_000_000, balanceSheetEur: 25_000_000 } });
// A bakery that counts itself as food production (Anlage 2) with 20 staff, 1.8m / 0.9m: small, so not affected.
const bakery = nis2Profile({ activities: ['A2-4.1.1'], size: { staff: 20, turnoverEur: 1_800_000, balanceSheetEur: 900_000 } });
// A machinery maker (Anlage 2) whose size is unknown: important if medium, not affected if small.
const unsure = nis2Profile({ activities: ['A2-5.4.1'], size: { staff: null, turnoverEur: null, balanceSheetEur: null } });

function documentFor(profile: Nis2Profile, companyName: string): Nis2DocumentData {
	const verdict = classifyNis2(rules, profile);
	return buildNis2DocumentData({ companyName, profile, verdict, rules, updatedAt: '2026-11-30T09:15:00.000Z' }, { appVersion: '9.9.9', now: NOW });
}
const section = (d: Nis2DocumentData, heading: string) => {
	const found = d.sections.find((s) => s.heading === heading);
	if (!found) throw new Error(`no section "${heading}" in ${d.sections.map((s) => s.heading).join(', ')}`);
	return found;
};
const items = (d: Nis2DocumentData, heading: string): Nis2Item[] => section(d, heading).blocks.flatMap((b) => (b.kind === 'item' ? [b.item] : []));
const title = (id: string) => rules.duties.find((d) => d.id === id)!.title.de;

/** What every document says, whatever the result: date, legal state with the rules' revision, answers, disclaimer. */
function expectFrame(d: Nis2DocumentData, company: string) {
	expect(d.facts).toEqual([
		['Unternehmen', company],
		['Dokument erstellt am', '1. Dezember 2026'],
		['Angaben zuletzt geändert am', '30. November 2026'],
		['Rechtsstand', 'BSI-Gesetz (BSIG) in der Fassung vom Dezember 2025 (NIS2UmsuCG), Rechtslage vom 6. Dezember 2025'],
		['Prüfregeln', 'Regelwerk bsig-2025-12-r2, Fassung 2, Rechtsstand 6. Dezember 2025'],
		['Erstellt mit', 'KMU Cyber-Check, Version 9.9.9 – auf diesem Gerät, ohne Übertragung der Angaben']
	]);
	expect(d.disclaimer).toMatch(/^Diese Prüfung ist eine Orientierungshilfe und keine Rechtsberatung\./);
	expect(d.footer.disclaimer).toContain('eine Orientierungshilfe, keine Rechtsberatung.');
	expect(d.footer.meta).toBe('Regelwerk bsig-2025-12-r2, Fassung 2 · App 9.9.9 · 1. Dezember 2026');
	expect(d.footer.pageOf(2, 5)).toBe('Seite 2 von 5');
	const answers = section(d, 'Ihre Angaben').blocks[0]!;
	expect(answers.kind).toBe('pairs');
	return answers.kind === 'pairs' ? Object.fromEntries(answers.rows) : {};
}

afterEach(() => {
	locale.current = 'de';
});

describe('the document model', () => {
	it('(a) a 300-person hospital: essential, its rule and paragraph, eight duties with deadlines, two fines', () => {
		const d = documentFor(hospital, 'St. Marien Krankenhaus gGmbH');
		const answers = expectFrame(d, 'St. Marien Krankenhaus gGmbH');
		expect(answers['Tätigkeiten']).toBe('Gesundheitsdienstleister (A1-4.1.1)');
		expect(answers['Beschäftigte (Jahresarbeitseinheiten)']).toBe('300');
		expect(d.category).toBe('essential');
		expect(d.result.name).toBe('Besonders wichtige Einrichtung');
		expect(d.result.possible).toBeNull();
		expect(d.result.size).toBe('Größenklasse nach Ihren Angaben: groß');
		expect(d.provisionalMark).toBeNull();
		expect(items(d, 'Warum dieses Ergebnis?').map((i) => i.small)).toEqual([['Regel R-ANLAGE1-LARGE · Rechtsgrundlage: § 28 Abs. 1 Nr. 4 BSIG']]);
		// Every duty for "essential" without a condition of its own, in the rules' order; the fines apart.
		const ids = ['D-RISK-MEASURES', 'D-INCIDENT-REPORTING', 'D-REGISTRATION', 'D-REGISTRATION-CHANGES', 'D-INFORM-RECIPIENTS', 'D-MANAGEMENT', 'D-SUPERVISION-ESSENTIAL', 'D-DOCUMENT-RESULT'];
		const duties = items(d, 'Ihre Pflichten');
		expect(duties.map((i) => i.title)).toEqual(ids.map((id) => (id === 'D-DOCUMENT-RESULT' ? `${title(id)} (Empfehlung)` : title(id))));
		expect(duties[0]!.small).toEqual(['Rechtsgrundlage: § 30 Abs. 1 und 2 BSIG']);
		expect(duties[0]!.numbered?.items).toHaveLength(10);
		expect(duties[7]!.small).toEqual(['Empfehlung, keine gesetzliche Pflicht']);
		expect(duties[1]!.bullets).toEqual([
			'Frühe Erstmeldung (spätestens): innerhalb von 24 Stunden nachdem Sie von dem erheblichen Sicherheitsvorfall erfahren haben',
			'Meldung mit erster Bewertung (spätestens): innerhalb von 72 Stunden nachdem Sie von dem erheblichen Sicherheitsvorfall erfahren haben',
			'Abschlussmeldung – oder Fortschrittsmeldung, wenn der Vorfall noch andauert: innerhalb von einem Monat nach der Meldung mit erster Bewertung; die Abschlussmeldung folgt dann nach abschließender Bearbeitung des Vorfalls'
		]);
		const fines = items(d, 'Bußgelder');
		expect(fines.map((i) => i.title)).toEqual([title('D-FINES-ESSENTIAL'), title('D-FINES-REGISTRATION')]);
		expect(fines[0]!.bullets[0]).toMatch(/^Bis zu 10\.000\.000\s€\. Liegt 2 % des weltweiten Jahresumsatzes höher/);
		expect(fines[0]!.small).toEqual(['Bußgeldrahmen: § 65 Abs. 5 Satz 1 Nr. 1 Buchst. a, Abs. 6 und 8 BSIG']);
		// What to do first, in the rules' firstSteps order.
		expect(section(d, 'Was Sie jetzt tun sollten').blocks).toEqual([
			{ kind: 'list', numbered: true, items: ['D-REGISTRATION', 'D-INCIDENT-REPORTING', 'D-RISK-MEASURES', 'D-MANAGEMENT', 'D-DOCUMENT-RESULT'].map(title) }
		]);
		expect(d.sections.some((s) => s.heading === 'Das sollten Sie klären')).toBe(false);
	});

	it('(b) a 20-person bakery: not affected, and still the full document to file', () => {
		const d = documentFor(bakery, 'Bäckerei Sonnenschein');
		const answers = expectFrame(d, 'Bäckerei Sonnenschein');
		expect(d.category).toBe('not_affected');
		expect(d.result.name).toBe('Nicht unmittelbar betroffen');
		expect(d.result.size).toBe('Größenklasse nach Ihren Angaben: klein');
		expect(items(d, 'Warum dieses Ergebnis?').map((i) => i.small)).toEqual([['Regel R-NONE · Rechtsgrundlage: § 28 BSIG']]);
		// The only duty-like entry is the recommendation to keep this result.
		expect(items(d, 'Ihre Pflichten').map((i) => i.title)).toEqual(['Ergebnis dokumentieren und aktuell halten (Empfehlung)']);
		expect(d.sections.some((s) => s.heading === 'Bußgelder')).toBe(false);
		// Supply chain and "per legal entity", each with its paragraph.
		expect(items(d, 'Gut zu wissen').map((i) => i.small[0])).toEqual(['Rechtsgrundlage: § 30 Abs. 2 Nr. 4 BSIG', 'Rechtsgrundlage: § 28 BSIG']);
		expect(answers).toMatchObject({
			Tätigkeiten: 'Lebensmittel-Großhandel und industrielle Lebensmittelproduktion (A2-4.1.1)',
			'Betreiber einer kritischen Anlage (KRITIS)': 'Nein',
			'Beschäftigte (Jahresarbeitseinheiten)': '20',
			'Verbundene und Partnerunternehmen': '0 verbundene, 0 Partnerunternehmen'
		});
		expect(answers['Jahresumsatz ohne Umsatzsteuer']).toMatch(/^1\.800\.000\s€$/);
		expect(answers['Jahresbilanzsumme']).toMatch(/^900\.000\s€$/);
		const sources = section(d, 'Quellen').blocks;
		expect(sources[0]).toEqual({ kind: 'text', text: 'Rechtsstand: 6. Dezember 2025 – NIS-2-Betroffenheit nach dem BSI-Gesetz (Stand 6. Dezember 2025)' });
		expect(sources.at(-1)).toMatchObject({ kind: 'list', items: expect.arrayContaining([expect.stringMatching(/^BGBl\. 2025 I Nr\. 301: /)]) });
	});

	it('(c) a machinery maker of unknown size: open, with the three size questions to clarify and whom to ask', () => {
		const d = documentFor(unsure, 'Maschinenbau Huber GmbH');
		const answers = expectFrame(d, 'Maschinenbau Huber GmbH');
		expect(d.category).toBe('uncertain');
		expect(d.provisionalMark).toBe('ERGEBNIS NOCH OFFEN');
		expect(d.result.name).toBe('Noch offen – bitte klären');
		expect(d.result.possible).toBe('Je nach den offenen Antworten möglich: Wichtige Einrichtung · Nicht unmittelbar betroffen');
		const clarify = items(d, 'Das sollten Sie klären');
		const question = (id: string) => rules.clarify.find((c) => c.id === id)!;
		expect(clarify.map((i) => i.title)).toEqual(['C-STAFF', 'C-TURNOVER', 'C-BALANCE'].map((id) => question(id).question.de));
		expect(clarify.map((i) => i.small)).toEqual(['C-STAFF', 'C-TURNOVER', 'C-BALANCE'].map((id) => [`Wen fragen: ${question(id).whom.de}`]));
		expect(section(d, 'Was Sie jetzt tun sollten').blocks).toEqual([{ kind: 'text', text: expect.stringMatching(/^Klären Sie zuerst die Punkte/) }]);
		expect(section(d, 'Was schon feststeht').blocks).toEqual([{ kind: 'text', text: 'Noch keine Regel steht in jedem Fall fest.' }]);
		expect(section(d, 'Ihre Pflichten').blocks).toEqual([{ kind: 'text', text: 'Welche Pflichten gelten, hängt von den offenen Fragen ab. Klären Sie diese zuerst.' }]);
		expect(answers['Beschäftigte (Jahresarbeitseinheiten)']).toBe('Weiß nicht');
	});
});

async function docx(d: Nis2DocumentData) {
	const blob = await renderNis2Docx(d);
	const { text, partsMatching } = await readDocx(blob);
	return { blob, text, header: partsMatching(/^word\/header\d+\.xml$/), footer: partsMatching(/^word\/footer\d+\.xml$/) };
}

describe('the Word file', () => {
	it('of the hospital holds category, reasons with their paragraphs, duties, deadlines and the disclaimer', async () => {
		const { text, blob, header, footer } = await docx(documentFor(hospital, 'St. Marien Krankenhaus gGmbH'));
		expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(text).toContain('Ergebnis der NIS-2-Betroffenheitsprüfung');
		expect(text).toContain('Besonders wichtige Einrichtung');
		expect(text).toContain('Regel R-ANLAGE1-LARGE · Rechtsgrundlage: § 28 Abs. 1 Nr. 4 BSIG');
		expect(text).toContain('Risikomanagement umsetzen und dokumentieren');
		expect(text).toContain('Rechtsgrundlage: § 32 Abs. 1 und 2 BSIG');
		expect(text).toContain('innerhalb von 24 Stunden');
		expect(text).toContain('Regelwerk bsig-2025-12-r2, Fassung 2');
		expect(text).toContain('1. Dezember 2026');
		expect(text).toContain('Diese Prüfung ist eine Orientierungshilfe und keine Rechtsberatung.');
		expect(header).toContain('St. Marien Krankenhaus gGmbH');
		expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
		expect(footer).toContain('eine Orientierungshilfe, keine Rechtsberatung.');
	});

	it('of the bakery is a whole document too, umlauts intact', async () => {
		const { text } = await docx(documentFor(bakery, 'Bäckerei Sonnenschein'));
		for (const words of ['Bäckerei Sonnenschein', 'Nicht unmittelbar betroffen', 'Rechtsgrundlage: § 28 BSIG', 'Größenklasse nach Ihren Angaben: klein', 'Lebensmittel-Großhandel', 'Ergebnis dokumentieren und aktuell halten (Empfehlung)', 'Rechtslage vom 6. Dezember 2025', 'keine Rechtsberatung']) {
			expect(text, words).toContain(words);
		}
	});

	it('of an open result marks every page and lists what to clarify', async () => {
		const { text, header } = await docx(documentFor(unsure, 'Maschinenbau Huber GmbH'));
		expect(header).toContain('ERGEBNIS NOCH OFFEN');
		expect(text).toContain('Das sollten Sie klären');
		expect(text).toContain('Wen fragen:');
	});

	it('comes in English when the UI is English', async () => {
		locale.current = 'en';
		const { text } = await docx(documentFor(hospital, 'St. Marien Krankenhaus gGmbH'));
		expect(text).toContain('Result of the NIS-2 applicability check');
		expect(text).toContain('Essential entity');
		expect(text).toContain('Rule R-ANLAGE1-LARGE · legal basis: § 28 Abs. 1 Nr. 4 BSIG');
		expect(text).toContain('BSI Act (BSIG) as amended in December 2025 (NIS2UmsuCG), law as of 6 December 2025');
		expect(text).toContain('This check is an orientation aid, not legal advice.');
	});
});

describe('the PDF', () => {
	const fonts = { regular: readFileSync('static/fonts/DejaVuSans-subset.ttf').toString('base64'), bold: readFileSync('static/fonts/DejaVuSans-Bold-subset.ttf').toString('base64') };

	it('of the bakery reads back with category, date, legal state, reason and disclaimer on every page', async () => {
		const blob = await renderNis2Pdf(documentFor(bakery, 'Bäckerei Sonnenschein'), fonts);
		const path = join(mkdtempSync(join(tmpdir(), 'nis2-pdf-')), 'result.pdf');
		writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
		const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
		const flat = text.replace(/\s+/g, ' ');
		for (const words of ['Nicht unmittelbar betroffen', 'Dokument erstellt am 1. Dezember 2026', 'Regelwerk bsig-2025-12-r2, Fassung 2', 'Regel R-NONE · Rechtsgrundlage: § 28 BSIG', 'Bäckerei Sonnenschein', 'Diese Prüfung ist eine Orientierungshilfe und keine Rechtsberatung.']) {
			expect(flat, words).toContain(words);
		}
		const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
		expect(flat.match(/eine Orientierungshilfe, keine Rechtsberatung\./g)).toHaveLength(pages);
		for (let p = 1; p <= pages; p++) expect(text).toContain(`Seite ${p} von ${pages}`);
	});
});
