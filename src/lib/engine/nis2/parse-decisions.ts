// The decision parts of a rules file (rows, rules, measures, duties, clarify questions,
// warnings): their references to each other and to the categories, and the counts.
import { asArray, asJson, PERIOD, POSITIVE_VALUES, ROW_ID, SLUG, type Checker, type Json } from './rules-checker';
import { CATEGORIES, NIS2_INPUTS, SIZE_CLASSES, SPECIAL_TYPE_IDS, SPECIAL_VALUES, type SpecialTypeId } from './types';

export interface Context {
	categoryIndex: Map<string, number>;
	rankOf: Map<unknown, unknown>;
	checkOverlays: (o: Json, path: string) => void;
	engineWarningIds: readonly string[];
}

export function checkDecisions(c: Checker, root: Json, { categoryIndex, rankOf, checkOverlays, engineWarningIds }: Context): void {
	// Rows
	const rows = c.array(root.rows, '/rows', 1);
	const sectorNames = new Map<string, { path: string; json: string; anlage: unknown }>();
	rows.forEach((r, i) => {
		const p = `/rows/${i}`;
		const o = c.object(r, p, ['id', 'anlage', 'sector', 'name', 'explanation', 'examples'], ['subsector', 'special', 'overlay', 'overlays']);
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
		checkOverlays(o, p);
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
		const o = c.object(d, p, ['id', 'categories', 'kind', 'title', 'explanation'], ['legalBasis', 'deadlines', 'measures', 'fine', 'onlyIf']);
		if (!o) return;
		c.string(o.id, `${p}/id`, /^D-[A-Z0-9-]+$/);
		const cats = c.array(o.categories, `${p}/categories`, 1);
		cats.forEach((x, j) => {
			if (typeof x !== 'string' || !categoryIndex.has(x)) c.fail(`${p}/categories/${j}`, `refers to unknown category ${JSON.stringify(x)}`);
		});
		c.uniqueValues(cats, `${p}/categories`);
		c.oneOf(o.kind, `${p}/kind`, ['duty', 'recommendation']);
		// A duty names its legal basis; a recommendation may have none (it is no duty of the law).
		if (o.legalBasis !== undefined || o.kind !== 'recommendation') c.string(o.legalBasis, `${p}/legalBasis`);
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
			const f = c.object(o.fine, `${p}/fine`, ['maxEur'], ['maxTurnoverPercent', 'legalBasis', 'breaches']);
			if (f) {
				c.number(f.maxEur, `${p}/fine/maxEur`, { exclusiveMin: 0 });
				if (f.legalBasis !== undefined) c.string(f.legalBasis, `${p}/fine/legalBasis`);
				if (f.breaches !== undefined) c.text(f.breaches, `${p}/fine/breaches`);
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
	const dutyIndex = c.unique(duties, '/duties', 'duty id');
	// What an overlay removes must be duties of these rules.
	asArray(root.notes).forEach((n, i) => {
		asArray(asJson(n).removesDuties).forEach((id, j) => {
			if (typeof id !== 'string' || !dutyIndex.has(id)) c.fail(`/notes/${i}/removesDuties/${j}`, `refers to unknown duty ${JSON.stringify(id)}`);
		});
	});

	asArray(root.firstSteps).forEach((id, i) => {
		if (typeof id !== 'string' || !dutyIndex.has(id)) c.fail(`/firstSteps/${i}`, `refers to unknown duty ${JSON.stringify(id)}`);
	});

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
	for (const id of engineWarningIds) if (!warningIndex.has(id)) c.fail('/warnings', `missing warning "${id}"`);

	// Every category needs at least one duty or recommendation, or its result page would
	// show nothing to do (a negative result still says "document it").
	for (const cat of CATEGORIES) {
		if (!duties.some((d) => asArray(asJson(d).categories).includes(cat))) c.fail('/duties', `no duty or recommendation for category "${cat}"`);
	}

}
