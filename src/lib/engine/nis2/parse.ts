// Validation of a NIS-2 rules file, run at build time (scripts/check-content.js) and in the
// tests – the browser only casts the bundled files. The JSON Schema checks the shape, but it
// cannot check references between parts (rule -> category, row -> special type, duty -> rule)
// or counts. So this parser checks both, collects every problem with its JSON path and throws
// them together.
import { ValidationError } from '../errors';
import { checkDecisions } from './parse-decisions';
import { asJson, Checker, SLUG, type Json } from './rules-checker';
import { CATEGORIES, SIZE_CLASSES, SPECIAL_TYPE_IDS, SPECIAL_VALUES, type Nis2Rules } from './types';

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

export function parseNis2Rules(json: unknown, name = 'NIS-2 rules'): Nis2Rules {
	const c = new Checker();
	const root = c.object(
		json,
		'',
		['format', 'formatVersion', 'id', 'legalState', 'title', 'sources', 'disclaimer', 'expectedRowCounts', 'categories', 'uncertain', 'size', 'specialTypes', 'rows', 'rules', 'measures', 'duties', 'clarify', 'notes', 'warnings'],
		['$schema', 'revision', 'anlageExplanation', 'firstSteps']
	);
	if (!root) throw new ValidationError(name, c.problems);
	// Revision 2 and later of a legal state: its number and the explanation of "Anlage".
	if (root.revision !== undefined) c.number(root.revision, '/revision', { min: 1, integer: true });
	if (root.anlageExplanation !== undefined) c.text(root.anlageExplanation, '/anlageExplanation');

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
		const o = c.object(n, p, ['id', 'kind', 'legalBasis', 'trigger', 'title', 'text'], ['condition', 'removesDuties', 'removesDutiesScope']);
		if (!o) return;
		c.string(o.id, `${p}/id`, /^N-[A-Z0-9-]+$/);
		c.oneOf(o.kind, `${p}/kind`, ['overlay', 'indirect', 'size', 'general']);
		c.string(o.legalBasis, `${p}/legalBasis`);
		c.text(o.title, `${p}/title`);
		c.text(o.text, `${p}/text`);
		if (o.condition !== undefined) c.text(o.condition, `${p}/condition`);
		if (o.removesDutiesScope !== undefined) c.oneOf(o.removesDutiesScope, `${p}/removesDutiesScope`, ['entity', 'coveredActivities']);
		// The duty ids are checked with the duties (parse-decisions.ts).
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

	/** A row or special type names its overlays in `overlays` (revision 2) or `overlay` (revision 1). */
	const checkOverlays = (o: Json, p: string) => {
		if (o.overlay !== undefined) checkOverlay(o.overlay, `${p}/overlay`);
		if (o.overlays !== undefined) c.array(o.overlays, `${p}/overlays`, 1).forEach((id, i) => checkOverlay(id, `${p}/overlays/${i}`));
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
	], ['steps', 'example', 'balanceSheetHelp']);
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
		for (const key of ['example', 'balanceSheetHelp']) if (size[key] !== undefined) c.text(size[key], `/size/${key}`);
		if (size.steps !== undefined) c.array(size.steps, '/size/steps', 1).forEach((step, i) => c.text(step, `/size/steps/${i}`));
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
		const o = c.object(s, p, ['id', 'name', 'explanation', 'positiveValues'], ['overlay', 'overlays', 'question']);
		if (!o) return;
		if (!c.oneOf(o.id, `${p}/id`, SPECIAL_TYPE_IDS)) return;
		c.text(o.name, `${p}/name`);
		c.text(o.explanation, `${p}/explanation`);
		const values = c.array(o.positiveValues, `${p}/positiveValues`, 1);
		const allowed = SPECIAL_VALUES[o.id].filter((v) => v !== 'no');
		values.forEach((v, j) => c.oneOf(v, `${p}/positiveValues/${j}`, allowed));
		c.uniqueValues(values, `${p}/positiveValues`);
		if (o.question !== undefined) c.text(o.question, `${p}/question`);
		checkOverlays(o, p);
	});
	const specialIndex = c.unique(specials, '/specialTypes', 'special type id');
	for (const id of SPECIAL_TYPE_IDS) if (!specialIndex.has(id)) c.fail('/specialTypes', `missing special type "${id}"`);

	checkDecisions(c, root, { categoryIndex, rankOf, checkOverlays, engineWarningIds: ENGINE_WARNING_IDS });
	if (c.problems.length > 0) throw new ValidationError(name, c.problems);
	return toRules(root);
}

/** Drops "$schema", "format" and "formatVersion" (checked above, of no use to the engine). */
function toRules(root: Json): Nis2Rules {
	const { $schema: _schema, format: _format, formatVersion: _version, ...rest } = root;
	return rest as unknown as Nis2Rules;
}
