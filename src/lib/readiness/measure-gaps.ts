// The §30 gap analysis of one check, put together from its record: the measures in the
// stored version (or the current one), the prefill from its DIN answers, and the open actions.
// Used by the measures page and – loaded on demand – by the results page and its exports.
import { currentMeasuresVersion, knowsMeasures, loadMeasures } from '$lib/content/nis2-measures';
import { measureActions, prefillMeasures, type Catalogue, type Locale, type MeasureCatalogue, type MeasureGap, type MeasurePrefill } from '$lib/engine/din';
import type { Assessment } from '$lib/model/assessment';

export const activitiesOf = (assessment: Pick<Assessment, 'nis2'>): string[] => assessment.nis2?.profile.activities ?? [];

/** The version the check's answers belong to, when this app knows it; else the current one. */
export function measuresVersionOf(assessment: Pick<Assessment, 'readiness'>): string {
	const stored = assessment.readiness?.measures?.version;
	return stored && knowsMeasures(stored) ? stored : currentMeasuresVersion;
}

/** What the DIN answers suggest; nothing when they do not fit the catalogue (never a wrong guess). */
export function prefillOf(measures: MeasureCatalogue, catalogue: Catalogue, answers: Assessment['answers']): Record<string, MeasurePrefill> {
	try {
		return prefillMeasures(measures.measures, catalogue, answers);
	} catch {
		return {};
	}
}

export function gapsOf(measures: MeasureCatalogue, assessment: Assessment, catalogue: Catalogue): MeasureGap[] {
	return measureActions(measures.measures, assessment.readiness?.measures?.answers ?? {}, prefillOf(measures, catalogue, assessment.answers), activitiesOf(assessment));
}

/** The check's §30 actions, or null while it has no measure answers (then nothing is loaded). */
export async function loadMeasureGaps(assessment: Assessment, catalogue: Catalogue, locale: Locale): Promise<{ measures: MeasureCatalogue; gaps: MeasureGap[] } | null> {
	if (!assessment.readiness?.measures) return null;
	const measures = await loadMeasures(measuresVersionOf(assessment), locale)!;
	return { measures, gaps: gapsOf(measures, assessment, catalogue) };
}
