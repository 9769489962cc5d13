// Runtime validation of a NIS-2 rules file. The JSON Schema checks the shape at build time,
// but rules can also reach the engine at run time (a stored legal state, a test fixture), and
// the schema cannot check references between parts (rule -> category, row -> special type,
// duty -> rule) or counts. So this parser checks both, collects every problem with its JSON
// path (as JSON Pointer, like scripts/validate-questions.js prints) and throws them together.
import { ValidationError } from '../errors';
import {
	CATEGORIES,
	NIS2_INPUTS,
	SIZE_CLASSES,
	SPECIAL_TYPE_IDS,
	SPECIAL_VALUES,
	type Nis2Rules,
	type SpecialTypeId
} from './types';

const FORMAT = 'kmu-cyber-check/nis2-rules';
const FORMAT_VERSION = 1;

/** Warning ids the engine emits; the rules file must provide a text for each. */
export const ENGINE_WARNING_IDS = [
	'W-NEGLIGIBLE-NOT-CHOSEN',
	'W-NEGLIGIBLE-NOT-APPLICABLE',
	'W-NEGLIGIBLE-BOTH',
	'W-ACTIVITY-ALSO-UNSURE',
	'W-SPECIAL-CONTRADICTION',
	'W-PARTNER-BELOW-THRESHOLD',
	'W-PARTNER-LIKELY-LINKED'
] as const;
export type EngineWarningId = (typeof ENGINE_WARNING_IDS)[number];

type Json = Record<string, unknown>;

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const SLUG = /^[a-z][a-z0-9-]*$/;
const ROW_ID = /^A([12])-[0-9]+\.[0-9]+\.[0-9]+$/;
const PERIOD = /^P([0-9]+[YMWD])+$|^PT[0-9]+H$/;
const POSITIVE_VALUES = ['yes', 'qualified', 'non_qualified'];

class Checker {
	readonly problems: string[] = [];

	fail(path: string, message: string): void {
		this.problems.push(`${path || '/'}: ${message}`);
	}

	/** An object with exactly the allowed keys; returns it for further checks, or null. */
	object(value: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Json | null {
		if (!value || typeof value !== 'object' || Array.isArray(value)) {
			this.fail(path, 'must be an object');
			return null;
		}
		const obj = value as Json;
		for (const key of required) if (!(key in obj)) this.fail(path, `missing "${key}"`);
		for (const key of Object.keys(obj)) {
			if (!required.includes(key) && !optional.includes(key)) this.fail(`${path}/${key}`, 'unknown property');
		}
		return obj;
	}

	array(value: unknown, path: string, minItems = 0, maxItems = Infinity): unknown[] {
		if (!Array.isArray(value)) {
			this.fail(path, 'must be an array');
			return [];
		}
		if (value.length < minItems) this.fail(path, `must have at least ${minItems} item(s)`);
		if (value.length > maxItems) this.fail(path, `must have at most ${maxItems} item(s)`);
		return value;
	}

	string(value: unknown, path: string, pattern?: RegExp): value is string {
		if (typeof value !== 'string' || value.length === 0) {
			this.fail(path, 'must be a non-empty string');
			return false;
		}
		if (pattern && !pattern.test(value)) {
			this.fail(path, `"${value}" does not match ${pattern.source}`);
			return false;
		}
		return true;
	}

	number(
		value: unknown,
		path: string,
		limits: { min?: number; exclusiveMin?: number; max?: number; integer?: boolean } = {}
	): value is number {
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			this.fail(path, 'must be a finite number');
			return false;
		}
		if (limits.integer && !Number.isInteger(value)) this.fail(path, 'must be an integer');
		if (limits.min !== undefined && value < limits.min) this.fail(path, `must be >= ${limits.min}`);
		if (limits.exclusiveMin !== undefined && value <= limits.exclusiveMin) this.fail(path, `must be > ${limits.exclusiveMin}`);
		if (limits.max !== undefined && value > limits.max) this.fail(path, `must be <= ${limits.max}`);
		return true;
	}

