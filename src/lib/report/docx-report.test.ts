import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it } from 'vitest';
import { readDocx } from '$test-data/docx';
import { currentCatalogue } from '$lib/engine';
import { locale } from '$lib/i18n/locale.svelte';
import type { Assessment } from '$lib/model/assessment';
import { derive } from '$lib/model/derive';
import { renderReportDocx } from '$lib/report/docx-report';
import { docxText } from '$lib/report/docx-text';
import { buildReportData, type ProviderInfo } from '$lib/report/report-data';
import { allAnswered, makeAssessment } from '$test-data/factories/assessment';
import { makeConsultation, PROVIDER } from '$test-data/factories/consultation';

// The check worked out by hand from DIN SPEC 27076's points: TOP requirements (01, 05, 11, 15,
// 20) count +3 fulfilled / −3 not, the 22 others +1 / 0; "not relevant" leaves the maximum.
// 04 and 25 not relevant: max 5·3 + 20·1 = 35. 01 not fulfilled −3, the other four TOP +12;
// 10 and 14 not fulfilled 0, the other 18 regular +18. Score −3 + 12 + 18 = 27 of 35.
const answers = { ...allAnswered('fulfilled'), '01': 'not_fulfilled', '10': 'not_fulfilled', '14': 'not_fulfilled', '04': 'not_relevant', '25': 'not_relevant' } as const;
const LONG_NOTE = `${'Rücksicherung geprüft, Kosten ca. 250 € – „dringend“. '.repeat(100).slice(0, 4980)}ENDE-DER-NOTIZ`;
const HOSTILE = 'Größe Übung ß 👩‍💻 🇩🇪 \u200Fשלום\u200F <b>markup</b> & <w:t>x</w:t> {PAGE}';
const png = (file: string) => `data:image/png;base64,${readFileSync(join('static/icons', file)).toString('base64')}`;
const provider = (logo: string): ProviderInfo => ({
	company: 'IT-Service Nord GmbH',
	consultant: 'Jana Berg',
	contact: 'jana@example.org',
	accent: '#aa3300',
	logo: { dataUrl: logo, width: 192, height: 192 }
});

function check(): { assessment: Assessment; previous: Assessment } {
	const previous = makeAssessment({ ...answers, '10': 'fulfilled' }, { createdAt: '2025-11-01T10:00:00.000Z' });
	const assessment = makeAssessment(answers, {
		company: { name: 'Bäckerei Müller GmbH', seat: 'Köln', employees: 18 },
		// A control character and a lone surrogate half: XML cannot hold them, Word would refuse the file.
		notes: { '03': HOSTILE, '11': LONG_NOTE, '12': 'Zeile eins\u0001\uD800\nZeile zwei' },
		plan: { '01': { owner: 'Herr Weiß', due: '2026-12-01', status: 'in_progress' } }
	});
	return { assessment, previous };
}

async function render(logo = png('icon-192.png')) {
	const { assessment, previous } = check();
	const data = buildReportData(
		{ assessment, catalogue: currentCatalogue, derived: derive(currentCatalogue, assessment.responses) },
		{ appVersion: '9.9.9', now: new Date('2026-11-26T10:00:00Z'), provider: provider(logo), previous }
	);
	const { blob, logo: logoState } = await renderReportDocx(data, { chartPng: png('icon-512.png') });
	const { buffer, text, part, parts, partsMatching } = await readDocx(blob);
	return { blob, buffer, text, part, parts, partsMatching, logoState };
}

afterEach(() => {
	locale.current = 'de';
});

describe('docxText', () => {
	it('drops what XML 1.0 forbids and keeps everything else, markup included', () => {
		expect(docxText('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg')).toBe('abcdefg');
		expect(docxText('x\uD800y\uDC00z')).toBe('xyz');
		expect(docxText('Tab\tund\nZeile 👩‍💻 \u200F <b>x</b>')).toBe('Tab\tund\nZeile 👩‍💻 \u200F <b>x</b>');
		expect(docxText('Mu\u0308ller')).toBe('Müller');
		// Overrides that reorder what is shown go, as everywhere in the app (model/text.ts).
		expect(docxText('a\u202Eb')).toBe('ab');
	});
});

