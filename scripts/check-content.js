// Vite plugin: the checks of the content files that no JSON Schema can express – references
// between parts, unique ids, counts, point rules – run at build time with the engine's own
// checkers (TypeScript, loaded through Vite), so the browser only casts the bundled files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { questionsDir } from './validate-questions.js';

const root = resolve(questionsDir, '..');

/** @param {string} [dir] */
export async function checkContent(dir = questionsDir) {
	const [{ module: catalogue }, { module: rules }, { module: measures }, { module: versions }] = await Promise.all([
		runnerImport(join(root, 'src/lib/engine/catalogue.ts'), { configFile: false }),
		runnerImport(join(root, 'src/lib/engine/nis2/parse.ts'), { configFile: false }),
		runnerImport(join(root, 'src/lib/engine/nis2-measures-parse.ts'), { configFile: false }),
		runnerImport(join(root, 'src/lib/engine/versions.ts'), { configFile: false })
	]);
	/** @type {Record<string, (data: unknown, name: string) => unknown>} */
	const checkers = { 'din-spec-27076': catalogue.parseCatalogue, nis2: rules.parseNis2Rules };
	for (const [folder, check] of Object.entries(checkers)) {
		for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.json'))) {
			check(JSON.parse(readFileSync(join(dir, folder, name), 'utf8')), `questions/${folder}/${name}`);
		}
	}
	// The §30 measures prefill from DIN answers: their DIN ids must exist in the current catalogue.
	const catalogues = readdirSync(join(dir, 'din-spec-27076'))
		.filter((n) => n.endsWith('.json'))
		.map((n) => JSON.parse(readFileSync(join(dir, 'din-spec-27076', n), 'utf8')))
		.sort((a, b) => versions.compareVersions(a.version, b.version));
	const current = catalogues.at(-1);
	for (const name of readdirSync(join(dir, 'nis2-measures')).filter((n) => n.endsWith('.json'))) {
		measures.checkMeasuresFile(JSON.parse(readFileSync(join(dir, 'nis2-measures', name), 'utf8')), `questions/nis2-measures/${name}`, current);
	}
}

export function checkContentPlugin() {
	return { name: 'kmu:check-content', buildStart: () => checkContent() };
}