	oneOf<T>(value: unknown, path: string, allowed: readonly T[]): value is T {
		if (!allowed.includes(value as T)) {
			this.fail(path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
			return false;
		}
		return true;
	}

	text(value: unknown, path: string): void {
		const obj = this.object(value, path, ['de', 'en']);
		if (!obj) return;
		this.string(obj.de, `${path}/de`);
		this.string(obj.en, `${path}/en`);
	}

	date(value: unknown, path: string): void {
		if (!this.string(value, path, DATE)) return;
		// The pattern admits 2025-02-31; a real calendar date is required.
		const parsed = new Date(`${value}T00:00:00Z`);
		if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) this.fail(path, `"${value}" is not a calendar date`);
	}

	/** Each id once; reports the later occurrence with a pointer to the first. */
	unique(items: unknown[], path: string, what: string, key = 'id'): Map<string, number> {
		const seen = new Map<string, number>();
		items.forEach((item, i) => {
			const id = item && typeof item === 'object' ? (item as Json)[key] : undefined;
			if (typeof id !== 'string' && typeof id !== 'number') return;
			const name = String(id);
			const first = seen.get(name);
			if (first !== undefined) this.fail(`${path}/${i}/${key}`, `duplicate ${what} "${name}" (first at ${path}/${first}/${key})`);
			else seen.set(name, i);
		});
		return seen;
	}

	uniqueValues(values: unknown[], path: string): void {
		values.forEach((v, i) => {
			if (values.indexOf(v) !== i) this.fail(`${path}/${i}`, `duplicate value ${JSON.stringify(v)}`);
		});
	}
}

const asJson = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Checks a rules file (parsed JSON) and returns it typed. Throws a ValidationError (an Error)
 * listing every problem with its JSON path, e.g. `/rows/5/id: duplicate row id "A1-1.1.1"`.
 */
