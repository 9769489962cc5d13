// Carrying a stored NIS-2 profile over to the rules of a newer legal state. Row ids are stable
// across legal states unless the Anlage changes; rows that no longer exist are dropped and
// reported. The result is always marked for re-checking, since thresholds and rules may differ.
import type { Nis2Profile, Nis2Rules } from './types';

export interface CarriedOver {
	profile: Nis2Profile;
	/** row ids the new rules no longer know */
	droppedRows: string[];
}

export function carryOverNis2Profile(profile: Nis2Profile, rules: Nis2Rules): CarriedOver {
	const known = new Set(rules.rows.map((r) => r.id));
	const droppedRows = [
		...new Set(
			[...profile.activities, ...profile.negligibleActivities, ...(profile.unsureActivities ?? []), ...(profile.unsureNegligible ?? [])].filter(
				(id) => !known.has(id)
			)
		)
	];
	const keep = (ids: string[] | undefined) => (ids ?? []).filter((id) => known.has(id));
	return {
		profile: {
			...profile,
			activities: keep(profile.activities),
			negligibleActivities: keep(profile.negligibleActivities),
			unsureActivities: keep(profile.unsureActivities),
			unsureNegligible: keep(profile.unsureNegligible)
		},
		droppedRows
	};
}
