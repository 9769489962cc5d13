// Validates every data file in questions/ against the JSON Schema it names in "$schema".
// Used by the build (as a Vite plugin, so an invalid file stops `vite build`), by the unit
// tests, and from the command line: `node scripts/validate-questions.js [dir]`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
export const questionsDir = resolve(here, '..', 'questions');

/** @param {string} dir @returns {string[]} */
function listJson(dir) {
	return readdirSync(dir)
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'schema' ? [] : listJson(path);
			return name.endsWith('.json') ? [path] : [];
		})
		.sort();
}

/**
 * @param {string} dir the questions folder (tests pass a fixture folder)
 * @param {string} [schemaDir] where the schemas live; defaults to `${dir}/schema`
 * @returns {{ file: string, path: string, reason: string }[]} one entry per problem
 */
export function validateQuestions(dir = questionsDir, schemaDir = join(dir, 'schema')) {
	/** @type {{ file: string, path: string, reason: string }[]} */
	const problems = [];
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	/** @type {Map<string, import('ajv').ValidateFunction>} */
	const validators = new Map();
	for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json'))) {
		const schema = JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));
		validators.set(resolve(schemaDir, name), ajv.compile(schema));
	}
	for (const file of listJson(dir)) {
		const shown = relative(resolve(dir, '..'), file);
		/** @type {unknown} */
		let data;
		try {
			data = JSON.parse(readFileSync(file, 'utf8'));
		} catch (error) {
			problems.push({ file: shown, path: '', reason: `not valid JSON: ${/** @type {Error} */ (error).message}` });
			continue;
		}
		const declared = data && typeof data === 'object' && '$schema' in data ? data.$schema : undefined;
		if (typeof declared !== 'string') {
			problems.push({ file: shown, path: '/$schema', reason: 'must name its schema, e.g. "../schema/catalogue.schema.json"' });
			continue;
		}
		const validate = validators.get(resolve(dirname(file), declared));
		if (!validate) {
			problems.push({ file: shown, path: '/$schema', reason: `names an unknown schema "${declared}"` });
			continue;
		}
		if (!validate(data)) {
			for (const error of validate.errors ?? []) {
				const extra = error.params && 'additionalProperty' in error.params ? ` (${error.params.additionalProperty})` : '';
				const allowed = error.params && 'allowedValues' in error.params ? ` (${error.params.allowedValues.join(', ')})` : '';
				problems.push({ file: shown, path: error.instancePath || '/', reason: `${error.message}${extra}${allowed}` });
			}
		}
	}
	return problems;
}

/** @param {{ file: string, path: string, reason: string }[]} problems */
export function formatProblems(problems) {
	return problems.map((p) => `${p.file} ${p.path}: ${p.reason}`).join('\n');
}

/**
 * Vite plugin: fail the build with file, JSON path and reason when a data file is invalid.
 * @param {string} [dir]
 */
export function validateQuestionsPlugin(dir = questionsDir) {
	return {
		name: 'kmu:validate-questions',
		buildStart() {
			const problems = validateQuestions(dir);
			if (problems.length > 0) {
				throw new Error(`Invalid data in questions/:\n${formatProblems(problems)}`);
			}
		}
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const problems = validateQuestions(process.argv[2] ? resolve(process.argv[2]) : questionsDir);
	if (problems.length > 0) {
		console.error(formatProblems(problems));
		process.exit(1);
	}
	console.log('questions/: every file is valid');
}
