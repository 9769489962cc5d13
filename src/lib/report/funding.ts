// Which funding programmes the report lists: the federal ones and those of the company's
// federal state (all states' when the company has not said where it is), and never one whose
// application deadline has passed on the day of the report.
import type { Text } from '$lib/engine/din';
import type { FederalState } from '$lib/model/assessment';

export interface FundingProgramme {
	id: string;
	provider: string;
	programme: Text;
	regions: string[];
	kind: 'grant' | 'loan' | 'advice';
	purpose: Text;
	source: string;
	validUntil?: string;
	lastChecked: string;
}

/** `today` as YYYY-MM-DD (the report's date). */
export function fundingFor(programmes: FundingProgramme[], state: FederalState | undefined, today: string): FundingProgramme[] {
	return programmes.filter((p) => (p.validUntil === undefined || p.validUntil >= today) && (p.regions.includes('DE') || state === undefined || p.regions.includes(state)));
}
