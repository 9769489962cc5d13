// The NIS-2 answers of a company before anything is answered.
import type { Nis2Profile } from '$lib/engine/nis2';

export function emptyProfile(): Nis2Profile {
	return {
		activities: [],
		negligibleActivities: [],
		unsureActivities: [],
		unsureNegligible: [],
		kritisOperator: 'no',
		trustServiceProvider: 'no',
		tldRegistry: 'no',
		dnsServiceProvider: 'no',
		publicTelecom: 'no',
		domainRegistrar: 'no',
		size: { staff: null, turnoverEur: null, balanceSheetEur: null, linked: [], partners: [], itIndependent: 'no' }
	};
}
