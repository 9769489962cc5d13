// Brings any stored or imported check to the current catalogue version and NIS-2 rules: one
// path for the session that opens a check and for the importer. A DIN catalogue step goes only
// through the mapping the newer catalogue declares; NIS-2 answers given under an older legal
// state are carried over and marked for re-checking. Nothing is guessed: what cannot be
// carried over is refused with a problem, and the record stays as it was.
import { compareVersions, type Locale, type MigrationReport } from '$lib/engine/din';
import { currentCatalogueRef, newerCatalogues } from '$lib/content/catalogues';
import { currentNis2Ref, knowsNis2Rules, loadCurrentNis2Rules, loadNis2Rules } from '$lib/content/nis2-rules';
import type { Assessment, StoredNis2 } from './assessment';
import { cleanAssessment } from './clean-record';
import { isMeasureActionId } from './readiness';
import { nis2Decided } from './nis2-progress';

export type UpgradeProblem = 'unknown_catalogue' | 'newer_catalogue' | 'migration_failed' | 'newer_nis2_rules' | 'invalid_nis2';

export interface UpgradeReport {
	/** the DIN answers were carried over from an older catalogue version */
	catalogue?: MigrationReport;
	/** the NIS-2 answers were carried over from an older legal state */
	nis2?: { from: string; droppedRows: string[] };
}

export type Upgraded = { ok: true; record: Assessment; report: UpgradeReport; changed: boolean } | { ok: false; problem: UpgradeProblem };

async function upgradeCatalogue(record: Assessment, locale: Locale): Promise<Upgraded> {
	const { id, version } = record.catalogue;
	if (id !== currentCatalogueRef.id) return { ok: false, problem: 'unknown_catalogue' };
	const order = compareVersions(version, currentCatalogueRef.version);
	if (order > 0) return { ok: false, problem: 'newer_catalogue' };
	if (order === 0) return { ok: true, record, report: {}, changed: false };
	// Only an older check needs the migration code and the scoring, so they load only then.
	const [steps, { migrateAnswers, MigrationError }, { withDerived }] = await Promise.all([newerCatalogues(version, locale), import('$lib/engine/migration'), import('./derive')]);
	const target = steps.at(-1)!;
	try {
		const { data, report } = migrateAnswers(steps, version, target, { responses: record.responses, notes: record.notes });
		const known = (ids: string[] | undefined) => (ids ?? []).filter((rid) => target.requirements.some((r) => r.id === rid));
		const plan = record.plan && Object.fromEntries(Object.entries(record.plan).filter(([rid]) => isMeasureActionId(rid) || known([rid]).length > 0));
		const next: Assessment = {
			...structuredClone(record),
			catalogue: { id: target.id, version: target.version },
			responses: data.responses,
			notes: data.notes,
			...(record.toConfirm ? { toConfirm: known(record.toConfirm).filter((rid) => rid in data.responses) } : {}),
			...(plan ? { plan } : {})
		};
		if (next.consultation) next.consultation.clarify = known(next.consultation.clarify);
		return { ok: true, record: withDerived(target, next), report: { catalogue: report }, changed: true };
	} catch (error) {
		if (error instanceof MigrationError) return { ok: false, problem: 'migration_failed' };
		throw error;
	}
}

/** NIS-2 answers under the current rules, with their result computed again. */
async function upgradeNis2(stored: StoredNis2, locale: Locale): Promise<{ ok: true; nis2: StoredNis2; report?: UpgradeReport['nis2'] } | { ok: false; problem: UpgradeProblem }> {
	const current = currentNis2Ref;
	if (stored.legalState > current.legalState || (stored.rulesId !== current.id && !knowsNis2Rules(stored.rulesId) && stored.legalState === current.legalState)) {
		return { ok: false, problem: 'newer_nis2_rules' };
	}
	const [{ carryOverNis2Profile, classifyNis2 }, rules] = await Promise.all([import('$lib/engine/nis2'), loadCurrentNis2Rules(locale)]);
	let next = stored;
	let report: UpgradeReport['nis2'];
	try {
		if (stored.rulesId !== current.id) {
			const carried = carryOverNis2Profile(stored.profile, rules);
			const recheck = stored.legalState !== current.legalState ? { recheckFrom: stored.recheckFrom ?? stored.legalState } : {};
			next = { ...stored, rulesId: rules.id, legalState: rules.legalState, ...recheck, profile: carried.profile };
			if (stored.legalState !== current.legalState) report = { from: stored.legalState, droppedRows: carried.droppedRows };
			else {
				// A corrected revision of the same legal state: what the earlier one decided, to tell
				// the user when the category or the duties changed.
				const earlier = await loadNis2Rules(stored.rulesId, locale)!;
				const before = classifyNis2(earlier, stored.profile);
				const after = nis2Decided(stored.profile) ? classifyNis2(rules, next.profile) : null;
				const dutyIds = (v: { duties: { id: string }[] } | null) => (v ? v.duties.map((d) => d.id) : []);
				const changed = before.category !== after?.category || dutyIds(before).join() !== dutyIds(after).join();
				if (changed) next = { ...next, revisedFrom: { rulesId: stored.rulesId, category: stored.result?.category ?? before.category, duties: dutyIds(before) } };
			}
		}
		const { result: _old, ...rest } = next;
		if (!nis2Decided(next.profile)) return { ok: true, nis2: rest, report };
		const verdict = classifyNis2(rules, next.profile);
		return { ok: true, nis2: { ...rest, result: { category: verdict.category, possibleCategories: verdict.possibleCategories } }, report };
	} catch {
		return { ok: false, problem: 'invalid_nis2' };
	}
}

/**
 * The record under the current catalogue and rules. `recomputeNis2` classifies the NIS-2
 * answers again even under current rules (imports: results are never taken from a file).
 */
export async function upgradeAssessment(stored: Assessment, locale: Locale, options: { recomputeNis2?: boolean } = {}): Promise<Upgraded> {
	// Texts stored before they were cleaned on input are cleaned now (and the check stored again).
	const record = cleanAssessment(stored);
	const cleaned = JSON.stringify(record) !== JSON.stringify(stored);
	const din = await upgradeCatalogue(record, locale);
	if (din.ok && cleaned) din.changed = true;
	if (!din.ok || !din.record.nis2) return din;
	const nis2 = din.record.nis2;
	if (nis2.rulesId === currentNis2Ref.id && !options.recomputeNis2) return din;
	const upgraded = await upgradeNis2(nis2, locale);
	if (!upgraded.ok) return upgraded;
	const changed = din.changed || JSON.stringify(upgraded.nis2) !== JSON.stringify(nis2);
	return {
		ok: true,
		record: { ...din.record, nis2: upgraded.nis2 },
		report: { ...din.report, ...(upgraded.report ? { nis2: upgraded.report } : {}) },
		changed
	};
}
