// Vite plugin: the content files of questions/ as modules that carry one language each, so a
// page downloads the catalogue or the NIS-2 rules only in the language it shows.
//   virtual:kmu-content                       the manifest: which versions exist, which is
//                                             current, and a loader per version and language
//   virtual:kmu-content/<path>.<de|en>        questions/<path>.json with every text {de, en}
//                                             reduced to the one language
//   …/nis2/<id>.<de|en>.<questions|rowTexts|decision>  the NIS-2 rules in the parts nis2Part makes
//   …/nis2-measures/<version>.<de|en>.plain   the §30 measures with every text a plain string
// The engine's own imports of the full files (src/lib/engine/catalogues.ts) serve Node and the
// tests; the app loads content through src/lib/content/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionsDir } from './validate-questions.js';

const VIRTUAL = 'virtual:kmu-content';
const LOCALES = ['de', 'en'];

/** @param {unknown} value @param {string} locale @returns {unknown} */
export function onlyLocale(value, locale) {
	if (Array.isArray(value)) return value.map((v) => onlyLocale(v, locale));
	if (!value || typeof value !== 'object') return value;
	const keys = Object.keys(value);
	if (keys.length === LOCALES.length && LOCALES.every((l) => typeof (/** @type {Record<string, unknown>} */ (value))[l] === 'string')) {
		return { [locale]: /** @type {Record<string, unknown>} */ (value)[locale] };
	}
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onlyLocale(v, locale)]));
}

/**
 * Every text {de, en} as the plain string of one language, without the editor's keys: how the
 * §30 measures reach the page (the engine's types hold strings; localiseMeasures does the same
 * for Node and the tests).
 * @param {unknown} value @param {string} locale @returns {unknown}
 */
export function plainLocale(value, locale) {
	if (Array.isArray(value)) return value.map((v) => plainLocale(v, locale));
	if (!value || typeof value !== 'object') return value;
	const record = /** @type {Record<string, unknown>} */ (value);
	const keys = Object.keys(record);
	if (keys.length === LOCALES.length && LOCALES.every((l) => typeof record[l] === 'string')) return record[locale];
	return Object.fromEntries(Object.entries(record).filter(([k]) => !NIS2_DROPPED_KEYS.includes(k)).map(([k, v]) => [k, plainLocale(v, locale)]));
}

/** @param {string} dir @param {string} folder */
function filesIn(dir, folder) {
	return readdirSync(join(dir, folder))
		.filter((name) => name.endsWith('.json'))
		.map((name) => ({ path: `${folder}/${name.slice(0, -5)}`, data: JSON.parse(readFileSync(join(dir, folder, name), 'utf8')) }));
}

/** @param {string} a @param {string} b */
function compareVersions(a, b) {
	const pa = a.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
	const pb = b.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
	return 0;
}

/**
 * The NIS-2 rules in three parts: what the questions show first (loaded with the page), the
 * rows' explanations and examples (loaded when a sector is opened or searched) and what only
 * the verdict needs (loaded once there is something to decide). Merged they are the rules file.
 */
export const NIS2_QUESTION_KEYS = ['id', 'revision', 'legalState', 'anlageExplanation', 'size', 'specialTypes', 'rows'];
const NIS2_ROW_TEXT_KEYS = ['explanation', 'examples'];
/** Only for the editor and the build: no page reads them. */
const NIS2_DROPPED_KEYS = ['$schema', 'format', 'formatVersion'];
export const NIS2_PARTS = ['questions', 'rowTexts', 'decision'];

/** @param {Record<string, unknown>} data @param {'questions' | 'rowTexts' | 'decision'} part */
export function nis2Part(data, part) {
	const rows = /** @type {Record<string, unknown>[]} */ (data.rows);
	const pick = (/** @type {Record<string, unknown>} */ row, /** @type {boolean} */ texts) =>
		Object.fromEntries(Object.entries(row).filter(([key]) => key === 'id' || NIS2_ROW_TEXT_KEYS.includes(key) === texts));
	if (part === 'rowTexts') return Object.fromEntries(rows.map((row) => [row.id, pick(row, true)]));
	const kept = Object.entries(data).filter(([key]) => !NIS2_DROPPED_KEYS.includes(key) && NIS2_QUESTION_KEYS.includes(key) === (part === 'questions'));
	return Object.fromEntries(kept.map(([key, value]) => [key, key === 'rows' ? rows.map((row) => pick(row, false)) : value]));
}

/**
 * A catalogue in two parts: what the questions and results need (with the page), and the
 * guidance – interview guide, cloud hints, glossary, next steps after the
 * maximum – loaded when it is opened or shown (src/lib/state/guidance.svelte.ts). The folded
 * "why it matters" texts travel with the guidance too: the questionnaire shows them only when
 * a fold is opened, and they are 3.4 KB gzip of its first visit. Every catalogue has them, so they
 * do not count as guidance for hasGuidance.
 */