describe('the Word report of a complete consultation check', () => {
	it('says what the PDF says: score, all 27 requirements, provider, tracking, notes as text', async () => {
		const { text, blob, logoState } = await render();
		expect(logoState).toBe('included');
		expect(text).toContain('IT-Sicherheitsbericht nach DIN SPEC 27076');
		expect(text).toContain('27 von 35 Punkten');
		expect(text).toContain('Bäckerei Müller GmbH');
		expect(text).toContain('IT-Service Nord GmbH');
		expect(text).toContain('IT-Service Nord GmbH (Jana Berg) erklärt');
		expect(text).toContain('Vergleich mit der letzten Prüfung');
		// The hostile note arrives as the user typed it; markup and braces stay letters.
		expect(text).toContain(HOSTILE);
		expect(text).toContain(LONG_NOTE);
		// (mammoth's raw text drops line breaks; the next test finds them in the XML)
		expect(text).toContain('Zeile einsZeile zwei');
		// Owner, due date and status of the one tracked action; 01 (TOP) comes before 10 and 14.
		expect(text).toMatch(/Verantwortlich: Herr Weiß · Fällig am: 1\. Dezember 2026 · Stand: in Arbeit/);
		const plan = text.slice(text.indexOf('Ihr Maßnahmenplan'));
		expect(plan.indexOf('TOP-Empfehlungen')).toBeLessThan(plan.indexOf('01 Verantwortung der Geschäftsführung (TOP)'));
		expect(plan.indexOf('01 Verantwortung der Geschäftsführung (TOP)')).toBeLessThan(plan.indexOf('Weitere Empfehlungen'));
		expect(plan.indexOf('Weitere Empfehlungen')).toBeLessThan(plan.indexOf('\n10 '));
		// Annex A: every requirement by its number, in a row of its own.
		const annex = text.slice(text.indexOf('Anhang A'), text.indexOf('Anhang B'));
		for (const r of currentCatalogue.requirements) expect(annex, r.id).toMatch(new RegExp(`(^|\\n)${r.id}\\n`));
		expect(annex).toMatch(/Nicht erfüllt\n+−3/);
		expect(text.slice(text.indexOf('Anhang B'))).toContain('ERP-Förderkredit Digitalisierung');
		expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(blob.size).toBeLessThan(1024 * 1024);
	});

	it('is real Word structure: heading styles, repeating table heads, headers and footers with fields', async () => {
		const { part, parts, partsMatching } = await render();
		const document = part('word/document.xml');
		expect(document).toContain('<w:pStyle w:val="Heading1"/>');
		expect(document).toContain('<w:pStyle w:val="Heading2"/>');
		expect(document).toMatch(/<w:tblHeader( w:val="(true|1|on)")?\/>/);
		// The heading styles carry outline levels 1–3, which Word's table of contents goes by.
		const stylesXml = part('word/styles.xml');
		for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) {
			expect(stylesXml).toMatch(new RegExp(`w:styleId="${id}">(?:(?!</w:style>).)*<w:outlineLvl w:val="${level}"/>`));
		}
		expect(document).toContain('&lt;b&gt;markup&lt;/b&gt;');
		expect(document).not.toContain('<b>markup');
		expect(document).not.toMatch(/[\u0001\uD800]/); // eslint-disable-line no-control-regex
		// A note's line break is a Word line break, not a newline Word would show as a space.
		expect(document).toMatch(/Zeile eins<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>Zeile zwei/);
		const header = partsMatching(/^word\/header\d+\.xml$/);
		const footer = partsMatching(/^word\/footer\d+\.xml$/);
		expect(header).toContain('IT-Service Nord GmbH');
		expect(header).toContain('AA3300');
		expect(header).toContain('<a:blip');
		expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
		expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
		expect(footer).toContain('Seite ');
		expect(footer).toContain('IT-Service Nord GmbH · Jana Berg');
		expect(footer).toContain('Katalog 2023.2 · App 9.9.9');
		expect(parts.filter((p) => p.startsWith('word/media/')).length).toBeGreaterThanOrEqual(2);
	});

	it('is well-formed XML in every part, with every relationship pointing at a part that exists (what Word checks before it offers a repair)', async () => {
		const { part, parts } = await render();
		const xmlParts = parts.filter((p) => /\.(xml|rels)$/.test(p));
		expect(xmlParts).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml']));
		for (const name of xmlParts) {
			const parser = new SaxesParser({ xmlns: true });
			const errors: string[] = [];
			parser.on('error', (error) => errors.push(error.message));
			parser.write(part(name)).close();
			expect(errors, name).toEqual([]);
		}
		// Every internal target of word/document.xml's relationships is a part of the package.
		const rels = part('word/_rels/document.xml.rels');
		for (const [, target, mode] of rels.matchAll(/Target="([^"]+)"(?: TargetMode="(\w+)")?/g)) {
			if (mode === 'External') continue;
			const path = target!.startsWith('/') ? target!.slice(1) : `word/${target}`;
			expect(parts, target).toContain(path);
		}
		// Each content type the parts need is declared.
		const types = part('[Content_Types].xml');
		for (const ext of new Set(parts.map((p) => p.split('.').pop()!).filter((e) => ['png', 'jpeg', 'jpg', 'xml', 'rels'].includes(e)))) {
			expect(types, ext).toMatch(new RegExp(`Extension="${ext}"|PartName="[^"]+\\.${ext}"`));
		}
	});

	it('leaves out a logo that is no image, says so, and still makes the report', async () => {
		const garbage = `data:image/png;base64,${Buffer.from('this is not a PNG file at all, just bytes').toString('base64')}`;
		for (const logo of [garbage, 'data:image/png;base64,', 'not a data url']) {
			const { text, parts, partsMatching, logoState } = await render(logo);
			expect(logoState).toBe('unreadable');
			expect(text).toContain('27 von 35 Punkten');
			// Only the chart is left as an image; the header still names the provider.
			expect(parts.filter((p) => p.startsWith('word/media/'))).toHaveLength(1);
			expect(partsMatching(/^word\/header\d+\.xml$/)).toContain('IT-Service Nord GmbH');
		}
	});

	it('comes in English when the UI is English', async () => {
		locale.current = 'en';
		const { text, part } = await render();
		expect(text).toContain('IT security report according to DIN SPEC 27076');
		expect(text).toContain('27 of 35 points');
		expect(text).toContain('Your action plan');
		expect(text).toContain('TOP recommendations – put in place now');
		expect(text).toContain('Annex A: All requirements with their result');
		expect(text).toMatch(/Responsible: Herr Weiß · Due on: 1 December 2026 · Status: in progress/);
		expect(part('word/styles.xml')).toContain('en-GB');
	});
});

