// Reading one check from a file: its form against the JSON Schema, then what a schema cannot
// say – a catalogue this app knows, requirement ids of that catalogue, answers that follow
// from the responses – and finally the upgrade to the current catalogue and NIS-2 rules that
// every stored check goes through as well (model/upgrade.ts).
import { compareVersions, type Catalogue, type Locale } from '$lib/engine/din';
import { catalogueVersions, currentCatalogueRef, knowsCatalogue, loadCatalogue } from '$lib/content/catalogues';
import type { Assessment } from '$lib/model/assessment';
import { isMeasureActionId } from '$lib/model/readiness';
import { readinessDamage } from '$lib/model/readiness-damage';
import { cleanAssessment } from '$lib/model/clean-record';
import { isCalendarDate, isTimestamp } from '$lib/model/dates';
import { answersFrom, summarise } from '$lib/model/derive';
import { upgradeAssessment } from '$lib/model/upgrade';
import { validateAssessment } from './generated/validators';
import { checkSchema, fail } from './problems';

/** A timestamp that names a real moment (the schema checks its form only). */
export function checkTimestamp(value: string, path: string): void {
	if (!isTimestamp(value)) fail('invalid', path, 'date');
}

/** A day of the calendar ("2026-02-30" has the form, but is no day). */
export function checkDay(value: string | undefined, path: string): void {
	if (value !== undefined && !isCalendarDate(value)) fail('invalid', path, 'date');
}

/** The check has the form of the file format, its dates are real ones. */
export function checkAssessmentForm(value: unknown, path: string): Assessment {
	checkSchema(validateAssessment, value, path);
	const a = value as Assessment;
	checkTimestamp(a.createdAt, `${path}/createdAt`);
	checkTimestamp(a.updatedAt, `${path}/updatedAt`);
	if (a.nis2) {
		checkTimestamp(a.nis2.updatedAt, `${path}/nis2/updatedAt`);
		checkDay(a.nis2.legalState, `${path}/nis2/legalState`);
		checkDay(a.nis2.recheckFrom, `${path}/nis2/recheckFrom`);
	}
	if (a.consultation?.runningSince) checkTimestamp(a.consultation.runningSince, `${path}/consultation/runningSince`);
	if (a.consultation?.startedAt) checkTimestamp(a.consultation.startedAt, `${path}/consultation/startedAt`);
	for (const [rid, tracking] of Object.entries(a.plan ?? {})) checkDay(tracking.due, `${path}/plan/${rid}/due`);
	const damaged = readinessDamage(a.readiness);
	if (damaged) fail('invalid', `${path}/readiness${damaged}`, 'date');
	return cleanAssessment({ ...a, revision: a.revision ?? 1 });
}

/** What the catalogue says about the check: known ids, parts, answers that follow from the responses. */
export function checkAgainstCatalogue(a: Assessment, catalogue: Catalogue, path: string): void {
	const byId = new Map(catalogue.requirements.map((r) => [r.id, r]));
	for (const field of ['responses', 'answers', 'notes', 'plan'] as const) {
		// The actions of the NIS-2 measures (nis2-…) belong to the measures file, not the catalogue.
		for (const rid of Object.keys(a[field] ?? {})) if (!byId.has(rid) && !(field === 'plan' && isMeasureActionId(rid))) fail('unknown_requirement', `${path}/${field}/${rid}`, rid);
	}
	for (const [field, list] of [['toConfirm', a.toConfirm], ['consultation/clarify', a.consultation?.clarify]] as const) {
		(list ?? []).forEach((rid, i) => {
			if (!byId.has(rid)) fail('unknown_requirement', `${path}/${field}/${i}`, rid);
		});
	}
	for (const [rid, response] of Object.entries(a.responses)) {
		const requirement = byId.get(rid)!;
		if (response.precondition && !requirement.precondition) fail('inconsistent', `${path}/responses/${rid}/precondition`, rid);
		for (const pid of Object.keys(response.parts ?? {})) {
			if (!requirement.parts.some((p) => p.id === pid)) fail('unknown_requirement', `${path}/responses/${rid}/parts/${pid}`, `${rid}${pid}`);
		}
		for (const pid of Object.keys(response.conditions ?? {})) {
			if (!requirement.parts.some((p) => p.id === pid && p.condition)) fail('inconsistent', `${path}/responses/${rid}/conditions/${pid}`, `${rid}${pid}`);
		}
	}
	const expected = answersFrom(catalogue, a.responses);
	for (const rid of new Set([...Object.keys(expected), ...Object.keys(a.answers)])) {
		if (expected[rid] !== a.answers[rid]) fail('inconsistent', `${path}/answers/${rid}`, rid);
	}
	if (a.position && !catalogue.topics.some((t) => t.id === a.position!.topic)) fail('invalid', `${path}/position/topic`, 'value');
}

/** The check fits its catalogue; returned under the current catalogue and rules. */
export async function checkAssessmentContent(a: Assessment, path: string, locale: Locale): Promise<Assessment> {
	const ref = a.catalogue;
	if (!knowsCatalogue(ref)) {
		if (ref.id === currentCatalogueRef.id && compareVersions(ref.version, catalogueVersions.at(-1)!) > 0) fail('newer_catalogue', `${path}/catalogue/version`, ref.version);
		fail('unknown_catalogue', `${path}/catalogue`, `${ref.id} ${ref.version}`);
	}
	const catalogue = (await loadCatalogue(ref, locale))!;
	checkAgainstCatalogue(a, catalogue, path);
	const read: Assessment = { ...a, summary: summarise(catalogue, a.answers) };
	const upgraded = await upgradeAssessment(read, locale, { recomputeNis2: true });
	if (upgraded.ok) return upgraded.record;
	switch (upgraded.problem) {
		case 'newer_nis2_rules':
			return fail('newer_nis2_rules', `${path}/nis2/legalState`, a.nis2?.legalState);
		case 'invalid_nis2':
			return fail('invalid', `${path}/nis2/profile`, 'value');
		default:
			// Known catalogue, but no declared way to the current one: kept as it is, migrated when opened.
			return read;
	}
}
