// How a change made in this tab meets a record another tab has stored meanwhile. Changes are
// field-sized (model/changes.ts), so applied on top of the other tab's record they change only
// their own fields; what the other tab changed is kept and named. When both tabs changed the
// same field, this tab's change is kept too – and that field is named as a conflict, never
// overwritten silently.
import type { Assessment } from './assessment';
import type { Change } from './changes';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Which fields of a check differ between two versions of it: requirement ids, 'company', 'nis2'. */
export function differingFields(a: Assessment, b: Assessment): string[] {
	const ids = new Set([...Object.keys(a.responses), ...Object.keys(b.responses), ...Object.keys(a.notes), ...Object.keys(b.notes)]);
	const changed = [...ids].filter((id) => !same(a.responses[id], b.responses[id]) || (a.notes[id] ?? '') !== (b.notes[id] ?? ''));
	if (!same(a.company, b.company)) changed.push('company');
	if (!same(a.nis2?.profile, b.nis2?.profile)) changed.push('nis2');
	if (!same(a.plan, b.plan)) changed.push('plan');
	if (!same(a.readiness, b.readiness)) changed.push('readiness');
	return changed.sort();
}

/** The field a change key belongs to, in the names of differingFields. */
export function fieldOfChange(key: string): string {
	const [kind, id] = key.split(':');
	if (kind === 'pre' || kind === 'part' || kind === 'note' || kind === 'confirm') return id ?? key;
	return kind ?? key;
}

/**
 * The changes of `batch` whose field the other tab changed as well: its value in `stored`
 * differs from the one this tab last knew (`base`).
 */
export function conflictsOf(batch: readonly Change[], base: Assessment, stored: Assessment): string[] {
	return batch.filter((c) => c.read && !same(c.read(base), c.read(stored))).map((c) => c.key);
}

/**
 * This tab's view after another tab stored `stored`: that record with the changes not stored
 * yet applied on top, and the fields the other tab changed (none that this tab is changing).
 */
export function adopt(stored: Assessment, seen: Assessment, pending: readonly Change[]): { next: Assessment; theirs: string[] } {
	const next = structuredClone(stored);
	for (const change of pending) change.apply(next);
	const mine = new Set(pending.map((c) => fieldOfChange(c.key)));
	return { next, theirs: differingFields(seen, stored).filter((field) => !mine.has(field)) };
}