describe('the Word report of a consultation', () => {
	// The consultation of the factory: 26 November 2026, 1 h 25 min, Anna Schulz (management) and Tom Beck (IT).
	async function consultationText(participants = makeConsultation().participants) {
		const assessment = makeAssessment(answers, { company: { name: 'Bäckerei Müller GmbH' }, consultation: makeConsultation({ participants }) });
		const data = buildReportData(
			{ assessment, catalogue: currentCatalogue, derived: derive(currentCatalogue, assessment.responses) },
			{ appVersion: '9.9.9', now: new Date('2026-11-26T12:00:00Z'), provider: PROVIDER, followUp: '2027-03-15' }
		);
		const { blob } = await renderReportDocx(data, { chartPng: png('icon-512.png') });
		return (await readDocx(blob)).text;
	}

	it('carries the provider, the interview date and duration, the participants with roles, and the follow-up', async () => {
		const text = await consultationText();
		expect(text).toContain('IT-Service Nord GmbH');
		const section = text.slice(text.indexOf('Beratung\n'), text.indexOf('Ihr Maßnahmenplan'));
		// Each cell is a paragraph of its own: label, then value.
		expect(section).toMatch(/Datum des Interviews\n+26\. November 2026/);
		expect(section).toMatch(/Dauer des Interviews\n+1:25 Std\./);
		expect(section).toMatch(/Geschäftsführung hat teilgenommen\n+Ja/);
		expect(section).toMatch(/Beraterin oder Berater\n+Jana Berg/);
		expect(section).toMatch(/Qualifikation\n+Zertifizierte Beraterin DIN SPEC 27076, IHK/);
		expect(section).toMatch(/Fragenkatalog\n+DIN SPEC 27076:2023-05, Version 2023\.2/);
		expect(section).toMatch(/Nächster Beratungstermin\n+15\. März 2027/);
		expect(section).toMatch(/Anna Schulz\n+Geschäftsführung/);
		expect(section).toMatch(/Tom Beck\n+IT-Verantwortliche\/r/);
		expect(section).not.toContain('nicht teilgenommen');
		// The section comes right after the result, before the action plan.
		expect(text.indexOf('Beratung\n')).toBeGreaterThan(text.indexOf('27 von 35 Punkten'));
	});

	it('says when the management did not take part', async () => {
		const text = await consultationText([{ name: 'Tom Beck', role: 'it' }]);
		expect(text).toMatch(/Geschäftsführung hat teilgenommen\n+Nein/);
		expect(text).toContain('Die Geschäftsführung hat nicht teilgenommen.');
	});
});
