// Public API of the NIS-2 applicability engine. Pure TypeScript over validated data: no
// Svelte, no DOM, no $lib/$app imports, so it runs unchanged in the browser, Node and tests.
export type * from './types';
export { CATEGORIES, NIS2_INPUTS, SIZE_CLASSES, SPECIAL_TYPE_IDS, SPECIAL_VALUES } from './types';
export { parseNis2Rules, ENGINE_WARNING_IDS, type EngineWarningId } from './parse';
export {
	sizeClassOf,
	otherEnterprises,
	aggregationBranches,
	possibleSizeClasses,
	nearSizeThreshold,
	partnersBelowThreshold,
	sizeSpace,
	thresholdsOf,
	SIZE_DIMENSIONS,
	type SizeFigures,
	type SizeDimension,
	type SizeSpace
} from './size';
export { classifyNis2, categoryRank } from './classify';
export { carryOverNis2Profile, type CarriedOver } from './carry-over';
export {
	incidentDeadlines,
	registrationDue,
	NIS2_DEADLINE_PERIODS,
	type IncidentDeadlineInput,
	type IncidentDeadlines
} from './deadlines';
export { DeadlineInputError, type DeadlineField, type DeadlineProblem } from '../errors';
