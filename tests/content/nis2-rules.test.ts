// The current rules file questions/nis2/2025-12-r2.json (revision 2 of the 2025-12 legal state): it is valid against its schema, parses, holds
// what nis2.md requires, and every kind of mistake in such a file is caught with its path.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsDir, validateQuestions } from '../../scripts/validate-questions.js';
import { ENGINE_WARNING_IDS, NIS2_INPUTS, parseNis2Rules } from '$lib/engine/nis2';
import { currentNis2Rules } from '$lib/engine';

const FILE = 'nis2/2025-12-r2.json';
const raw = (): Record<string, unknown> => JSON.parse(readFileSync(join(questionsDir, FILE), 'utf8'));

/** The 67 row ids of Anlage 1 and 2 BSIG as listed in nis2.md. */
const ANLAGE1 = [
	'A1-1.1.1', 'A1-1.1.2', 'A1-1.1.3', 'A1-1.1.4', 'A1-1.1.5', 'A1-1.1.6', 'A1-1.1.7', 'A1-1.1.8', 'A1-1.1.9',
	'A1-1.2.1', 'A1-1.3.1', 'A1-1.3.2', 'A1-1.3.3',
	'A1-1.4.1', 'A1-1.4.2', 'A1-1.4.3', 'A1-1.4.4', 'A1-1.4.5', 'A1-1.4.6', 'A1-1.4.7', 'A1-1.4.8',
	'A1-2.1.1', 'A1-2.1.2', 'A1-2.1.3', 'A1-2.2.1', 'A1-2.2.2', 'A1-2.3.1', 'A1-2.3.2', 'A1-2.3.3', 'A1-2.4.1', 'A1-2.4.2',
	'A1-3.1.1', 'A1-3.2.1', 'A1-3.2.2',
	'A1-4.1.1', 'A1-4.1.2', 'A1-4.1.3', 'A1-4.1.4', 'A1-4.1.5',
	'A1-5.1.1', 'A1-5.2.1',
	'A1-6.1.1', 'A1-6.1.2', 'A1-6.1.3', 'A1-6.1.4', 'A1-6.1.5', 'A1-6.1.6', 'A1-6.1.7', 'A1-6.1.8', 'A1-6.1.9', 'A1-6.1.10', 'A1-6.1.11',
	'A1-7.1.1'
];
const ANLAGE2 = [
	'A2-1.1.1', 'A2-2.1.1', 'A2-3.1.1', 'A2-4.1.1',
	'A2-5.1.1', 'A2-5.2.1', 'A2-5.3.1', 'A2-5.4.1', 'A2-5.5.1', 'A2-5.6.1',
	'A2-6.1.1', 'A2-6.1.2', 'A2-6.1.3', 'A2-7.1.1'
];