export function parseNis2Rules(json: unknown, name = 'NIS-2 rules'): Nis2Rules {
	const c = new Checker();
	const root = c.object(
		json,
		'',
		['format', 'formatVersion', 'id', 'legalState', 'title', 'sources', 'disclaimer', 'expectedRowCounts', 'categories', 'uncertain', 'size', 'specialTypes', 'rows', 'rules', 'measures', 'duties', 'clarify', 'notes', 'warnings'],
		['$schema']
	);
	if (!root) throw new ValidationError(name, c.problems);

	if (root.format !== FORMAT) c.fail('/format', `must be "${FORMAT}"`);
	if (root.formatVersion !== FORMAT_VERSION) c.fail('/formatVersion', `must be ${FORMAT_VERSION} (this engine reads no other version)`);
	c.string(root.id, '/id', /^[a-z0-9-]+$/);
	c.date(root.legalState, '/legalState');
	c.text(root.title, '/title');
	c.text(root.disclaimer, '/disclaimer');

	// Sources
	const sources = c.array(root.sources, '/sources', 1);
	sources.forEach((s, i) => {
		const p = `/sources/${i}`;
		const o = c.object(s, p, ['id', 'designation', 'title', 'date'], ['url']);
		if (!o) return;
		c.string(o.id, `${p}/id`, SLUG);
		c.string(o.designation, `${p}/designation`);
		c.text(o.title, `${p}/title`);
		c.date(o.date, `${p}/date`);
		if (o.url !== undefined) c.string(o.url, `${p}/url`, /^https:\/\/\S+$/);
	});
	c.unique(sources, '/sources', 'source id');

	// Categories: each legal category exactly once, with distinct ranks.
	const categories = c.array(root.categories, '/categories', CATEGORIES.length, CATEGORIES.length);
	categories.forEach((cat, i) => {
		const p = `/categories/${i}`;
		const o = c.object(cat, p, ['id', 'rank', 'name', 'shortName', 'description']);
		if (!o) return;
		c.oneOf(o.id, `${p}/id`, CATEGORIES);
		c.number(o.rank, `${p}/rank`, { min: 0, integer: true });
		c.text(o.name, `${p}/name`);
		c.text(o.shortName, `${p}/shortName`);
		c.text(o.description, `${p}/description`);
	});
	const categoryIndex = c.unique(categories, '/categories', 'category id');
	c.unique(categories, '/categories', 'category rank', 'rank');
	for (const id of CATEGORIES) if (!categoryIndex.has(id)) c.fail('/categories', `missing category "${id}"`);
	const rankOf = new Map(categories.map((cat) => [asJson(cat).id, asJson(cat).rank]));

	const uncertain = c.object(root.uncertain, '/uncertain', ['name', 'description']);
	if (uncertain) {
		c.text(uncertain.name, '/uncertain/name');
		c.text(uncertain.description, '/uncertain/description');
	}

	// Notes first: rows and special types refer to them.
	const notes = c.array(root.notes, '/notes', 1);
	notes.forEach((n, i) => {
		const p = `/notes/${i}`;
		const o = c.object(n, p, ['id', 'kind', 'legalBasis', 'trigger', 'title', 'text']);
		if (!o) return;
		c.string(o.id, `${p}/id`, /^N-[A-Z0-9-]+$/);
		c.oneOf(o.kind, `${p}/kind`, ['overlay', 'indirect', 'size', 'general']);
		c.string(o.legalBasis, `${p}/legalBasis`);
		c.text(o.title, `${p}/title`);
		c.text(o.text, `${p}/text`);
		const trigger = asJson(o.trigger);
		if (trigger.type === 'category') {
			const t = c.object(o.trigger, `${p}/trigger`, ['type', 'categories']);
			if (t) {
				const cats = c.array(t.categories, `${p}/trigger/categories`, 1);
				cats.forEach((x, j) => c.oneOf(x, `${p}/trigger/categories/${j}`, CATEGORIES));
				c.uniqueValues(cats, `${p}/trigger/categories`);
			}
		} else {
			const t = c.object(o.trigger, `${p}/trigger`, ['type']);
			if (t) c.oneOf(t.type, `${p}/trigger/type`, ['always', 'overlay', 'nearSizeThreshold', 'negligible', 'category']);
		}
	});
	const noteIndex = c.unique(notes, '/notes', 'note id');
	const overlayNotes = new Set(notes.filter((n) => asJson(asJson(n).trigger).type === 'overlay').map((n) => asJson(n).id));
	const checkOverlay = (value: unknown, path: string) => {
		if (!c.string(value, path, /^N-[A-Z0-9-]+$/)) return;
		if (!noteIndex.has(value)) c.fail(path, `refers to unknown note "${value}"`);
		else if (!overlayNotes.has(value)) c.fail(path, `note "${value}" must have trigger type "overlay"`);
	};

	// Size
	const size = c.object(root.size, '/size', [
		'thresholds',
		'comparison',
		'semantics',
		'partnerMinSharePercent',
		'linkedAboveSharePercent',
		'nearThresholdPercent',
		'staffHelp',
		'financeHelp',
		'linkedHelp',
		'partnerHelp',
		'classes'
	]);
	if (size) {
		const th = c.object(size.thresholds, '/size/thresholds', ['staffMedium', 'staffLarge', 'turnoverMedium', 'balanceMedium', 'turnoverLarge', 'balanceLarge']);
		if (th) {
			for (const key of Object.keys(th)) c.number(th[key], `/size/thresholds/${key}`, { exclusiveMin: 0 });
			// The class logic needs "medium" strictly below "large" in every dimension.
			const pairs: [string, string][] = [
				['staffMedium', 'staffLarge'],
				['turnoverMedium', 'turnoverLarge'],
				['balanceMedium', 'balanceLarge']
			];
			for (const [m, l] of pairs) {
				const mv = th[m];
				const lv = th[l];
				if (typeof mv === 'number' && typeof lv === 'number' && !(mv < lv)) c.fail(`/size/thresholds/${l}`, `must be greater than ${m}`);
			}
		}
		const cmp = c.object(size.comparison, '/size/comparison', ['staff', 'euros', 'financialPair']);
		if (cmp) {
			c.oneOf(cmp.staff, '/size/comparison/staff', ['atLeast', 'over']);
			c.oneOf(cmp.euros, '/size/comparison/euros', ['atLeast', 'over']);
			c.oneOf(cmp.financialPair, '/size/comparison/financialPair', ['and', 'or']);
		}
		c.number(size.partnerMinSharePercent, '/size/partnerMinSharePercent', { exclusiveMin: 0, max: 100 });
		c.number(size.linkedAboveSharePercent, '/size/linkedAboveSharePercent', { exclusiveMin: 0, max: 100 });
		if (typeof size.partnerMinSharePercent === 'number' && typeof size.linkedAboveSharePercent === 'number' && size.linkedAboveSharePercent < size.partnerMinSharePercent) {
			c.fail('/size/linkedAboveSharePercent', 'must not be below partnerMinSharePercent');
		}
		c.number(size.nearThresholdPercent, '/size/nearThresholdPercent', { min: 0, max: 100 });
		for (const key of ['semantics', 'staffHelp', 'financeHelp', 'linkedHelp', 'partnerHelp']) c.text(size[key], `/size/${key}`);
		const classes = c.object(size.classes, '/size/classes', SIZE_CLASSES);
		if (classes) {
			for (const cls of SIZE_CLASSES) {
				const o = c.object(classes[cls], `/size/classes/${cls}`, ['name', 'description']);
				if (o) {
					c.text(o.name, `/size/classes/${cls}/name`);
					c.text(o.description, `/size/classes/${cls}/description`);
				}
			}
		}
	}

	// Special types: each profile field exactly once.
	const specials = c.array(root.specialTypes, '/specialTypes', SPECIAL_TYPE_IDS.length, SPECIAL_TYPE_IDS.length);
	specials.forEach((s, i) => {
		const p = `/specialTypes/${i}`;
		const o = c.object(s, p, ['id', 'name', 'explanation', 'positiveValues'], ['overlay']);
		if (!o) return;
		if (!c.oneOf(o.id, `${p}/id`, SPECIAL_TYPE_IDS)) return;
		c.text(o.name, `${p}/name`);
		c.text(o.explanation, `${p}/explanation`);
		const values = c.array(o.positiveValues, `${p}/positiveValues`, 1);
		const allowed = SPECIAL_VALUES[o.id].filter((v) => v !== 'no');
		values.forEach((v, j) => c.oneOf(v, `${p}/positiveValues/${j}`, allowed));
		c.uniqueValues(values, `${p}/positiveValues`);
		if (o.overlay !== undefined) checkOverlay(o.overlay, `${p}/overlay`);
	});
	const specialIndex = c.unique(specials, '/specialTypes', 'special type id');
	for (const id of SPECIAL_TYPE_IDS) if (!specialIndex.has(id)) c.fail('/specialTypes', `missing special type "${id}"`);

	// Rows
	const rows = c.array(root.rows, '/rows', 1);
	const sectorNames = new Map<string, { path: string; json: string; anlage: unknown }>();
	rows.forEach((r, i) => {
		const p = `/rows/${i}`;
		const o = c.object(r, p, ['id', 'anlage', 'sector', 'name', 'explanation', 'examples'], ['subsector', 'special', 'overlay']);
		if (!o) return;
		if (c.string(o.id, `${p}/id`, ROW_ID) && c.oneOf(o.anlage, `${p}/anlage`, [1, 2])) {
			const prefix = Number(ROW_ID.exec(o.id)?.[1]);
			if (prefix !== o.anlage) c.fail(`${p}/anlage`, `is ${String(o.anlage)} but the id "${o.id}" says Anlage ${prefix}`);
		}
		for (const group of ['sector', 'subsector'] as const) {
			if (group === 'subsector' && o.subsector === undefined) continue;
			const g = c.object(o[group], `${p}/${group}`, ['id', 'name']);
			if (!g) continue;
			c.string(g.id, `${p}/${group}/id`, SLUG);
			c.text(g.name, `${p}/${group}/name`);
			// A sector (or subsector) id names one group: same name everywhere, one Anlage.
			const key = `${group}:${String(g.id)}`;
			const json = JSON.stringify(g.name);
			const seen = sectorNames.get(key);
			if (!seen) sectorNames.set(key, { path: `${p}/${group}`, json, anlage: o.anlage });
			else {
				if (seen.json !== json) c.fail(`${p}/${group}/name`, `differs from the name of ${group} "${String(g.id)}" at ${seen.path}`);
				if (seen.anlage !== o.anlage) c.fail(`${p}/${group}/id`, `${group} "${String(g.id)}" is also used in another Anlage (${seen.path})`);
			}
		}
		c.text(o.name, `${p}/name`);
		c.text(o.explanation, `${p}/explanation`);
		c.array(o.examples, `${p}/examples`, 1, 5).forEach((e, j) => c.text(e, `${p}/examples/${j}`));
		if (o.special !== undefined) {
			c.oneOf(o.special, `${p}/special`, SPECIAL_TYPE_IDS);
			// Only Anlage 1 rows carry special types; the size rules of §28 rely on that.
			if (o.anlage !== 1) c.fail(`${p}/special`, 'only Anlage 1 rows can be linked to a special type');
		}
		if (o.overlay !== undefined) checkOverlay(o.overlay, `${p}/overlay`);
	});
	const rowIndex = c.unique(rows, '/rows', 'row id');
	const counts = c.object(root.expectedRowCounts, '/expectedRowCounts', ['anlage1', 'anlage2']);
	if (counts) {
		for (const anlage of [1, 2] as const) {
			const key = `anlage${anlage}`;
			if (!c.number(counts[key], `/expectedRowCounts/${key}`, { min: 1, integer: true })) continue;
			const actual = rows.filter((r) => asJson(r).anlage === anlage).length;
			if (actual !== counts[key]) c.fail('/rows', `has ${actual} Anlage ${anlage} rows, expected ${String(counts[key])} (/expectedRowCounts/${key})`);
		}
	}

	// Rules
	const rules = c.array(root.rules, '/rules', 1);
	let fallbacks = 0;
	rules.forEach((r, i) => {
		const p = `/rules/${i}`;
		const o = c.object(r, p, ['id', 'category', 'legalBasis', 'explanation'], ['when', 'fallback']);
		if (!o) return;
		c.string(o.id, `${p}/id`, /^R-[A-Z0-9-]+$/);
		if (typeof o.category !== 'string' || !categoryIndex.has(o.category)) c.fail(`${p}/category`, `refers to unknown category ${JSON.stringify(o.category)}`);
		c.string(o.legalBasis, `${p}/legalBasis`);
		c.text(o.explanation, `${p}/explanation`);
		if (o.fallback !== undefined) {
			if (o.fallback !== true) c.fail(`${p}/fallback`, 'must be true');
			if (o.when !== undefined) c.fail(`${p}`, 'a fallback rule has no "when"');
			fallbacks++;
			return;
		}
		const w = c.object(o.when, `${p}/when`, [], ['special', 'values', 'anlage', 'sizes']);
		if (!w) return;
		if (Object.keys(w).length === 0) c.fail(`${p}/when`, 'needs at least one condition');
		if ((w.special === undefined) !== (w.values === undefined)) c.fail(`${p}/when`, '"special" and "values" go together');
		if (w.special !== undefined && c.oneOf(w.special, `${p}/when/special`, SPECIAL_TYPE_IDS)) {
			const values = c.array(w.values, `${p}/when/values`, 1);
			const allowed = SPECIAL_VALUES[w.special as SpecialTypeId].filter((v) => POSITIVE_VALUES.includes(v));
			values.forEach((v, j) => c.oneOf(v, `${p}/when/values/${j}`, allowed));
			c.uniqueValues(values, `${p}/when/values`);
		}
		if (w.anlage !== undefined) {
			const values = c.array(w.anlage, `${p}/when/anlage`, 1);
			values.forEach((v, j) => c.oneOf(v, `${p}/when/anlage/${j}`, [1, 2]));
			c.uniqueValues(values, `${p}/when/anlage`);
		}
		if (w.sizes !== undefined) {
			const values = c.array(w.sizes, `${p}/when/sizes`, 1);
			values.forEach((v, j) => c.oneOf(v, `${p}/when/sizes/${j}`, SIZE_CLASSES));
			c.uniqueValues(values, `${p}/when/sizes`);
		}
	});
	const ruleIndex = c.unique(rules, '/rules', 'rule id');
	if (fallbacks !== 1) c.fail('/rules', `needs exactly one fallback rule, has ${fallbacks}`);
	// The fallback applies when nothing else does, so it must be the lowest category: otherwise
	// a company with no matching rule would rank above one with a matching rule.
	const fallbackRule = rules.find((r) => asJson(r).fallback === true);
	if (fallbackRule) {
		const fbRank = rankOf.get(asJson(fallbackRule).category);
		for (const r of rules) {
			const rank = rankOf.get(asJson(r).category);
			if (typeof fbRank === 'number' && typeof rank === 'number' && rank < fbRank) {
				c.fail(`/rules/${rules.indexOf(r)}/category`, 'ranks below the fallback rule\'s category');
			}
		}
	}

	// Measures
	const measures = c.array(root.measures, '/measures', 1);
	measures.forEach((m, i) => {
		const p = `/measures/${i}`;
		const o = c.object(m, p, ['id', 'legalBasis', 'title']);
		if (!o) return;
		c.string(o.id, `${p}/id`, /^[a-j]$/);
		c.string(o.legalBasis, `${p}/legalBasis`);
		c.text(o.title, `${p}/title`);
	});
	const measureIndex = c.unique(measures, '/measures', 'measure id');

	// Duties
	const duties = c.array(root.duties, '/duties', 1);
	duties.forEach((d, i) => {
		const p = `/duties/${i}`;
		const o = c.object(d, p, ['id', 'categories', 'kind', 'legalBasis', 'title', 'explanation'], ['deadlines', 'measures', 'fine', 'onlyIf']);
		if (!o) return;
		c.string(o.id, `${p}/id`, /^D-[A-Z0-9-]+$/);
		const cats = c.array(o.categories, `${p}/categories`, 1);
		cats.forEach((x, j) => {
			if (typeof x !== 'string' || !categoryIndex.has(x)) c.fail(`${p}/categories/${j}`, `refers to unknown category ${JSON.stringify(x)}`);
		});
		c.uniqueValues(cats, `${p}/categories`);
		c.oneOf(o.kind, `${p}/kind`, ['duty', 'recommendation']);
		c.string(o.legalBasis, `${p}/legalBasis`);
		c.text(o.title, `${p}/title`);
		c.text(o.explanation, `${p}/explanation`);
		if (o.deadlines !== undefined) {
			const dls = c.array(o.deadlines, `${p}/deadlines`, 1);
			dls.forEach((dl, j) => {
				const q = `${p}/deadlines/${j}`;
				const x = c.object(dl, q, ['id', 'period', 'label', 'from']);
				if (!x) return;
				c.string(x.id, `${q}/id`, SLUG);
				c.string(x.period, `${q}/period`, PERIOD);
				c.text(x.label, `${q}/label`);
				c.text(x.from, `${q}/from`);
			});
			c.unique(dls, `${p}/deadlines`, 'deadline id');
		}
		if (o.measures !== undefined) {
			const ms = c.array(o.measures, `${p}/measures`, 1);
			ms.forEach((m, j) => {
				if (typeof m !== 'string' || !measureIndex.has(m)) c.fail(`${p}/measures/${j}`, `refers to unknown measure ${JSON.stringify(m)}`);
			});
			c.uniqueValues(ms, `${p}/measures`);
		}
		if (o.fine !== undefined) {
			const f = c.object(o.fine, `${p}/fine`, ['maxEur'], ['maxTurnoverPercent']);
			if (f) {
				c.number(f.maxEur, `${p}/fine/maxEur`, { exclusiveMin: 0 });
				if (f.maxTurnoverPercent !== undefined) c.number(f.maxTurnoverPercent, `${p}/fine/maxTurnoverPercent`, { exclusiveMin: 0, max: 100 });
			}
		}
		if (o.onlyIf !== undefined) {
			const only = c.object(o.onlyIf, `${p}/onlyIf`, [], ['rules', 'rows']);
			if (only) {
				if (Object.keys(only).length === 0) c.fail(`${p}/onlyIf`, 'needs "rules" or "rows"');
				if (only.rules !== undefined) {
					c.array(only.rules, `${p}/onlyIf/rules`, 1).forEach((x, j) => {
						if (typeof x !== 'string' || !ruleIndex.has(x)) c.fail(`${p}/onlyIf/rules/${j}`, `refers to unknown rule ${JSON.stringify(x)}`);
					});
				}
				if (only.rows !== undefined) {
					c.array(only.rows, `${p}/onlyIf/rows`, 1).forEach((x, j) => {
						if (typeof x !== 'string' || !rowIndex.has(x)) c.fail(`${p}/onlyIf/rows/${j}`, `refers to unknown row ${JSON.stringify(x)}`);
					});
				}
			}
		}
	});
	c.unique(duties, '/duties', 'duty id');

	// Clarify: one question per input, so every open answer the engine finds can be asked.
	const clarify = c.array(root.clarify, '/clarify', 1);
	clarify.forEach((q, i) => {
		const p = `/clarify/${i}`;
		const o = c.object(q, p, ['id', 'input', 'question', 'whom']);
		if (!o) return;
		c.string(o.id, `${p}/id`, /^C-[A-Z0-9-]+$/);
		c.oneOf(o.input, `${p}/input`, NIS2_INPUTS);
		c.text(o.question, `${p}/question`);
		c.text(o.whom, `${p}/whom`);
	});
	c.unique(clarify, '/clarify', 'clarify id');
	const inputIndex = c.unique(clarify, '/clarify', 'clarify input', 'input');
	for (const input of NIS2_INPUTS) if (!inputIndex.has(input)) c.fail('/clarify', `missing a question for input "${input}"`);

	// Warnings: a text for each warning the engine can raise.
	const warnings = c.array(root.warnings, '/warnings', 1);
	warnings.forEach((w, i) => {
		const p = `/warnings/${i}`;
		const o = c.object(w, p, ['id', 'text']);
		if (!o) return;
		c.string(o.id, `${p}/id`, /^W-[A-Z0-9-]+$/);
		c.text(o.text, `${p}/text`);
	});
	const warningIndex = c.unique(warnings, '/warnings', 'warning id');
	for (const id of ENGINE_WARNING_IDS) if (!warningIndex.has(id)) c.fail('/warnings', `missing warning "${id}"`);

	// Every category needs at least one duty or recommendation, or its result page would
	// show nothing to do (a negative result still says "document it").
	for (const cat of CATEGORIES) {
		if (!duties.some((d) => asArray(asJson(d).categories).includes(cat))) c.fail('/duties', `no duty or recommendation for category "${cat}"`);
	}

	if (c.problems.length > 0) throw new ValidationError(name, c.problems);
	return toRules(root);
}

/** Drops "$schema", "format" and "formatVersion" (checked above, of no use to the engine). */
function toRules(root: Json): Nis2Rules {
	const { $schema: _schema, format: _format, formatVersion: _version, ...rest } = root;
	return rest as unknown as Nis2Rules;
}
