// Public API of the NIS-2 applicability engine. Pure TypeScript over validated data: no
// Svelte, no DOM, no $lib/$app imports, so it runs unchanged in the browser, Node and tests.
import rulesJson from '../../../../questions/nis2/2025-12.json';
import { parseNis2Rules } from './parse';

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

/**
 * The rules of the current legal state (BSIG as amended, in force 6 Dec 2025), checked once
 * at load: an invalid file fails loudly here instead of producing wrong results later.
 */
export const currentNis2Rules = parseNis2Rules(rulesJson, 'questions/nis2/2025-12.json');
export { carryOverNis2Profile, type CarriedOver } from './carry-over';