describe('the 2025-12 rules file, revision 2', () => {
	it('is valid against questions/schema/nis2-rules.schema.json', () => {
		const problems = validateQuestions().filter((p) => p.file.includes('nis2'));
		expect(problems).toEqual([]);
	});

	it('names its schema, format, version and legal state', () => {
		const data = raw();
		expect(data.$schema).toBe('../schema/nis2-rules.schema.json');
		expect(data.format).toBe('kmu-cyber-check/nis2-rules');
		expect(data.formatVersion).toBe(1);
		expect(currentNis2Rules.legalState).toBe('2025-12-06');
		expect(currentNis2Rules.id).toBe('bsig-2025-12-r2');
		expect(currentNis2Rules.revision).toBe(2);
	});

	it('keeps revision 1 valid against its own schema, so results stored under it can be recomputed', () => {
		const r1 = JSON.parse(readFileSync(join(questionsDir, 'nis2/2025-12.json'), 'utf8'));
		expect(r1.$schema).toBe('../schema/nis2-rules-r1.schema.json');
		const parsed = parseNis2Rules(r1);
		expect(parsed.id).toBe('bsig-2025-12');
		expect(parsed.legalState).toBe(currentNis2Rules.legalState);
	});

	it('parses', () => {
		expect(() => parseNis2Rules(raw())).not.toThrow();
	});

	it('has all 67 rows with the ids of nis2.md: 53 in Anlage 1, 14 in Anlage 2', () => {
		const rows = currentNis2Rules.rows;
		expect(rows).toHaveLength(67);
		expect(rows.filter((r) => r.anlage === 1).map((r) => r.id)).toEqual(ANLAGE1);
		expect(rows.filter((r) => r.anlage === 2).map((r) => r.id)).toEqual(ANLAGE2);
		expect(ANLAGE1).toHaveLength(53);
		expect(ANLAGE2).toHaveLength(14);
	});

	it('every row has a sector, a name, a plain explanation and examples in German and English', () => {
		for (const row of currentNis2Rules.rows) {
			for (const text of [row.sector.name, row.name, row.explanation, ...row.examples]) {
				expect(text.de.trim().length, row.id).toBeGreaterThan(0);
				expect(text.en.trim().length, row.id).toBeGreaterThan(0);
			}
			// 1-2 sentences for a small-business owner.
			expect(row.explanation.de.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length, row.id).toBeLessThanOrEqual(3);
		}
	});

	it('German texts use proper umlauts, not ae/oe/ue substitutes', () => {
		const text = JSON.stringify(raw());
		expect(text).toMatch(/[äöüß]/);
		expect(text).not.toMatch(/\b(fuer|Groesse|Unternehmensgroesse|koennen|muessen|Aufsichtsbehoerde)\b/);
	});

	it('links the special rows to their special types', () => {
		const special = Object.fromEntries(currentNis2Rules.rows.filter((r) => r.special).map((r) => [r.id, r.special]));
		expect(special).toEqual({
			'A1-6.1.2': 'dnsServiceProvider',
			'A1-6.1.3': 'tldRegistry',
			'A1-6.1.7': 'trustServiceProvider',
			'A1-6.1.8': 'publicTelecom',
			'A1-6.1.9': 'publicTelecom'
		});
	});

	it('marks the overlays: DORA for finance, TKG for telecom, EnWG for energy networks and installations', () => {
		const overlays = Object.fromEntries(currentNis2Rules.rows.filter((r) => r.overlays).map((r) => [r.id, r.overlays]));
		const enwg = ['A1-1.1.2', 'A1-1.1.3', 'A1-1.1.4', 'A1-1.1.7', 'A1-1.4.1', 'A1-1.4.2', 'A1-1.4.3', 'A1-1.4.4'];
		// Aggregators, market actors and the like: §5c EnWG only if it is an energy installation.
		const enwgCheck = ['A1-1.1.6', 'A1-1.1.8', 'A1-1.1.9', 'A1-1.4.6', 'A1-1.4.7', 'A1-1.4.8'];
		expect(overlays).toEqual({
			...Object.fromEntries(enwg.map((id) => [id, ['N-ENWG']])),
			...Object.fromEntries(enwgCheck.map((id) => [id, ['N-ENWG-CHECK']])),
			'A1-3.1.1': ['N-DORA'],
			'A1-3.2.1': ['N-DORA'],
			'A1-3.2.2': ['N-DORA'],
			'A1-6.1.8': ['N-TKG'],
			'A1-6.1.9': ['N-TKG']
		});
		expect(currentNis2Rules.specialTypes.find((t) => t.id === 'publicTelecom')?.overlays).toEqual(['N-TKG']);
	});

	it('gives each overlay its own citation and condition, and names the duties it takes over', () => {
		const note = (id: string) => currentNis2Rules.notes.find((n) => n.id === id)!;
		expect(note('N-DORA').legalBasis).toMatch(/^§ 28 Abs\. 6 Nr\. 1 BSIG; Art\. 2 Abs\. 2 Verordnung \(EU\) 2022\/2554/);
		expect(note('N-TKG').legalBasis).toMatch(/^§ 28 Abs\. 5 Satz 1 Nr\. 1/);
		expect(note('N-ENWG').legalBasis).toMatch(/§§ 5c bis 5e EnWG/);
		const citations = ['N-DORA', 'N-TKG', 'N-ENWG'].map((id) => note(id).legalBasis);
		expect(new Set(citations).size).toBe(3);
		for (const id of ['N-DORA', 'N-TKG', 'N-ENWG', 'N-ENWG-CHECK']) {
			expect(note(id).condition?.de.length, id).toBeGreaterThan(20);
			expect(note(id).condition?.en.length, id).toBeGreaterThan(20);
		}
		expect(note('N-ENWG').condition?.de).toMatch(/angeschlossen/);
		expect(note('N-ENWG').text.de).toMatch(/digitaler Energiedienste/);
		// §28(5)/(6) BSIG: §§30, 31, 32, 35, 36, 38, 39 do not apply; §33 registration stays.
		const dora = note('N-DORA').removesDuties ?? [];
		expect(dora).toEqual(expect.arrayContaining(['D-RISK-MEASURES', 'D-KRITIS-DETECTION', 'D-INCIDENT-REPORTING', 'D-INFORM-RECIPIENTS', 'D-MANAGEMENT', 'D-KRITIS-PROOF']));
		expect(dora).not.toContain('D-REGISTRATION');
		expect(note('N-DORA').removesDutiesScope).toBe('entity');
		expect(note('N-TKG').removesDutiesScope).toBe('coveredActivities');
	});

	it('keeps the size thresholds and their semantics as data', () => {
		expect(currentNis2Rules.size.thresholds).toEqual({
			staffMedium: 50,
			staffLarge: 250,
			turnoverMedium: 10_000_000,
			balanceMedium: 10_000_000,
			turnoverLarge: 50_000_000,
			balanceLarge: 43_000_000
		});
		expect(currentNis2Rules.size.comparison).toEqual({ staff: 'atLeast', euros: 'over', financialPair: 'and' });
		expect(currentNis2Rules.size.partnerMinSharePercent).toBe(25);
	});

	it('has every decision rule with category, legal basis and plain explanation', () => {
		const rules = Object.fromEntries(currentNis2Rules.rules.map((r) => [r.id, [r.category, r.legalBasis]]));
		expect(rules).toEqual({
			'R-KRITIS': ['essential', '§ 28 Abs. 1 Nr. 1 BSIG'],
			'R-QTSP': ['essential', '§ 28 Abs. 1 Nr. 2 BSIG'],
			'R-TLD': ['essential', '§ 28 Abs. 1 Nr. 2 BSIG'],
			'R-DNS': ['essential', '§ 28 Abs. 1 Nr. 2 BSIG'],
			'R-TELECOM-MEDIUM': ['essential', '§ 28 Abs. 1 Nr. 3 BSIG'],
			'R-TELECOM-SMALL': ['important', '§ 28 Abs. 2 Nr. 2 BSIG'],
			'R-NQTSP': ['important', '§ 28 Abs. 2 Nr. 1 BSIG'],
			'R-ANLAGE1-LARGE': ['essential', '§ 28 Abs. 1 Nr. 4 BSIG'],
			'R-ANLAGE-MEDIUM': ['important', '§ 28 Abs. 2 Nr. 3 BSIG'],
			'R-DOMAIN-REGISTRAR': ['registration_only', '§§ 33, 34, 49–51 BSIG; § 2 Nr. 9 BSIG'],
			'R-NONE': ['not_affected', '§ 28 BSIG']
		});
		// Anlage 2 only ever appears in an 'important' rule.
		for (const rule of currentNis2Rules.rules) if (rule.when?.anlage?.includes(2)) expect(rule.category).toBe('important');
	});

	it('has duties for every category, with the deadlines and fines of nis2.md', () => {
		const duties = currentNis2Rules.duties;
		const of = (cat: string) => duties.filter((d) => d.categories.includes(cat as never)).map((d) => d.id);
		expect(of('essential')).toEqual(expect.arrayContaining(['D-RISK-MEASURES', 'D-INCIDENT-REPORTING', 'D-REGISTRATION', 'D-MANAGEMENT', 'D-SUPERVISION-ESSENTIAL', 'D-FINES-ESSENTIAL']));
		expect(of('important')).toEqual(expect.arrayContaining(['D-RISK-MEASURES', 'D-INCIDENT-REPORTING', 'D-REGISTRATION', 'D-MANAGEMENT', 'D-SUPERVISION-IMPORTANT', 'D-FINES-IMPORTANT']));
		expect(of('registration_only')).toEqual(expect.arrayContaining(['D-REGISTRATION', 'D-DOMAIN-DATA']));
		expect(of('not_affected')).toEqual(['D-DOCUMENT-RESULT']);
		const byId = new Map(duties.map((d) => [d.id, d]));
		expect(byId.get('D-SUPERVISION-ESSENTIAL')?.legalBasis).toBe('§ 61 BSIG');
		expect(byId.get('D-SUPERVISION-IMPORTANT')?.legalBasis).toBe('§ 62 BSIG');
		expect(byId.get('D-MANAGEMENT')?.legalBasis).toBe('§ 38 BSIG');
		expect(byId.get('D-INFORM-RECIPIENTS')?.legalBasis).toBe('§ 35 Abs. 1 BSIG');
		expect(byId.get('D-FINES-REGISTRATION')?.fine).toMatchObject({ maxEur: 500_000, legalBasis: '§ 65 Abs. 5 Satz 1 Nr. 5 BSIG' });
		// Each fine names the paragraph of its maximum and the breaches it is for.
		for (const d of duties.filter((x) => x.fine)) {
			expect(d.fine?.legalBasis, d.id).toMatch(/^§ 65/);
			expect(d.fine?.breaches?.de.length, d.id).toBeGreaterThan(40);
			expect(d.fine?.breaches?.en.length, d.id).toBeGreaterThan(40);
		}
		// A recommendation that no law makes a duty cites no paragraph (it used to cite §28).
		expect(byId.get('D-DOCUMENT-RESULT')?.kind).toBe('recommendation');
		expect(byId.get('D-DOCUMENT-RESULT')?.legalBasis).toBeUndefined();
	});

	it('has a clarify question (with whom to ask) for every input, and a text for every engine warning', () => {
		expect(currentNis2Rules.clarify.map((c) => c.input).sort()).toEqual([...NIS2_INPUTS].sort());
		expect(currentNis2Rules.warnings.map((w) => w.id).sort()).toEqual([...ENGINE_WARNING_IDS].sort());
	});

	it('has the sources and the disclaimer', () => {
		const designations = currentNis2Rules.sources.map((s) => s.designation);
		expect(designations).toEqual(expect.arrayContaining(['BGBl. 2025 I Nr. 301', 'Richtlinie (EU) 2022/2555', 'Empfehlung 2003/361/EG', 'Verordnung (EU) 2022/2554, Art. 2 Abs. 2']));
		expect(designations.some((d) => d.includes('EnWG'))).toBe(true);
		expect(designations.some((d) => d.includes('TKG'))).toBe(true);
		expect(currentNis2Rules.disclaimer.de).toContain('keine Rechtsberatung');
	});
});

