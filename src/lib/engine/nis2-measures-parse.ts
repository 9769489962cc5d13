// What the JSON Schema of questions/nis2-measures/ cannot say, checked at build time
// (scripts/check-content.js) and in the tests: ids unique, measures a–j in order with their
// numbers, and every DIN id a requirement of the current catalogue that the catalogue itself
// maps to the question's measure – so a prefill always follows the catalogue's own mapping.
// Also: the file reduced to one language, as the app's loader serves it.
import { ValidationError } from './errors';
import type { MeasureCatalogue } from './nis2-measures';
import type { Catalogue, Locale, Text } from './types';

const LETTERS = 'abcdefghij';

/** What the checks read of the file as stored (every text there is {de, en}). */
export interface MeasuresFile {
	id: string;
	version: string;
	measures: { id: string; number: number; paragraph: string; article: string; questions: { id: string; din: string[]; appliesTo?: string[] }[] }[];
}

/** Throws a ValidationError naming every problem; returns the data as a file when it has none. */
export function checkMeasuresFile(data: unknown, name: string, dinCatalogue: Catalogue): MeasuresFile {
	const file = data as MeasuresFile;
	if (!file || typeof file !== 'object' || !Array.isArray(file.measures)) throw new ValidationError(name, ['/measures: missing']);
	const problems: string[] = [];
	const mapping = new Map(dinCatalogue.requirements.map((r) => [r.id, r.nis2 as string[]]));
	const seen = new Set<string>();
	file.measures.forEach((measure, i) => {
		const letter = LETTERS[i];
		const at = `/measures/${i}`;
		if (measure.id !== letter) problems.push(`${at}/id: must be "${letter}" (the measures follow Art. 21(2) a–j)`);
		if (measure.number !== i + 1) problems.push(`${at}/number: must be ${i + 1}`);
		if (measure.paragraph !== `§ 30 Abs. 2 Nr. ${i + 1} BSIG`) problems.push(`${at}/paragraph: must name Nr. ${i + 1}`);
		if (measure.article !== `Art. 21 Abs. 2 Buchst. ${letter} NIS-2-RL`) problems.push(`${at}/article: must name Buchst. ${letter}`);
		measure.questions.forEach((question, j) => {
			const q = `${at}/questions/${j}`;
			if (seen.has(question.id)) problems.push(`${q}/id: "${question.id}" is used twice`);
			seen.add(question.id);
			if (!question.id.startsWith(measure.id)) problems.push(`${q}/id: "${question.id}" must start with its measure's letter "${measure.id}"`);
			for (const din of question.din) {
				const letters = mapping.get(din);
				if (!letters) problems.push(`${q}/din: "${din}" is no requirement of ${dinCatalogue.id} ${dinCatalogue.version}`);
				else if (!letters.includes(measure.id)) problems.push(`${q}/din: requirement ${din} is not mapped to measure ${measure.id} in the catalogue (nis2: ${letters.join(', ')})`);
			}
		});
	});
	if (problems.length > 0) throw new ValidationError(name, problems);
	return file;
}

const isText = (value: unknown): value is Text =>
	!!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 2 && typeof (value as Text).de === 'string' && typeof (value as Text).en === 'string';

/** Every text {de, en} replaced by the string of one language (the content plugin does the same). */
export function localiseMeasures(file: unknown, locale: Locale): MeasureCatalogue {
	const walk = (value: unknown): unknown => {
		if (isText(value)) return value[locale];
		if (Array.isArray(value)) return value.map(walk);
		if (!value || typeof value !== 'object') return value;
		return Object.fromEntries(Object.entries(value).filter(([key]) => !['$schema', 'format', 'formatVersion'].includes(key)).map(([key, v]) => [key, walk(v)]));
	};
	return walk(file) as MeasureCatalogue;
}
