// The dates of the readiness workspace, checked where they are shown (its pages) and read (the
// importer), so the pages of the DIN check do not carry this code.
import { isCalendarDate, isTimestamp } from './dates';
import type { Readiness } from './readiness';

/**
 * The path (below /readiness) of the first date of the readiness workspace that names no real
 * day or moment. Its fields are named for what they hold: …At and sent times are moments,
 * …On and …Since are days.
 */
export function readinessDamage(value: Readiness | undefined): string | null {
	const walk = (v: unknown, path: string, moment: boolean): string | null => {
		if (typeof v === 'string') return (moment ? isTimestamp(v) : isCalendarDate(v)) ? null : path;
		if (!v || typeof v !== 'object') return null;
		for (const [key, x] of Object.entries(v)) {
			const at = /At$/.test(key) || path.endsWith('/sent');
			const day = /(On|Since)$/.test(key);
			const found = typeof x === 'string' ? (at || day ? walk(x, `${path}/${key}`, at) : null) : walk(x, `${path}/${key}`, moment);
			if (found) return found;
		}
		return null;
	};
	return walk(value, '', false);
}
