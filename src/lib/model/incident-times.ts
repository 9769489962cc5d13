// The times a user types on the incident card (a datetime-local field, in the device's time
// zone, to the minute) and what makes one unacceptable. The deadline engine wants instants with
// an offset, so the local value is turned into a UTC ISO string here.
import type { Incident } from './readiness';

const MINUTE = 60_000;
const floorMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
const pad = (n: number) => String(n).padStart(2, '0');

/** A stored instant as the value of a datetime-local field in the device's zone: "2026-12-02T07:55". */
export function toLocalInput(iso: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return '';
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value read in the device's zone, as UTC ISO; null when incomplete or impossible. */
export function fromLocalInput(value: string): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
	if (!match) return null;
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
	const d = new Date(year, month - 1, day, hour, minute);
	// new Date rolls 31 February over into March; such a date was not what was typed.
	if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
	return d.toISOString();
}

export type AwareProblem = 'future' | 'before_check' | 'after_sent';
export type SentProblem = 'future' | 'before_aware';

/**
 * Why an awareness time is refused, or null: not in the future, not before the check existed
 * (compared to the minute, as the field gives no seconds), not after a report already sent.
 */
export function awareProblem(awareAt: string, context: { now: string; checkCreatedAt: string; sent: Incident['sent'] }): AwareProblem | null {
	const at = Date.parse(awareAt);
	if (at > Date.parse(context.now)) return 'future';
	if (at < floorMinute(Date.parse(context.checkCreatedAt))) return 'before_check';
	if (Object.values(context.sent).some((sent) => sent !== undefined && floorMinute(Date.parse(sent)) < at)) return 'after_sent';
	return null;
}

/** The first sending time later than an awareness time would be (for the message), if any. */
export function earliestSent(sent: Incident['sent']): string | undefined {
	return Object.values(sent)
		.filter((s): s is string => s !== undefined)
		.sort()[0];
}

/** Why a sending time is refused, or null: not in the future, not before the awareness time. */
export function sentProblem(sentAt: string, context: { now: string; awareAt: string }): SentProblem | null {
	const at = Date.parse(sentAt);
	if (at > Date.parse(context.now)) return 'future';
	if (at < floorMinute(Date.parse(context.awareAt))) return 'before_aware';
	return null;
}
