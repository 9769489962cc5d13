// Values that break pages when they are wrong – dates above all – checked whenever a stored
// record is shown, without loading the file validators. A record with such a value is marked
// and offered for export and deletion instead of being shown as if it were fine.
import type { Assessment, Client } from './assessment';
import { isCalendarDate, isTimestamp } from './dates';

/** The JSON path of the first damaged value of a check, or null. */
export function damageOfCheck(a: Assessment): string | null {
	if (!isTimestamp(a.createdAt)) return '/createdAt';
	if (!isTimestamp(a.updatedAt)) return '/updatedAt';
	if (a.nis2) {
		if (!isCalendarDate(a.nis2.legalState)) return '/nis2/legalState';
		if (a.nis2.recheckFrom !== undefined && !isCalendarDate(a.nis2.recheckFrom)) return '/nis2/recheckFrom';
		if (!isTimestamp(a.nis2.updatedAt)) return '/nis2/updatedAt';
	}
	if (a.consultation?.runningSince && !isTimestamp(a.consultation.runningSince)) return '/consultation/runningSince';
	for (const [rid, tracking] of Object.entries(a.plan ?? {})) if (tracking.due !== undefined && !isCalendarDate(tracking.due)) return `/plan/${rid}/due`;
	// The readiness workspace's dates are checked by its own pages (readinessDamage), which alone show them.
	return null;
}

export function damageOfClient(c: Client): string | null {
	if (!isTimestamp(c.createdAt)) return '/createdAt';
	if (!isTimestamp(c.updatedAt)) return '/updatedAt';
	if (c.followUp !== undefined && !isCalendarDate(c.followUp)) return '/followUp';
	return null;
}
