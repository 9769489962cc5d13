// The §30 measures of the readiness workspace as the app loads them: one version in one
// language, every text already a plain string (scripts/content-plugin.js). Validated at build
// time (schema, DIN ids, unique ids), only cast here.
import { measuresLoaders, measuresVersions } from 'virtual:kmu-content';
import type { Locale, MeasureCatalogue } from '$lib/engine/din';
import { memoised } from './memo';

/** The version new answers are given under. */
export const currentMeasuresVersion = measuresVersions.at(-1)!;

const once = memoised<MeasureCatalogue>();

export function knowsMeasures(version: string): boolean {
	return version in measuresLoaders;
}

export function loadMeasures(version: string, locale: Locale): Promise<MeasureCatalogue> | undefined {
	if (!knowsMeasures(version)) return undefined;
	return once(`${version}/${locale}`, () => measuresLoaders[version]![locale]().then((module) => module.default as MeasureCatalogue));
}

export function loadCurrentMeasures(locale: Locale): Promise<MeasureCatalogue> {
	return loadMeasures(currentMeasuresVersion, locale)!;
}
