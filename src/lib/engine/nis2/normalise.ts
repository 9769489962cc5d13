// The answers as the decision sees them: which activities certainly count, which are open,
// which values each special-type question can still take, and which size classes the figures
// allow. Contradictory but well-formed answers resolve to "don't know" and become warnings
// (see questions/nis2/README.md for each interpretation).
import type { RulesIndex } from './rules-index';
import { partnersBelowThreshold, sizeSpace, type SizeSpace } from './size';
import { plain, Warnings } from './texts';
import { SPECIAL_TYPE_IDS, SPECIAL_VALUES, type Anlage, type Nis2Profile, type Nis2Row, type Nis2Rules, type SpecialTypeId, type SpecialValue } from './types';

export interface UnsureRow {
	row: Nis2Row;
	performedUnknown: boolean;
	negligibleUnknown: boolean;
}

export interface Normalised {
	/** rows certainly performed (not unsure) */
	chosen: Set<string>;
	negligible: Set<string>;
	negligibleUnknown: Set<string>;
	/** Anlagen an ordinary, non-negligible, certainly performed row puts the company in */
	certainAnlagen: Set<Anlage>;
	/** those rows */
	countedRows: Set<string>;
	/** ordinary rows whose counting is open, per Anlage */
	unsureRows: Record<Anlage, UnsureRow[]>;
	/** the values each special-type question can still take */
	domains: Map<SpecialTypeId, SpecialValue[]>;
	space: SizeSpace;
	warnings: Warnings;
}

export function normalise(rules: Nis2Rules, index: RulesIndex, profile: Nis2Profile): Normalised {
	const warnings = new Warnings(rules);
	const rowsOf = (ids: Iterable<string>): Nis2Row[] => {
		const set = new Set(ids);
		return rules.rows.filter((r) => set.has(r.id));
	};

	// Activities: a row both chosen and unsure counts as unsure.
	const unsure = new Set(profile.unsureActivities ?? []);
	const chosen = new Set(profile.activities.filter((id) => !unsure.has(id)));
	warnings.rows('W-ACTIVITY-ALSO-UNSURE', rowsOf(profile.activities.filter((id) => unsure.has(id))));
	const mentioned = (id: string) => chosen.has(id) || unsure.has(id);

	const negligible = new Set<string>();
	const negligibleUnknown = new Set<string>();
	const notChosen = new Set<string>();
	const notApplicable = new Set<string>();
	const both = new Set<string>();
	for (const id of profile.negligibleActivities) {
		if (!mentioned(id)) notChosen.add(id);
		else if (index.rows.get(id)?.special) notApplicable.add(id);
		else negligible.add(id);
	}
	for (const id of profile.unsureNegligible ?? []) {
		if (!mentioned(id)) notChosen.add(id);
		else if (index.rows.get(id)?.special) notApplicable.add(id);
		else {
			if (negligible.delete(id)) both.add(id);
			negligibleUnknown.add(id);
		}
	}
	warnings.rows('W-NEGLIGIBLE-NOT-CHOSEN', rowsOf(notChosen));
	warnings.rows('W-NEGLIGIBLE-NOT-APPLICABLE', rowsOf(notApplicable));
	warnings.rows('W-NEGLIGIBLE-BOTH', rowsOf(both));

	// Ordinary rows (not linked to a special type) count for the Anlage rules unless negligible;
	// "counts" is open when performing it or its negligibility is open.
	const certainAnlagen = new Set<Anlage>();
	const countedRows = new Set<string>();
	const unsureRows: Record<Anlage, UnsureRow[]> = { 1: [], 2: [] };
	for (const row of rules.rows) {
		if (row.special || !mentioned(row.id) || negligible.has(row.id)) continue;
		const performedUnknown = unsure.has(row.id);
		const negUnknown = negligibleUnknown.has(row.id);
		if (!performedUnknown && !negUnknown) {
			certainAnlagen.add(row.anlage);
			countedRows.add(row.id);
		} else unsureRows[row.anlage].push({ row, performedUnknown, negligibleUnknown: negUnknown });
	}

	// Special types: a chosen linked row means being that type; an explicit "no" is overridden.
	const domains = new Map<SpecialTypeId, SpecialValue[]>();
	const contradicted: Nis2Row[] = [];
	for (const id of SPECIAL_TYPE_IDS) {
		const positives = index.specials.get(id)?.positiveValues ?? [];
		const answer = profile[id] ?? 'unknown';
		const linkedChosen = (index.specialRows.get(id) ?? []).filter((r) => chosen.has(r.id));
		let domain: SpecialValue[];
		if (linkedChosen.length > 0) {
			if ((positives as string[]).includes(answer)) domain = [answer as SpecialValue];
			else {
				if (answer === 'no') contradicted.push(...linkedChosen);
				domain = [...positives];
			}
		} else domain = answer === 'unknown' ? [...SPECIAL_VALUES[id]] : [answer];
		domains.set(id, domain);
	}
	warnings.rows('W-SPECIAL-CONTRADICTION', contradicted);

	// Size.
	const space = sizeSpace(rules.size, profile.size);
	const below = partnersBelowThreshold(rules.size, profile.size);
	warnings.add('W-PARTNER-BELOW-THRESHOLD', below.map(String), { items: plain(below.join(', ')), percent: plain(rules.size.partnerMinSharePercent) });
	const likelyLinked = profile.size.partners.flatMap((p, i) => (p.sharePercent > rules.size.linkedAboveSharePercent ? [i + 1] : []));
	warnings.add('W-PARTNER-LIKELY-LINKED', likelyLinked.map(String), { items: plain(likelyLinked.join(', ')), percent: plain(rules.size.linkedAboveSharePercent) });

	return { chosen, negligible, negligibleUnknown, certainAnlagen, countedRows, unsureRows, domains, space, warnings };
}
