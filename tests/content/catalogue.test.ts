import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, questionsDir, validateQuestions, validateQuestionsPlugin } from '../../scripts/validate-questions.js';
import { catalogues, compareVersions, currentCatalogue, parseCatalogue } from '$lib/engine';
import { cataloguePart } from '../../scripts/content-plugin.js';

const din = JSON.parse(readFileSync(join(questionsDir, 'din-spec-27076/2023.2.json'), 'utf8'));

/** A copy of questions/ in a temporary folder, with one file changed. */
function questionsWith(relativePath: string, change: (data: Record<string, unknown>) => void) {
	const dir = mkdtempSync(join(tmpdir(), 'questions-'));
	cpSync(questionsDir, dir, { recursive: true });
	const file = join(dir, relativePath);
	const data = JSON.parse(readFileSync(file, 'utf8'));
	change(data);
	writeFileSync(file, JSON.stringify(data));
	return dir;
}

describe('the data files in questions/', () => {
	it('are all valid against the schema they name', () => {
		expect(formatProblems(validateQuestions())).toBe('');
	});

	it('report an invalid file with the file, the JSON path and the reason', () => {
		const dir = questionsWith('din-spec-27076/2023.2.json', (d) => {
			(d.requirements as { effort: string }[])[3]!.effort = 'tiny';
		});
		const problems = validateQuestions(dir);
		expect(problems).toContainEqual({
			file: expect.stringMatching(/din-spec-27076[/\\]2023\.2\.json$/),
			path: '/requirements/3/effort',
			reason: expect.stringContaining('must be equal to one of the allowed values (low, medium, high)')
		});
	});

	it('report files that are not JSON or name no schema', () => {
		const dir = questionsWith('din-spec-27076/2023.2.json', (d) => {
			delete d.$schema;
		});
		writeFileSync(join(dir, 'broken.json'), '{ "a": ');
		const problems = formatProblems(validateQuestions(dir));
		expect(problems).toMatch(/broken\.json : not valid JSON/);
		expect(problems).toMatch(/2023\.2\.json \/\$schema: must name its schema/);
	});

	it('make the build plugin fail with the file, the path and the reason', () => {
		expect(() => validateQuestionsPlugin().buildStart()).not.toThrow();
		const dir = questionsWith('din-spec-27076/2023.2.json', (d) => {
			(d.topics as { number: unknown }[])[0]!.number = 'one';
		});
		expect(() => validateQuestionsPlugin(dir).buildStart()).toThrow(
			/Invalid data in questions\/:\n.*2023\.2\.json \/topics\/0\/number: must be integer/
		);
	});
});

describe('the DIN SPEC 27076 catalogue 2023.2', () => {
	it('has 27 requirements 01–27 in 6 topics, in order', () => {
		expect(currentCatalogue.requirements.map((r) => r.id)).toEqual(
			Array.from({ length: 27 }, (_, i) => String(i + 1).padStart(2, '0'))
		);
		expect(currentCatalogue.topics.map((t) => t.id)).toEqual(['organisation', 'identity', 'backup', 'patches', 'malware', 'network']);
		const perTopic = currentCatalogue.topics.map((t) => currentCatalogue.requirements.filter((r) => r.topic === t.id).length);
		expect(perTopic).toEqual([7, 3, 4, 3, 3, 7]);
	});

	it('marks 01, 05, 11, 15 and 20 as TOP', () => {
		expect(currentCatalogue.requirements.filter((r) => r.top).map((r) => r.id)).toEqual(['01', '05', '11', '15', '20']);
	});

	it('allows "not relevant" only for 04, 07, 24, 25 and 26', () => {
		expect(currentCatalogue.requirements.filter((r) => r.precondition).map((r) => r.id)).toEqual(['04', '07', '24', '25', '26']);
	});

	it('says what it is and where it comes from', () => {
		expect(currentCatalogue).toMatchObject({ id: 'din-spec-27076', version: '2023.2' });
		expect(currentCatalogue.source.designation).toMatch(/DIN SPEC 27076:2023/);
		expect(currentCatalogue.paraphraseNote.de.length).toBeGreaterThan(20);
	});

	it('has every text in German and English', () => {
		const texts: unknown[] = [];
		JSON.stringify(din, (key, value) => {
			if (value && typeof value === 'object' && 'de' in value) texts.push(value);
			return value;
		});
		expect(texts.length).toBeGreaterThan(27 * 8);
		for (const t of texts as { de: string; en: string }[]) {
			expect(t.de.trim()).not.toBe('');
			expect(t.en.trim()).not.toBe('');
			// Only a name (a glossary term such as "Phishing", "ISO/IEC 27001") may read the same in both.
			if (t.de.split(/\s+/).length > 3) expect(t.de).not.toBe(t.en);
		}
	});
});

