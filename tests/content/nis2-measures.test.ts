import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsDir } from '../../scripts/validate-questions.js';
import { plainLocale } from '../../scripts/content-plugin.js';
import { checkMeasuresFile, currentCatalogue, currentNis2Rules, localiseMeasures, ValidationError } from '$lib/engine';

const file = () => JSON.parse(readFileSync(join(questionsDir, 'nis2-measures/2025-12.json'), 'utf8'));
const problemsOf = (data: unknown) => {
	try {
		checkMeasuresFile(data, 'test', currentCatalogue);
		return [];
	} catch (error) {
		return (error as ValidationError).problems;
	}
};

describe('questions/nis2-measures/2025-12.json', () => {
	it('passes the checks no schema can express', () => {
		expect(problemsOf(file())).toEqual([]);
	});

	it('has the ten measures a–j with 3 to 6 questions each and names only Anlage rows that exist', () => {
		const data = file();
		expect(data.measures.map((m: { id: string }) => m.id).join('')).toBe('abcdefghij');
		const rows = new Set(currentNis2Rules.rows.map((r) => r.id));
		for (const q of data.measures.flatMap((m: { questions: { appliesTo?: string[] }[] }) => m.questions)) for (const row of q.appliesTo ?? []) expect(rows.has(row)).toBe(true);
	});

	it('refuses a DIN id the catalogue lacks, one mapped to another measure, and a question id used twice', () => {
		const data = file();
		data.measures[2].questions[0].din = ['99'];
		data.measures[0].questions[1].din = ['11'];
		data.measures[1].questions[1].id = 'b1';
		expect(problemsOf(data)).toEqual([
			'/measures/0/questions/1/din: requirement 11 is not mapped to measure a in the catalogue (nis2: c)',
			'/measures/1/questions/1/id: "b1" is used twice',
			`/measures/2/questions/0/din: "99" is no requirement of ${currentCatalogue.id} ${currentCatalogue.version}`
		]);
	});

	it('reaches the page with every text a plain string of one language, as the engine localises it', () => {
		const plain = plainLocale(file(), 'en') as { measures: { title: string }[]; note: string; $schema?: string };
		expect(plain.measures[2]!.title).toBe('Business continuity: backup, disaster recovery, crisis management');
		expect(plain.$schema).toBeUndefined();
		expect(plain).toEqual(localiseMeasures(file(), 'en'));
	});
});
