// Names of the German federal states (ISO 3166-2 codes) and of the federal level, for the
// company form and the report's funding annex.
import type { FederalState } from '$lib/model/assessment';
import { m } from '$lib/paraglide/messages';

const NAMES: Record<FederalState, () => string> = {
	'DE-BW': m.state_de_bw,
	'DE-BY': m.state_de_by,
	'DE-BE': m.state_de_be,
	'DE-BB': m.state_de_bb,
	'DE-HB': m.state_de_hb,
	'DE-HH': m.state_de_hh,
	'DE-HE': m.state_de_he,
	'DE-MV': m.state_de_mv,
	'DE-NI': m.state_de_ni,
	'DE-NW': m.state_de_nw,
	'DE-RP': m.state_de_rp,
	'DE-SL': m.state_de_sl,
	'DE-SN': m.state_de_sn,
	'DE-ST': m.state_de_st,
	'DE-SH': m.state_de_sh,
	'DE-TH': m.state_de_th
};

export const stateName = (state: FederalState): string => NAMES[state]();

/** "Bund" for DE, else the states' names. */
export const regionName = (region: string): string => (region === 'DE' ? m.region_federal() : region in NAMES ? NAMES[region as FederalState]() : region);
