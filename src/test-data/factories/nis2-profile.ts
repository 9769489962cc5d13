// NIS-2 answers for tests: a 10-person company with small finances, no activity and every
// special question (and IT independence) answered "no", changed where a test says so.
import type { Nis2Profile } from '$lib/engine/nis2';
import { emptyProfile } from '$lib/model/nis2-profile';

export type ProfileChanges = Partial<Omit<Nis2Profile, 'size'>> & { size?: Partial<Nis2Profile['size']> };

const answeredNo = {
	kritisOperator: 'no',
	trustServiceProvider: 'no',
	tldRegistry: 'no',
	dnsServiceProvider: 'no',
	publicTelecom: 'no',
	domainRegistrar: 'no'
} as const satisfies Partial<Nis2Profile>;

export function nis2Profile(changes: ProfileChanges = {}): Nis2Profile {
	const { size, ...rest } = changes;
	const empty = emptyProfile();
	const { unsureActivities: _a, unsureNegligible: _b, ...answers } = empty;
	return { ...answers, ...answeredNo, ...rest, size: { ...empty.size, staff: 10, turnoverEur: 1_000_000, balanceSheetEur: 1_000_000, itIndependent: 'no', ...size } };
}