const GUIDANCE_KEYS = ['interview', 'cloud'];
const FOLDED_KEYS = ['why'];
const APART_KEYS = [...GUIDANCE_KEYS, ...FOLDED_KEYS];

/** @param {Record<string, unknown>} data @param {'main' | 'guidance'} part */
export function cataloguePart(data, part) {
	const requirements = /** @type {Record<string, unknown>[]} */ (data.requirements);
	const split = (/** @type {Record<string, unknown>} */ r, /** @type {boolean} */ guidance) => Object.fromEntries(Object.entries(r).filter(([key]) => APART_KEYS.includes(key) === guidance));
	if (part === 'guidance') {
		return { requirements: Object.fromEntries(requirements.map((r) => [r.id, split(r, true)])), glossary: data.glossary ?? [], beyondMaximum: data.beyondMaximum ?? null };
	}
	const { glossary, beyondMaximum, ...rest } = data;
	const hasGuidance = glossary !== undefined || beyondMaximum !== undefined || requirements.some((r) => GUIDANCE_KEYS.some((key) => key in r));
	return { ...rest, hasGuidance, requirements: requirements.map((r) => split(r, false)) };
}

/** @param {string} path @param {string} locale */
const partLoaders = (path, locale) => `{ ${NIS2_PARTS.map((p) => `${p}: () => import(${JSON.stringify(`${VIRTUAL}/${path}.${locale}.${p}`)})`).join(', ')} }`;

/** @param {string} path @param {string} [part] */
const loaders = (path, part) => `{ ${LOCALES.map((l) => `${l}: () => import(${JSON.stringify(`${VIRTUAL}/${path}.${l}${part ? `.${part}` : ''}`)})`).join(', ')} }`;

/** @param {string} dir */
function manifest(dir) {
	const catalogues = filesIn(dir, 'din-spec-27076').sort((a, b) => compareVersions(a.data.version, b.data.version));
	const rules = filesIn(dir, 'nis2').sort((a, b) => a.data.legalState.localeCompare(b.data.legalState) || (a.data.revision ?? 1) - (b.data.revision ?? 1));
	const current = catalogues.at(-1);
	const nis2 = rules.at(-1);
	const measures = filesIn(dir, 'nis2-measures').sort((a, b) => compareVersions(a.data.version, b.data.version));
	if (!current || !nis2) throw new Error('questions/ needs at least one catalogue and one NIS-2 rules file');
	return [
		`export const catalogueId = ${JSON.stringify(current.data.id)};`,
		`export const catalogueVersions = ${JSON.stringify(catalogues.map((c) => c.data.version))};`,
		`export const catalogueLoaders = { ${catalogues.map((c) => `${JSON.stringify(c.data.version)}: ${loaders(c.path, 'main')}`).join(', ')} };`,
		`export const guidanceLoaders = { ${catalogues.map((c) => `${JSON.stringify(c.data.version)}: ${loaders(c.path, 'guidance')}`).join(', ')} };`,
		`export const nis2Rules = ${JSON.stringify(rules.map((r) => ({ id: r.data.id, legalState: r.data.legalState, revision: r.data.revision ?? 1 })))};`,
		`export const nis2Loaders = { ${rules.map((r) => `${JSON.stringify(r.data.id)}: { ${LOCALES.map((l) => `${l}: ${partLoaders(r.path, l)}`).join(', ')} }`).join(', ')} };`,
		`export const measuresVersions = ${JSON.stringify(measures.map((f) => f.data.version))};`,
		`export const measuresLoaders = { ${measures.map((f) => `${JSON.stringify(f.data.version)}: ${loaders(f.path, 'plain')}`).join(', ')} };`
	].join('\n');
}

/** @param {string} [dir] */
export function contentPlugin(dir = questionsDir) {
	return {
		name: 'kmu:content',
		/** @param {string} id */
		resolveId(id) {
			if (id === VIRTUAL || id.startsWith(`${VIRTUAL}/`)) return `\0${id}`;
		},
		/** @this {{ addWatchFile(file: string): void }} @param {string} id */
		load(id) {
			if (id === `\0${VIRTUAL}`) return manifest(dir);
			const match = /^\0virtual:kmu-content\/(.+)\.(de|en)(?:\.(questions|rowTexts|decision|main|guidance|plain))?$/.exec(id);
			if (!match) return;
			const file = join(dir, `${match[1]}.json`);
			this.addWatchFile(file);
			const data = JSON.parse(readFileSync(file, 'utf8'));
			const part = match[3];
			if (part === 'plain') return `export default ${JSON.stringify(plainLocale(data, match[2]))};`;
			const content = part === 'main' || part === 'guidance' ? cataloguePart(data, part) : part ? nis2Part(data, /** @type {'questions' | 'rowTexts' | 'decision'} */ (part)) : data;
			return `export default ${JSON.stringify(onlyLocale(content, match[2]))};`;
		}
	};
}
