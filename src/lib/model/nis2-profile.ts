// The NIS-2 answers of a company before anything is answered: no question has an answer,
// none is assumed (the special-type questions and IT independence are absent until chosen).
import type { Nis2Profile } from '$lib/engine/nis2';

export function emptyProfile(): Nis2Profile {
	return {
		activities: [],
		negligibleActivities: [],
		unsureActivities: [],
		unsureNegligible: [],
		size: { staff: null, turnoverEur: null, balanceSheetEur: null, linked: [], partners: [] }
	};
}