describe('parseNis2Rules catches mistakes in a rules file, naming the JSON path', () => {
	type Json = Record<string, unknown> & { rows: Json[]; rules: Json[]; duties: Json[]; notes: Json[]; warnings: Json[]; size: Json; specialTypes: Json[] };
	const cases: [string, (d: Json) => void, RegExp][] = [
		['duplicate row id', (d) => (d.rows[1]!.id = d.rows[0]!.id), /\/rows\/1\/id: duplicate row id "A1-1\.1\.1" \(first at \/rows\/0\/id\)/],
		['a missing row (66 instead of 67)', (d) => d.rows.splice(5, 1), /\/rows: has 52 Anlage 1 rows, expected 53/],
		['an extra row', (d) => d.rows.push({ ...d.rows[60]!, id: 'A2-9.9.9' }), /\/rows: has 15 Anlage 2 rows, expected 14/],
		['row id and anlage disagree', (d) => (d.rows[0]!.anlage = 2), /\/rows\/0\/anlage: is 2 but the id "A1-1\.1\.1" says Anlage 1/],
		['a malformed row id', (d) => (d.rows[0]!.id = 'A1-1.1'), /\/rows\/0\/id/],
		['a row linked to an unknown special type', (d) => (d.rows[0]!.special = 'dns'), /\/rows\/0\/special/],
		['a row naming an unknown overlay note', (d) => (d.rows[0]!.overlays = ['N-NOPE']), /\/rows\/0\/overlays\/0: refers to unknown note "N-NOPE"/],
		['a sector with two names', (d) => ((d.rows[1]!.sector as Json).name = { de: 'Strom', en: 'Power' }), /\/rows\/1\/sector\/name: differs/],
		['a rule referring to an unknown category', (d) => (d.rules[0]!.category = 'very_important'), /\/rules\/0\/category: refers to unknown category "very_important"/],
		['a rule with an unknown special type', (d) => ((d.rules[0]!.when as Json).special = 'kritis'), /\/rules\/0\/when\/special/],
		['a rule value the special type cannot take', (d) => ((d.rules[0]!.when as Json).values = ['qualified']), /\/rules\/0\/when\/values\/0/],
		['a rule with an unknown size class', (d) => ((d.rules[7]!.when as Json).sizes = ['huge']), /\/rules\/7\/when\/sizes\/0/],
		['a duplicate rule id', (d) => (d.rules[1]!.id = 'R-KRITIS'), /\/rules\/1\/id: duplicate rule id "R-KRITIS"/],
		['two fallback rules', (d) => { d.rules[0]!.fallback = true; delete d.rules[0]!.when; }, /\/rules: needs exactly one fallback rule, has 2/],
		['no fallback rule', (d) => d.rules.pop(), /\/rules: needs exactly one fallback rule, has 0/],
		['a duty for an unknown category', (d) => (d.duties[0]!.categories = ['essential', 'critical']), /\/duties\/0\/categories\/1: refers to unknown category "critical"/],
		['a duty limited to an unknown rule', (d) => (d.duties[0]!.onlyIf = { rules: ['R-NOPE'] }), /\/duties\/0\/onlyIf\/rules\/0: refers to unknown rule "R-NOPE"/],
		['a duty limited to an unknown row', (d) => (d.duties[0]!.onlyIf = { rows: ['A1-9.9.9'] }), /\/duties\/0\/onlyIf\/rows\/0: refers to unknown row "A1-9.9.9"/],
		['a malformed deadline', (d) => ((d.duties[1]!.deadlines as Json[])[0]!.period = '24h'), /\/duties\/1\/deadlines\/0\/period/],
		['medium threshold not below large', (d) => ((d.size.thresholds as Json).staffMedium = 250), /\/size\/thresholds\/staffLarge: must be greater than staffMedium/],
		['a negative threshold', (d) => ((d.size.thresholds as Json).turnoverMedium = -1), /\/size\/thresholds\/turnoverMedium: must be > 0/],
		['a threshold as a string', (d) => ((d.size.thresholds as Json).balanceLarge = '43000000'), /\/size\/thresholds\/balanceLarge: must be a finite number/],
		['a missing warning text', (d) => d.warnings.splice(0, 1), /\/warnings: missing warning "W-NEGLIGIBLE-NOT-CHOSEN"/],
		['a missing clarify question', (d) => (d.clarify as Json[]).splice(0, 1), /\/clarify: missing a question for input "kritisOperator"/],
		['a missing special type', (d) => d.specialTypes.splice(0, 1), /\/specialTypes: missing special type "kritisOperator"/],
		['a text without English', (d) => delete (d.rows[3]!.name as Json).en, /\/rows\/3\/name: missing "en"/],
		['an unknown property', (d) => (d.rows[2]!.colour = 'red'), /\/rows\/2\/colour: unknown property/],
		['an impossible date', (d) => (d.legalState = '2025-02-30'), /\/legalState: "2025-02-30" is not a calendar date/],
		['another format version', (d) => (d.formatVersion = 2), /\/formatVersion: must be 1/]
	];

	it.each(cases)('%s', (_name, change, message) => {
		const data = raw() as Json;
		change(data);
		expect(() => parseNis2Rules(data)).toThrow(Error);
		expect(() => parseNis2Rules(data)).toThrow(message);
	});

	it('rejects what is not an object at all', () => {
		expect(() => parseNis2Rules(null)).toThrow(/must be an object/);
		expect(() => parseNis2Rules([])).toThrow(/must be an object/);
	});

	it('reports every problem at once', () => {
		const data = raw() as Json;
		data.rows[1]!.id = data.rows[0]!.id;
		data.rules[0]!.category = 'nope';
		try {
			parseNis2Rules(data);
			expect.unreachable();
		} catch (error) {
			expect((error as Error).message).toMatch(/\/rows\/1\/id/);
			expect((error as Error).message).toMatch(/\/rules\/0\/category/);
		}
	});
});

