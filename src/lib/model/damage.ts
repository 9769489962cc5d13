// Values that break pages when they are wrong – dates above all – checked whenever a stored
// record is shown, without loading the file validators. A record with such a value is marked
// and offered for export and deletion instead of being shown as if it were fine.
import type { Assessment, Client } from './assessment';
import { isCalendarDate, isTimestamp } from './dates';
import type { Readiness } from './readiness';

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
	const readiness = readinessDamage(a.readiness);
	return readiness && `/readiness${readiness}`;
}

const badDay = (value: string | undefined) => value !== undefined && !isCalendarDate(value);
const badMoment = (value: string | undefined) => value !== undefined && !isTimestamp(value);

/** The path (below /readiness) of the first date of the readiness workspace that names no real day or moment. */
export function readinessDamage(r: Readiness | undefined): string | null {
	if (!r) return null;
	for (const key of ['inScopeSince', 'registeredOn'] as const) if (badDay(r.registration?.[key])) return `/registration/${key}`;
	for (const key of ['approvedOn', 'reviewedOn', 'lastTrainingOn'] as const) if (badDay(r.management?.[key])) return `/management/${key}`;
	for (const [id, answer] of Object.entries(r.measures?.answers ?? {})) if (badMoment(answer.at)) return `/measures/answers/${id}/at`;
	for (const [i, incident] of (r.incidents ?? []).entries()) {
		for (const key of ['awareAt', 'createdAt', 'closedAt'] as const) if (badMoment(incident[key])) return `/incidents/${i}/${key}`;
		for (const [kind, at] of Object.entries(incident.sent)) if (badMoment(at)) return `/incidents/${i}/sent/${kind}`;
		for (const [j, entry] of incident.log.entries()) if (badMoment(entry.at)) return `/incidents/${i}/log/${j}/at`;
	}
	return null;
}

export function damageOfClient(c: Client): string | null {
	if (!isTimestamp(c.createdAt)) return '/createdAt';
	if (!isTimestamp(c.updatedAt)) return '/updatedAt';
	if (c.followUp !== undefined && !isCalendarDate(c.followUp)) return '/followUp';
	return null;
}
