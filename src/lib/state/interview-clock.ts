// Whether the interview clock of an open check may count: only while a page that shows it is
// open and visible. Every consultation bar reports when it is shown (mounted and visible) and
// when not (hidden, page left, tab closed). When the last one goes, the running stretch is
// banked and the clock stops; when one shows again, the clock goes on – unless the user (here
// or in another tab) has touched it meanwhile. The first time a bar shows a check, a stretch
// that was running already comes from a tab that is gone (see model/interview-clock.ts): it
// ends at the record's last save and the clock stays stopped until the user resumes it.
import { setClock, stopClockAt } from '$lib/model/changes';
import type { AssessmentSession } from './assessment-session.svelte';

interface Presence {
	/** bars showing the clock now */
	shown: number;
	/** the banked time when the clock was stopped because no bar was shown, else null */
	suspended: number | null;
	/** whether a stretch found running when the check was opened has been dealt with */
	checked: boolean;
}

const presences = new WeakMap<AssessmentSession, Presence>();

function presenceOf(session: AssessmentSession): Presence {
	let presence = presences.get(session);
	if (!presence) presences.set(session, (presence = { shown: 0, suspended: null, checked: false }));
	return presence;
}

/** A bar is shown (mounted and the page visible). */
export function clockShown(session: AssessmentSession, now = new Date()): void {
	const presence = presenceOf(session);
	presence.shown += 1;
	if (presence.shown > 1) return;
	const c = session.assessment?.consultation;
	if (!c || !session.assessment) return;
	if (!presence.checked) {
		presence.checked = true;
		if (c.runningSince) session.change(stopClockAt(session.assessment.updatedAt));
		return;
	}
	const suspended = presence.suspended;
	presence.suspended = null;
	if (suspended !== null && c.runningSince === null && c.elapsedMs === suspended) session.change(setClock(true, now.toISOString()));
}

/** A bar is no longer shown (page hidden or closed, or the bar left the page). */
export function clockHidden(session: AssessmentSession, now = new Date()): void {
	const presence = presenceOf(session);
	presence.shown = Math.max(0, presence.shown - 1);
	presence.checked = true;
	if (presence.shown > 0) return;
	const c = session.assessment?.consultation;
	if (!c?.runningSince) return;
	session.change(stopClockAt(now.toISOString()));
	presence.suspended = session.assessment?.consultation?.elapsedMs ?? null;
}