describe('the JSON Schema catches shape mistakes at build time', () => {
	/** A questions folder holding only the schemas and a changed copy of the NIS-2 file. */
	function folderWith(change: (data: Record<string, unknown>) => void): string {
		const dir = mkdtempSync(join(tmpdir(), 'nis2-'));
		cpSync(join(questionsDir, 'schema'), join(dir, 'schema'), { recursive: true });
		mkdirSync(join(dir, 'nis2'));
		const data = raw();
		change(data);
		writeFileSync(join(dir, FILE), JSON.stringify(data));
		return dir;
	}

	it.each<[string, (d: Record<string, unknown>) => void, string]>([
		['a threshold as a string', (d) => (((d.size as Record<string, unknown>).thresholds as Record<string, unknown>).staffLarge = '250'), '/size/thresholds/staffLarge'],
		['an unknown category in a rule', (d) => ((d.rules as Record<string, unknown>[])[0]!.category = 'x'), '/rules/0/category'],
		['an unknown property', (d) => (d.extra = 1), '/'],
		['a date without pattern', (d) => (d.legalState = '6.12.2025'), '/legalState'],
		['a malformed row id', (d) => ((d.rows as Record<string, unknown>[])[0]!.id = 'B1-1.1.1'), '/rows/0/id']
	])('%s', (_name, change, path) => {
		const problems = validateQuestions(folderWith(change));
		expect(problems.map((p) => p.path)).toContain(path);
	});
});