describe('the interview guidance of 2023.2', () => {
	const text = (t: { de: string; en: string } | undefined) => !!t && t.de.trim() !== '' && t.en.trim() !== '' && t.de !== t.en;

	it('is there for all 27 requirements, in German and English: open questions, evidence, when a part counts', () => {
		for (const r of currentCatalogue.requirements) {
			expect(r.interview, r.id).toBeDefined();
			expect(r.interview!.questions.length, r.id).toBeGreaterThanOrEqual(2);
			expect(r.interview!.evidence.length, r.id).toBeGreaterThanOrEqual(1);
			expect([...r.interview!.questions, ...r.interview!.evidence, r.interview!.fulfilledWhen, r.askWhom].every(text), r.id).toBe(true);
			// Open questions, not yes/no: they start with a question word or ask to be shown.
			for (const q of r.interview!.questions) expect(q.de, `${r.id}: ${q.de}`).not.toMatch(/^(Haben|Hat|Gibt|Ist|Sind|Nutzen|Können|Kann|Werden|Wird|Dürfen|Darf|Müssen|Muss|Verwenden|Existiert|Besitzen)\b/);
		}
	});

	it('is required by the schema, and a catalogue without it fails the build naming the path', () => {
		const dir = questionsWith('din-spec-27076/2023.2.json', (d) => {
			delete (d.requirements as { interview?: unknown }[])[4]!.interview;
		});
		expect(formatProblems(validateQuestions(dir))).toMatch(/2023\.2\.json.*\/requirements\/4.*interview/s);
	});

	it('a funding file without regions or source fails the build naming the path', () => {
		const dir = questionsWith('funding/2026-12.json', (d) => {
			const programmes = d.programmes as { regions?: unknown; source?: unknown }[];
			delete programmes[2]!.regions;
			programmes[3]!.source = 'http://example.org/';
		});
		const problems = formatProblems(validateQuestions(dir));
		expect(problems).toMatch(/2026-12\.json \/programmes\/2: must have required property 'regions'/);
		expect(problems).toMatch(/2026-12\.json \/programmes\/3\/source: must match pattern/);
	});

	it('gives every precondition a reason to prefill, and 25 c its own condition', () => {
		for (const r of currentCatalogue.requirements.filter((q) => q.precondition)) expect(text(r.precondition!.notRelevantReason), r.id).toBe(true);
		const wlan = currentCatalogue.requirements.find((r) => r.id === '25')!;
		expect(wlan.parts.find((p) => p.id === 'c')!.condition?.question.de).toBe('Nutzen Gäste oder private Geräte Ihr WLAN?');
	});

	it('has cloud hints where an office network is assumed, a glossary, and the next steps after the maximum', () => {
		for (const id of ['11', '12', '13', '14', '21', '22', '24']) expect(text(currentCatalogue.requirements.find((r) => r.id === id)!.cloud), id).toBe(true);
		expect(currentCatalogue.glossary!.length).toBeGreaterThan(5);
		expect(currentCatalogue.beyondMaximum!.steps.map((s) => s.name.de).join(' ')).toMatch(/WiBA.*VdS 10000.*ISO/s);
	});

	it('is served apart from the catalogue, and both parts together are the whole file', () => {
		const main = cataloguePart(din, 'main') as { hasGuidance: boolean; requirements: Record<string, unknown>[] };
		const guidance = cataloguePart(din, 'guidance') as { requirements: Record<string, Record<string, unknown>>; glossary: unknown; beyondMaximum: unknown };
		expect(main.hasGuidance).toBe(true);
		// The folded "why" texts travel with the guidance: the questionnaire's first visit has none.
		expect(main.requirements.some((r) => 'interview' in r || 'cloud' in r || 'why' in r)).toBe(false);
		expect(Object.values(guidance.requirements).every((r) => typeof (r.why as { de?: string })?.de === 'string')).toBe(true);
		const { hasGuidance: _flag, ...rest } = main;
		const joined = { ...rest, requirements: main.requirements.map((r) => ({ ...r, ...guidance.requirements[r.id as string] })), glossary: guidance.glossary, beyondMaximum: guidance.beyondMaximum };
		const order = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
		expect(order({ ...joined, requirements: joined.requirements.map(order) })).toEqual(order({ ...din, requirements: din.requirements.map(order) }));
	});

	it('counts the "why" texts of a catalogue without guidance (2023.1) as no guidance', () => {
		const older = JSON.parse(readFileSync('questions/din-spec-27076/2023.1.json', 'utf8')) as typeof din;
		const main = cataloguePart(older, 'main') as { hasGuidance: boolean };
		const apart = cataloguePart(older, 'guidance') as { requirements: Record<string, Record<string, unknown>> };
		expect(main.hasGuidance).toBe(false);
		expect(Object.keys(apart.requirements['01']!)).toEqual(['why']);
	});

	it('migrates 2023.1 with the same ids, asking again where parts or meaning changed', () => {
		expect(currentCatalogue.migratesFrom).toEqual([{ version: '2023.1', requirements: {}, reanswer: ['01', '02', '06', '07', '13', '25', '27'] }]);
	});
});

describe('parseCatalogue rejects catalogues that break the rules, naming the path', () => {
	const broken: [string, (d: ReturnType<typeof structuredClone<typeof din>>) => void, RegExp][] = [
		['a duplicate requirement id', (d) => (d.requirements[1].id = '01'), /requirement id "01" is used twice/],
		['an unknown topic', (d) => (d.requirements[2].topic = 'nowhere'), /\/requirements\/2\/topic: unknown topic "nowhere"/],
		['a topic without requirements', (d) => d.topics.push({ ...d.topics[0], id: 'empty', number: 7 }), /\/topics\/6: topic "empty" has no requirement/],
		['points that make fulfilling cost points', (d) => (d.scoring.points.regular.fulfilled = -1), /\/scoring\/points\/regular/],
		['a migration to an unknown requirement', (d) => (d.migratesFrom = [{ version: '2022.1', requirements: { '01': '77' } }]), /\/migratesFrom\/0\/requirements\/01: unknown target "77"/]
	];
	it.each(broken)('%s', (_, change, message) => {
		const data = structuredClone(din);
		change(data);
		expect(() => parseCatalogue(data, 'test.json')).toThrow(message);
	});
});

describe('catalogue versions', () => {
	it('orders versions numerically', () => {
		expect(['2024.1', '2023.10', '2023.2'].sort(compareVersions)).toEqual(['2023.2', '2023.10', '2024.1']);
	});
	it('uses the newest as the current catalogue', () => {
		expect(currentCatalogue).toBe(catalogues[catalogues.length - 1]);
	});
});
