// The interview clock as plain arithmetic on the stored consultation: time so far (elapsedMs)
// plus the current stretch (since runningSince). The clock only counts while a page that shows
// it is open and visible; when the page is hidden or left, the stretch is banked into elapsedMs
// and the clock stops. A tab can be closed before that reaches storage: a check opened with a
// stretch still running counts it only until the record's last save (updatedAt), because
// nothing after it proves that anyone was still talking. No heartbeat is stored: it would
// write the check every few seconds, bump its revision and wake every other open tab.
import type { Consultation } from './assessment';
import { ELAPSED_MS_MAX } from './limits';

/** The interview time at `now` (ms since 1970), stopped at its limit so the record stays valid. */
export function elapsedAt(c: Pick<Consultation, 'elapsedMs' | 'runningSince'>, now: number): number {
	const since = c.runningSince ? Date.parse(c.runningSince) : NaN;
	const elapsed = Number.isFinite(since) ? c.elapsedMs + Math.max(0, Math.round(now - since)) : c.elapsedMs;
	return Math.min(ELAPSED_MS_MAX, Number.isFinite(elapsed) ? elapsed : c.elapsedMs);
}

/** The clock stopped at `until`, the running stretch added to the time so far. */
export function banked(c: Pick<Consultation, 'elapsedMs' | 'runningSince'>, until: number): { elapsedMs: number; runningSince: null } {
	return { elapsedMs: elapsedAt(c, until), runningSince: null };
}

/** h:mm:ss, as the clock shows it. */
export function clockText(ms: number): string {
	const s = Math.floor(ms / 1000);
	return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** h:mm, whole minutes, as the report states the interview's duration. */
export function durationText(ms: number): string {
	const minutes = Math.floor(Math.max(0, ms) / 60_000);
	return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
