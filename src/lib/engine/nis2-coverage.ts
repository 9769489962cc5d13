// Which NIS-2 risk-management measures (Art. 21(2) a–j, §30(2) Nr. 1–10 BSIG) the DIN answers
// touch, from the catalogue's mapping. "Touched" is not "met": DIN SPEC 27076 is a minimum for
// small companies and does not meet NIS-2 on its own; the UI says so.
import { checkAnswers } from './answers';
import type { Catalogue } from './types';

export interface MeasureCoverage {
	/** requirements mapped to the measure, in catalogue order (not_relevant ones left out) */
	requirements: string[];
	fulfilled: string[];
	/** not fulfilled or not answered yet */
	open: string[];
}

export function nis2Coverage(catalogue: Catalogue, answers: unknown): Record<string, MeasureCoverage> {
	const checked = checkAnswers(catalogue, answers);
	const coverage: Record<string, MeasureCoverage> = {};
	for (const requirement of catalogue.requirements) {
		const status = checked[requirement.id];
		if (status === 'not_relevant') continue;
		for (const letter of requirement.nis2) {
			const entry = (coverage[letter] ??= { requirements: [], fulfilled: [], open: [] });
			entry.requirements.push(requirement.id);
			(status === 'fulfilled' ? entry.fulfilled : entry.open).push(requirement.id);
		}
	}
	return coverage;
}
